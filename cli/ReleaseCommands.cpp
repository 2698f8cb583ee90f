#include "CliCommands.h"
#include "CliContext.h"
#include "TextTable.h"
#include "changes/PersonNames.h"
#include "changes/ReleaseChanges.h"
#include "changes/Workspace.h"
#include "domain/JsonCodec.h"
#include "domain/ReleaseLifecycle.h"
#include "domain/Validation.h"
#include "storage/DirectoryStore.h"
#include "storage/ReleaseStore.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace relm::cli {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::cli", text);
}

QString dateText(const QDate &date) {
    return date.isValid() ? date.toString(Qt::ISODate) : u"-"_s;
}

QJsonObject releaseDetails(Workspace &ws, const Release &release, Result<void> &status) {
    QJsonObject object = json::toJson(release);
    auto packages = ws.releases().packages(release.id);
    auto changes = ws.releases().changeRequests(release.id);
    if (!packages || !changes) {
        status = packages ? changes.error() : packages.error();
        return object;
    }
    QJsonArray packageArray;
    for (const Package &p : *packages)
        packageArray.append(json::toJson(p));
    QJsonArray changeArray;
    for (const ChangeRequest &c : *changes)
        changeArray.append(json::toJson(c));
    object.insert(u"packages"_s, packageArray);
    object.insert(u"change_requests"_s, changeArray);
    QJsonArray next;
    for (ReleaseStatus s : ReleaseLifecycle::nextStatuses(release.status))
        next.append(keyOf(s));
    object.insert(u"next_statuses"_s, next);
    return object;
}

} // namespace

int releaseList(CliContext &cli) {
    auto releases = cli.workspace().releases().releases();
    if (!releases)
        return cli.fail(releases.error());
    if (cli.json()) {
        QJsonArray array;
        for (const Release &r : *releases)
            array.append(json::toJson(r));
        cli.printJson(array);
        return ExitOk;
    }
    PersonNames names;
    names.load(cli.workspace());
    TextTable table({tr("Name"), tr("Type"), tr("Status"), tr("Owner"), tr("Start"), tr("End"), tr("Service")});
    for (const Release &r : *releases)
        table.addRow({r.name, labelOf(r.type), labelOf(r.status), names.of(r.ownerLogin), dateText(r.plannedStart),
                      dateText(r.plannedEnd), r.targetService});
    table.print(cli.out());
    return ExitOk;
}

int releaseShow(CliContext &cli) {
    if (cli.word(1).isEmpty())
        return cli.usage(tr("release show needs a release name."));
    auto release = cli.workspace().releases().releaseByName(cli.word(1));
    if (!release)
        return cli.fail(release.error());
    Result<void> status;
    const QJsonObject details = releaseDetails(cli.workspace(), *release, status);
    if (!status)
        return cli.fail(status.error());
    if (cli.json()) {
        cli.printJson(details);
        return ExitOk;
    }
    const Release &r = *release;
    QTextStream &out = cli.out();
    out << r.name << u" ("_s << labelOf(r.type) << u", "_s << labelOf(r.status) << u")"_s << Qt::endl;
    PersonNames names;
    names.load(cli.workspace());
    QStringList next;
    for (ReleaseStatus s : ReleaseLifecycle::nextStatuses(r.status))
        next.append(labelOf(s));
    printFields(out, {{tr("Version"), r.version},
                      {tr("Owner"), u"%1 (%2)"_s.arg(names.of(r.ownerLogin), r.ownerLogin)},
                      {tr("Service"), r.targetService},
                      {tr("Planned"), dateText(r.plannedStart) + u" \u2192 "_s + dateText(r.plannedEnd)},
                      {tr("Approach"), labelOf(r.approach)},
                      {tr("Back-out plan"), r.backoutPlan},
                      {tr("Description"), r.description},
                      {tr("Next status"), next.isEmpty() ? tr("none (final)") : next.join(u", "_s)}});
    for (const QJsonValue &p : details.value(u"packages"_s).toArray()) {
        out << tr("Package ") << p[u"name"_s].toString() << u':' << Qt::endl;
        for (const QJsonValue &v : p[u"contents"_s].toArray())
            out << u"  "_s << v[u"component"_s].toString() << u'@' << v[u"version"_s].toString() << Qt::endl;
    }
    for (const QJsonValue &c : details.value(u"change_requests"_s).toArray())
        out << tr("Delivers ") << c[u"reference"_s].toString() << u": "_s << c[u"title"_s].toString() << Qt::endl;
    return ExitOk;
}

int releaseCreate(CliContext &cli) {
    Release release;
    release.name = cli.word(1);
    if (release.name.isEmpty())
        return cli.usage(tr("release create needs a release name."));
    if (!cli.isSet(u"type"_s))
        return cli.usage(tr("release create needs --type (%1).").arg(keysOf<ReleaseType>().join(u", "_s)));
    const auto type = fromKey<ReleaseType>(cli.option(u"type"_s));
    if (!type)
        return cli.usage(tr("Unknown release type \u201C%1\u201D; use one of %2.")
                             .arg(cli.option(u"type"_s), keysOf<ReleaseType>().join(u", "_s)));
    release.type = *type;
    for (const auto &[option, field, label] : {std::tuple{u"start"_s, &release.plannedStart, tr("--start")},
                                               std::tuple{u"end"_s, &release.plannedEnd, tr("--end")}}) {
        if (!cli.isSet(option))
            continue;
        auto date = validation::parseDate(cli.option(option), label);
        if (!date)
            return cli.usage(date.errorMessage()); // not a date: a wrong option, like any malformed value
        *field = *date;
    }
    release.version = cli.option(u"label"_s);
    release.targetService = cli.option(u"service"_s);
    release.description = cli.option(u"description"_s);
    release.ownerId = cli.workspace().actingPerson().id;
    if (cli.isSet(u"owner"_s)) {
        auto owner = cli.workspace().directory().personByLogin(cli.option(u"owner"_s));
        if (!owner)
            return cli.fail(owner.error());
        release.ownerId = owner->id;
    }
    CreateRelease change(release);
    if (auto r = cli.workspace().apply(change); !r)
        return cli.fail(r.error());
    if (cli.json())
        cli.printJson(json::toJson(change.release()));
    else
        cli.out() << tr("Created release %1.").arg(change.release().name) << Qt::endl;
    return ExitOk;
}

int releaseSetStatus(CliContext &cli) {
    if (cli.word(1).isEmpty() || cli.word(2).isEmpty())
        return cli.usage(tr("release set-status needs a release name and a status."));
    const auto status = fromKey<ReleaseStatus>(cli.word(2));
    if (!status)
        return cli.usage(tr("Unknown status \u201C%1\u201D; use one of %2.")
                             .arg(cli.word(2), keysOf<ReleaseStatus>().join(u", "_s)));
    auto release = cli.workspace().releases().releaseByName(cli.word(1));
    if (!release)
        return cli.fail(release.error());
    SetReleaseStatus change(*release, *status);
    if (auto r = cli.workspace().apply(change); !r)
        return cli.fail(r.error());
    cli.out() << tr("%1 is now %2.").arg(release->name, labelOf(*status)) << Qt::endl;
    return ExitOk;
}

} // namespace relm::cli

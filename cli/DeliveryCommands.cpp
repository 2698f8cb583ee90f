#include "CliCommands.h"
#include "CliContext.h"
#include "TextTable.h"
#include "changes/DeliveryChanges.h"
#include "changes/Workspace.h"
#include "checks/ReleaseChecks.h"
#include "domain/JsonCodec.h"
#include "domain/VersionNumber.h"
#include "packages/PackageOperations.h"
#include "storage/DeliveryStore.h"
#include "storage/DirectoryStore.h"
#include "storage/ReleaseStore.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace relm::cli {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::cli", text);
}

QString item(const ComponentVersion &v) {
    return v.componentName + u' ' + v.version;
}

void printDiff(QTextStream &out, const ContentDiff &diff, const QString &addedLabel, const QString &removedLabel) {
    for (const ComponentVersion &v : diff.added)
        out << u"  + "_s << item(v) << u"  ("_s << addedLabel << u')' << Qt::endl;
    for (const ComponentVersion &v : diff.removed)
        out << u"  - "_s << item(v) << u"  ("_s << removedLabel << u')' << Qt::endl;
    for (const auto &[before, after] : diff.changed)
        out << u"  ~ "_s << after.componentName << u' ' << before.version << u" \u2192 "_s << after.version << Qt::endl;
    if (diff.isEmpty())
        out << u"  "_s << tr("no differences") << Qt::endl;
}

std::optional<Build> previousBuild(const QList<Build> &builds, int number) {
    std::optional<Build> previous;
    for (const Build &b : builds) {
        if (b.number < number && (!previous || b.number > previous->number))
            previous = b;
    }
    return previous;
}

} // namespace

int buildRecord(CliContext &cli) {
    if (cli.word(1).isEmpty() || !cli.isSet(u"number"_s))
        return cli.usage(tr("build record needs a release name and --number N."));
    bool isNumber = false;
    const int number = cli.option(u"number"_s).toInt(&isNumber);
    if (!isNumber || number <= 0)
        return cli.usage(tr("--number takes a whole number from 1, not \u201C%1\u201D.").arg(cli.option(u"number"_s)));
    auto outcome = json::outcomeFromKey(cli.isSet(u"outcome"_s) ? cli.option(u"outcome"_s) : u"succeeded"_s);
    if (!outcome)
        return cli.usage(tr("--outcome is succeeded, failed or partial."));
    auto release = cli.workspace().releases().releaseByName(cli.word(1));
    if (!release)
        return cli.fail(release.error());
    RecordBuild record(Build{0, release->id, number, {}, {}, *outcome, cli.option(u"notes"_s), {}}, release->name);
    if (auto r = cli.workspace().apply(record); !r)
        return cli.fail(r.error());
    cli.out() << tr("Recorded build %1 of %2 (%3 component versions).")
                     .arg(number)
                     .arg(release->name)
                     .arg(record.build().content.size())
              << Qt::endl;
    return ExitOk;
}

int buildNotes(CliContext &cli) {
    if (cli.word(1).isEmpty() || !cli.isSet(u"number"_s))
        return cli.usage(tr("build notes needs a release name and --number N."));
    auto release = cli.workspace().releases().releaseByName(cli.word(1));
    if (!release)
        return cli.fail(release.error());
    auto builds = cli.workspace().delivery().builds(release->id);
    if (!builds)
        return cli.fail(builds.error());
    const int number = cli.option(u"number"_s).toInt();
    const auto it =
        std::find_if(builds->cbegin(), builds->cend(), [number](const Build &b) { return b.number == number; });
    if (it == builds->cend())
        return cli.fail(makeError(ErrorCode::NotFound, tr("%1 has no build %2.").arg(release->name).arg(number)));
    const auto previous = previousBuild(*builds, number);
    const ContentDiff diff = contents::compare(previous ? previous->content : Contents{}, it->content);
    if (cli.json()) {
        QJsonObject object = contents::diffToJson(diff);
        object.insert(u"release"_s, release->name);
        object.insert(u"number"_s, it->number);
        object.insert(u"previous"_s, previous ? QJsonValue(previous->number) : QJsonValue());
        object.insert(u"built_at"_s, it->builtAt.toString(Qt::ISODate));
        object.insert(u"built_by"_s, it->builtBy);
        object.insert(u"outcome"_s, json::outcomeKey(it->outcome));
        object.insert(u"notes"_s, it->notes);
        cli.printJson(object);
        return ExitOk;
    }
    QTextStream &out = cli.out();
    out << tr("Build %1 of %2, %3 by %4: %5")
               .arg(it->number)
               .arg(release->name, it->builtAt.toString(u"yyyy-MM-dd HH:mm 'UTC'"_s), it->builtBy,
                    json::outcomeKey(it->outcome))
        << Qt::endl;
    if (!it->notes.isEmpty())
        out << it->notes << Qt::endl;
    out << (previous ? tr("Compared with build %1:").arg(previous->number) : tr("First build: everything is new."))
        << Qt::endl;
    printDiff(out, diff, tr("introduced"), tr("removed"));
    return ExitOk;
}

int buildList(CliContext &cli) {
    auto release = cli.workspace().releases().releaseByName(cli.word(1));
    if (!release)
        return cli.fail(release.error());
    auto builds = cli.workspace().delivery().builds(release->id);
    if (!builds)
        return cli.fail(builds.error());
    if (cli.json()) {
        QJsonArray array;
        for (const Build &b : *builds)
            array.append(json::toJson(b));
        cli.printJson(array);
        return ExitOk;
    }
    TextTable table({tr("Build"), tr("When (UTC)"), tr("By"), tr("Outcome"), tr("Versions"), tr("Notes")});
    for (const Build &b : *builds)
        table.addRow({QString::number(b.number), b.builtAt.toString(u"yyyy-MM-dd HH:mm"_s), b.builtBy,
                      json::outcomeKey(b.outcome), QString::number(b.content.size()), b.notes});
    table.print(cli.out());
    return ExitOk;
}

int environmentShow(CliContext &cli) {
    auto environment = cli.workspace().directory().environmentByName(cli.word(1));
    if (!environment)
        return cli.fail(environment.error());
    auto inventory = cli.workspace().delivery().inventory(environment->id);
    auto history = cli.workspace().delivery().history(environment->id);
    if (!inventory || !history)
        return cli.fail(inventory ? history.error() : inventory.error());
    // What a back-out restores: the state before the most recent one.
    const std::optional<EnvironmentSnapshot> rollback =
        history->size() > 1 ? std::optional(history->at(1)) : std::nullopt;
    if (cli.json()) {
        QJsonArray historyArray;
        for (const EnvironmentSnapshot &s : *history)
            historyArray.append(json::toJson(s));
        cli.printJson(QJsonObject{{u"environment"_s, json::toJson(*environment)},
                                  {u"runs"_s, contents::toJson(*inventory)},
                                  {u"rollback_target"_s, rollback ? QJsonValue(json::toJson(*rollback)) : QJsonValue()},
                                  {u"history"_s, historyArray}});
        return ExitOk;
    }
    QTextStream &out = cli.out();
    out << tr("%1 (%2) runs:").arg(environment->name, labelOf(environment->kind)) << Qt::endl;
    TextTable table({tr("Component"), tr("Version"), tr("SHA-256")});
    for (const ComponentVersion &v : *inventory)
        table.addRow({v.componentName, v.version, v.sha256.left(16)});
    table.print(out);
    if (rollback) {
        out << Qt::endl
            << tr("Rollback target (before \u201C%1\u201D): the state of %2 (\u201C%3\u201D).")
                   .arg(history->first().reason, rollback->at.toString(u"yyyy-MM-dd HH:mm 'UTC'"_s), rollback->reason)
            << Qt::endl;
        printDiff(out, contents::compare(*inventory, rollback->content), tr("restored"), tr("taken away"));
    }
    return ExitOk;
}

int environmentDiff(CliContext &cli) {
    auto a = cli.workspace().directory().environmentByName(cli.word(1));
    if (!a)
        return cli.fail(a.error());
    auto runsA = cli.workspace().delivery().inventory(a->id);
    if (!runsA)
        return cli.fail(runsA.error());

    if (cli.isSet(u"release"_s)) { // what deploying the release to A would change
        auto release = cli.workspace().releases().releaseByName(cli.option(u"release"_s));
        if (!release)
            return cli.fail(release.error());
        auto content = cli.workspace().releases().content(release->id);
        if (!content)
            return cli.fail(content.error());
        const ContentDiff diff = contents::deploymentChange(*runsA, *content);
        if (cli.json()) {
            QJsonObject object = contents::diffToJson(diff);
            object.remove(u"removed"_s);
            object.insert(u"environment"_s, a->name);
            object.insert(u"release"_s, release->name);
            cli.printJson(object);
        } else {
            cli.out() << tr("Deploying %1 to %2 would change:").arg(release->name, a->name) << Qt::endl;
            printDiff(cli.out(), diff, tr("new"), QString());
        }
        return ExitOk;
    }

    auto b = cli.workspace().directory().environmentByName(cli.word(2));
    if (!b)
        return cli.fail(b.error());
    auto runsB = cli.workspace().delivery().inventory(b->id);
    if (!runsB)
        return cli.fail(runsB.error());
    const ContentDiff diff = contents::compare(*runsA, *runsB);
    if (cli.json()) {
        QJsonArray different;
        for (const auto &[x, y] : diff.changed)
            different.append(
                QJsonObject{{u"component"_s, x.componentName}, {a->name, x.version}, {b->name, y.version}});
        cli.printJson(QJsonObject{{u"a"_s, a->name},
                                  {u"b"_s, b->name},
                                  {u"only_in_a"_s, contents::toJson(diff.removed)},
                                  {u"only_in_b"_s, contents::toJson(diff.added)},
                                  {u"different"_s, different}});
        return ExitOk;
    }
    TextTable table({tr("Component"), a->name, b->name});
    for (const ComponentVersion &v : diff.removed)
        table.addRow({v.componentName, v.version, u"-"_s});
    for (const ComponentVersion &v : diff.added)
        table.addRow({v.componentName, u"-"_s, v.version});
    for (const auto &[x, y] : diff.changed)
        table.addRow({x.componentName, x.version, y.version});
    if (diff.isEmpty())
        cli.out() << tr("%1 and %2 run the same versions.").arg(a->name, b->name) << Qt::endl;
    else
        table.print(cli.out());
    return ExitOk;
}

int environmentSet(CliContext &cli) {
    auto environment = cli.workspace().directory().environmentByName(cli.word(1));
    if (!environment)
        return cli.fail(environment.error());
    auto versions = package_ops::resolve(cli.workspace(), cli.words().mid(2));
    if (!versions)
        return cli.fail(versions.error());
    SetEnvironmentInventory set(environment->id, environment->name, *versions,
                                cli.isSet(u"reason"_s) ? cli.option(u"reason"_s) : tr("set by hand"));
    if (auto r = cli.workspace().apply(set); !r)
        return cli.fail(r.error());
    cli.out() << tr("%1 now runs %2 component versions.").arg(environment->name).arg(versions->size()) << Qt::endl;
    return ExitOk;
}

} // namespace relm::cli

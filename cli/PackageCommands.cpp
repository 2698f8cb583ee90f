#include "CliCommands.h"
#include "CliContext.h"
#include "TextTable.h"
#include "calendar/ConflictFinder.h"
#include "changes/DeliveryChanges.h"
#include "changes/Workspace.h"
#include "checks/ReleaseChecks.h"
#include "domain/JsonCodec.h"
#include "packages/PackageOperations.h"
#include "signing/AssuranceSources.h"
#include "storage/AcceptanceStore.h"
#include "storage/DeliveryStore.h"
#include "storage/ReleaseStore.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace relm::cli {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::cli", text);
}

const FindingWaiver *waiverOf(const Finding &f, const QList<FindingWaiver> &waivers) {
    const QString key = f.key();
    for (const FindingWaiver &w : waivers) {
        if (w.findingKey == key)
            return &w;
    }
    return nullptr;
}

QJsonObject findingJson(const Finding &f, const FindingWaiver *waiver) {
    QJsonArray ids;
    for (Id id : f.versionIds)
        ids.append(id);
    return {{u"kind"_s, f.kindKey()},
            {u"key"_s, f.key()},
            {u"severity"_s, f.severity == Finding::Severity::Error ? u"error"_s : u"warning"_s},
            {u"message"_s, f.message},
            {u"fix"_s, f.fix},
            {u"components"_s, QJsonArray::fromStringList(f.components)},
            {u"version_ids"_s, ids},
            {u"waiver"_s, waiver ? QJsonValue(json::toJson(*waiver)) : QJsonValue(QJsonValue::Null)}};
}

} // namespace

int packageAdd(CliContext &cli) {
    if (cli.words().size() < 3)
        return cli.usage(tr("package add needs RELEASE[/PACKAGE] and at least one COMPONENT[@VERSION]."));
    auto package = package_ops::findPackage(cli.workspace(), cli.word(1));
    if (!package)
        return cli.fail(package.error());
    QStringList notes;
    auto versions = package_ops::resolve(cli.workspace(), cli.words().mid(2), &notes);
    if (!versions)
        return cli.fail(versions.error());
    for (const QString &note : notes)
        cli.out() << note << Qt::endl;
    auto change = package_ops::add(*package, *versions);
    if (!change) {
        cli.out() << tr("Nothing to add: %1 already holds these versions.").arg(package->name) << Qt::endl;
        return ExitOk;
    }
    if (auto r = cli.workspace().apply(*change); !r)
        return cli.fail(r.error());
    cli.out() << change->text() << u'.' << Qt::endl;
    return ExitOk;
}

int packageRemove(CliContext &cli) {
    if (cli.words().size() < 3)
        return cli.usage(tr("package remove needs RELEASE[/PACKAGE] and at least one COMPONENT[@VERSION]."));
    const QString target = cli.word(1);
    const bool packageNamed = target.contains(u'/');
    auto release = cli.workspace().releases().releaseByName(packageNamed ? target.section(u'/', 0, 0) : target);
    if (!release)
        return cli.fail(release.error());
    auto packages = cli.workspace().releases().packages(release->id);
    if (!packages)
        return cli.fail(packages.error());
    int removed = 0;
    for (const QString &spec : cli.words().mid(2)) {
        const QString component = spec.section(u'@', 0, 0);
        const QString version = spec.contains(u'@') ? spec.section(u'@', 1) : QString();
        bool found = false;
        for (const Package &p : *packages) {
            if (packageNamed && p.name.compare(target.section(u'/', 1), Qt::CaseInsensitive) != 0)
                continue;
            Contents matches;
            for (const ComponentVersion &v : p.contents) {
                if (v.componentName.compare(component, Qt::CaseInsensitive) == 0 &&
                    (version.isEmpty() || v.version == version))
                    matches.append(v);
            }
            if (matches.isEmpty())
                continue;
            found = true;
            auto change = package_ops::remove(p, matches);
            if (auto r = cli.workspace().apply(*change); !r)
                return cli.fail(r.error());
            cli.out() << change->text() << u'.' << Qt::endl;
            removed += int(matches.size());
        }
        if (!found)
            return cli.fail(makeError(ErrorCode::NotFound, tr("%1 is not in %2.").arg(spec, target)));
    }
    return removed > 0 ? ExitOk : ExitRefused;
}

int packageCheck(CliContext &cli) {
    if (cli.word(1).isEmpty())
        return cli.usage(tr("package check needs a release name."));
    auto release = cli.workspace().releases().releaseByName(cli.word(1));
    if (!release)
        return cli.fail(release.error());
    auto input = release_checks::load(cli.workspace(), release->id);
    if (!input)
        return cli.fail(input.error());
    const QList<Finding> findings = PackageChecker::check(*input);
    auto waivers = cli.workspace().acceptance().waivers(release->id);
    if (!waivers)
        return cli.fail(waivers.error());
    // Clashes with other releases are the calendar's to fix (and "conflicts" lists them); the
    // window's Findings dock shows both, so the command says how many there are.
    auto clashes = calendarFindings(AssuranceSources::of(cli.workspace()), release->id, cli.workspace().clock()());
    if (!clashes)
        return cli.fail(clashes.error());
    if (cli.json()) {
        QJsonArray array;
        for (const Finding &f : findings)
            array.append(findingJson(f, waiverOf(f, *waivers)));
        QJsonObject baseline{{u"frozen"_s, input->baseline.has_value()}};
        if (input->baseline) {
            baseline.insert(u"fingerprint"_s, input->baseline->fingerprint);
            baseline.insert(u"frozen_at"_s, input->baseline->frozenAt.toString(Qt::ISODate));
            baseline.insert(u"frozen_by"_s, input->baseline->frozenBy);
            baseline.insert(u"changed"_s, std::any_of(findings.cbegin(), findings.cend(), [](const Finding &f) {
                                return f.kind == Finding::Kind::BaselineChanged;
                            }));
        }
        cli.printJson(QJsonObject{{u"release"_s, release->name},
                                  {u"target_environment"_s, input->environmentName},
                                  {u"clean"_s, findings.isEmpty()},
                                  {u"baseline"_s, baseline},
                                  {u"findings"_s, array},
                                  {u"calendar_clashes"_s, int(clashes->size())}});
    } else if (findings.isEmpty()) {
        cli.out() << tr("%1: no findings.").arg(release->name) << Qt::endl;
    } else {
        for (const Finding &f : findings) {
            cli.out() << (f.severity == Finding::Severity::Error ? tr("error: ") : tr("warning: ")) << f.message
                      << Qt::endl
                      << u"  "_s << tr("fix: ") << f.fix << Qt::endl
                      << u"  "_s << tr("key: ") << f.key() << Qt::endl;
            if (const FindingWaiver *w = waiverOf(f, *waivers))
                cli.out() << u"  "_s
                          << tr("waived by %1 (%2), %3 UTC: %4")
                                 .arg(w->printedName, labelOf(w->role), w->waivedAt.toString(u"yyyy-MM-dd HH:mm"_s),
                                      w->reason)
                          << Qt::endl;
        }
    }
    if (!cli.json() && !clashes->isEmpty())
        cli.out() << QCoreApplication::translate("relm::cli",
                                                 "Also %n clash(es) with other releases on the change calendar: "
                                                 "\u201Crelm-cli conflicts --release \"%1\"\u201D lists them.",
                                                 nullptr, int(clashes->size()))
                         .arg(release->name)
                  << Qt::endl;
    return findings.isEmpty() ? ExitOk : ExitFindings;
}

int releaseFreeze(CliContext &cli) {
    if (cli.word(1).isEmpty())
        return cli.usage(tr("release freeze needs a release name."));
    auto release = cli.workspace().releases().releaseByName(cli.word(1));
    if (!release)
        return cli.fail(release.error());
    FreezeRelease freeze(release->id, release->name);
    if (auto r = cli.workspace().apply(freeze); !r)
        return cli.fail(r.error());
    cli.out() << QCoreApplication::translate("relm::cli", "Froze %1: baseline %2 over %n component version(s).",
                                             nullptr, int(freeze.baseline().content.size()))
                     .arg(release->name, freeze.baseline().fingerprint.left(16))
              << Qt::endl;
    return ExitOk;
}

} // namespace relm::cli

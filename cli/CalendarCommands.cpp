// relm-cli calendar and conflicts: the forward schedule of change and its clashes.
#include "CliCommands.h"
#include "CliContext.h"
#include "TextTable.h"
#include "WindowScopeText.h"
#include "calendar/CalendarEvents.h"
#include "calendar/ConflictFinder.h"
#include "changes/Workspace.h"
#include "storage/DirectoryStore.h"
#include "storage/ReleaseStore.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace relm::cli {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::cli", text);
}

QString utc(const QDateTime &at) {
    return at.toUTC().toString(Qt::ISODate);
}

/// --from and --to as a UTC range; a date alone is a whole day. Defaults: today and `days` on.
Result<std::pair<QDateTime, QDateTime>> period(CliContext &cli, int days) {
    const QDate today = cli.workspace().clock()().toUTC().date();
    auto day = [&](const QString &option, const QDate &fallback) -> Result<QDate> {
        if (!cli.isSet(option))
            return fallback;
        const QDate d = QDate::fromString(cli.option(option).trimmed(), Qt::ISODate);
        if (!d.isValid()) {
            const QString problem = missingDayProblem(cli.option(option));
            return makeError(ErrorCode::Invalid,
                             problem.isEmpty() ? tr("--%1 needs a date (YYYY-MM-DD).").arg(option) : problem);
        }
        return d;
    };
    auto from = day(u"from"_s, today);
    if (!from)
        return from.error();
    auto to = day(u"to"_s, from->addDays(days));
    if (!to)
        return to.error();
    if (*to < *from)
        return makeError(ErrorCode::Invalid, tr("--to lies before --from."));
    return std::pair{QDateTime(*from, QTime(0, 0), Qt::UTC), QDateTime(to->addDays(1), QTime(0, 0), Qt::UTC)};
}

QJsonObject eventJson(const CalendarEvent &e) {
    return {{u"kind"_s, kindKey(e.kind)},
            {u"id"_s, e.id},
            {u"uid"_s, e.uid},
            {u"title"_s, e.title},
            {u"start"_s, utc(e.start)},
            {u"end"_s, utc(e.end)},
            {u"all_day"_s, e.allDay},
            {u"release"_s, e.releaseName.isEmpty() ? QJsonValue() : QJsonValue(e.releaseName)},
            {u"service"_s, e.service.isEmpty() ? QJsonValue() : QJsonValue(e.service)},
            {u"environment"_s, e.environment.isEmpty() ? QJsonValue() : QJsonValue(e.environment)},
            {u"owner"_s, e.owner.isEmpty() ? QJsonValue() : QJsonValue(e.owner)},
            {u"time_zone"_s, e.timeZone.isEmpty() ? QJsonValue() : QJsonValue(QString::fromUtf8(e.timeZone))},
            {u"detail"_s, e.detail},
            {u"conflicts"_s, QJsonArray::fromStringList(e.conflicts)}};
}

QJsonObject conflictJson(const CalendarConflict &c) {
    QJsonArray deployments;
    for (Id id : c.deploymentIds)
        deployments.append(id);
    return {{u"kind"_s, kindKey(c.kind)},
            {u"key"_s, c.key},
            {u"summary"_s, c.summary},
            {u"fix"_s, c.fix},
            {u"start"_s, utc(c.start)},
            {u"end"_s, utc(c.end)},
            {u"releases"_s, QJsonArray::fromStringList(c.releases)},
            {u"components"_s, QJsonArray::fromStringList(c.components)},
            {u"environments"_s, QJsonArray::fromStringList(c.environments)},
            {u"deployment_ids"_s, deployments},
            {u"overridden"_s, c.overridden},
            {u"override"_s, c.overridden ? QJsonValue(c.override) : QJsonValue()}};
}

/// The calendar read once, with every conflict in the period.
struct CalendarSnapshot {
    CalendarData data;
    QList<CalendarConflict> conflicts;
};

Result<CalendarSnapshot> snapshotOf(Workspace &ws, const std::pair<QDateTime, QDateTime> &range) {
    auto data = CalendarData::load(ws);
    if (!data)
        return data.error();
    CalendarSnapshot snapshot{std::move(data).value(), {}};
    auto finder = ConflictFinder::load(ws, snapshot.data);
    if (!finder)
        return finder.error();
    snapshot.conflicts = finder->find(range.first, range.second);
    return snapshot;
}

Result<CalendarFilter> filterOf(CliContext &cli) {
    CalendarFilter filter;
    filter.service = cli.option(u"service"_s).trimmed();
    filter.owner = cli.option(u"owner"_s).trimmed();
    if (cli.isSet(u"env"_s)) {
        auto env = cli.workspace().directory().environmentByName(cli.option(u"env"_s));
        if (!env) {
            // Name the environments there are, as --service and --owner do.
            auto all = cli.workspace().directory().environments();
            if (!all || env.error().code != ErrorCode::NotFound)
                return env.error();
            QStringList names;
            for (const Environment &e : *all)
                names.append(e.name);
            return makeError(ErrorCode::NotFound,
                             tr("%1 Environments: %2.").arg(env.errorMessage(), names.join(u", "_s)));
        }
        filter.environmentId = env->id;
    }
    return filter;
}

} // namespace

void warnAboutConflicts(CliContext &cli, const Deployment &planned) {
    if (!planned.plannedStart.isValid() || !planned.plannedEnd.isValid())
        return;
    auto snapshot = snapshotOf(cli.workspace(), {planned.plannedStart, planned.plannedEnd});
    if (!snapshot)
        return; // the plan is saved; the warning is a courtesy
    for (const CalendarConflict &c : snapshot->conflicts) {
        if (!c.deploymentIds.contains(planned.id) || c.overridden)
            continue;
        cli.err() << tr("Warning: %1: %2").arg(labelOf(c.kind), c.summary) << Qt::endl;
        cli.err() << u"    "_s << tr("Fix: %1").arg(c.fix) << Qt::endl;
    }
}

void reportHeldBack(CliContext &cli, Id windowId) {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto snapshot = snapshotOf(cli.workspace(), {now.addDays(-1), now.addYears(1)});
    if (!snapshot)
        return; // the window is saved; the report is a courtesy
    QStringList held;
    for (const CalendarConflict &c : snapshot->conflicts) {
        if (c.kind != CalendarConflict::Kind::Freeze || c.windowId != windowId || c.overridden)
            continue;
        for (Id id : c.deploymentIds)
            held.append(tr("#%1 %2 (%3)").arg(id).arg(c.releases.value(0), c.environments.value(0)));
    }
    if (held.isEmpty())
        return;
    cli.out() << tr("It holds back planned deployments in the year ahead: %1. See relm-cli conflicts.")
                     .arg(held.join(u", "_s))
              << Qt::endl;
}

int calendar(CliContext &cli) {
    auto range = period(cli, 30);
    if (!range)
        return cli.usage(range.errorMessage());
    auto filter = filterOf(cli);
    if (!filter)
        return cli.fail(filter.error());
    auto snapshot = snapshotOf(cli.workspace(), *range);
    if (!snapshot)
        return cli.fail(snapshot.error());
    if (auto known = snapshot->data.check(*filter); !known)
        return cli.fail(known.error());
    const QList<CalendarEvent> events = snapshot->data.events(range->first, range->second, *filter);
    // A deployment's conflicts in full: what clashes, with which components, and whether it was overridden.
    const auto conflictsOf = [&](const CalendarEvent &e) {
        QList<const CalendarConflict *> list;
        if (e.kind == CalendarEvent::Kind::Deployment) {
            for (const CalendarConflict &c : snapshot->conflicts) {
                if (c.deploymentIds.contains(e.id))
                    list.append(&c);
            }
        }
        return list;
    };
    if (cli.json()) {
        QJsonArray array;
        for (const CalendarEvent &e : events) {
            QJsonObject o = eventJson(e);
            QStringList open;
            QJsonArray details;
            for (const CalendarConflict *c : conflictsOf(e)) {
                if (!c->overridden)
                    open.append(c->summary);
                details.append(conflictJson(*c));
            }
            o.insert(u"conflicts"_s, QJsonArray::fromStringList(open));
            o.insert(u"conflict_details"_s, details);
            array.append(o);
        }
        cli.printJson(array);
        return ExitOk;
    }
    const auto note = [&](const CalendarEvent &e) {
        QStringList lines;
        for (const CalendarConflict *c : conflictsOf(e)) {
            const QString components = c->components.isEmpty() ? tr("none") : c->components.join(u", "_s);
            lines.append(c->overridden ? tr("OVERRIDDEN (%1): %2").arg(c->override, c->summary)
                                       : tr("CONFLICT: %1 Components: %2.").arg(c->summary, components));
        }
        return lines.isEmpty() ? e.detail : lines.join(u" / "_s);
    };
    // A window's row says what it applies to; a deployment's, the service its release serves.
    QHash<Id, QString> scopes;
    for (const ChangeWindow &w : snapshot->data.windows())
        scopes.insert(w.id, windowScopeText(cli.workspace(), w.scope));
    const auto appliesTo = [&scopes](const CalendarEvent &e) {
        const bool window = e.kind == CalendarEvent::Kind::Freeze || e.kind == CalendarEvent::Kind::Maintenance;
        return window ? scopes.value(e.id) : e.service;
    };
    TextTable table({tr("Start (UTC)"), tr("End (UTC)"), tr("Kind"), tr("What"), tr("Service or scope"), tr("Note")});
    for (const CalendarEvent &e : events)
        table.addRow({e.start.toString(u"yyyy-MM-dd HH:mm"_s), e.end.toString(u"yyyy-MM-dd HH:mm"_s), kindKey(e.kind),
                      e.kind == CalendarEvent::Kind::Deployment ? tr("#%1 %2").arg(e.id).arg(e.title) : e.title,
                      appliesTo(e), note(e)});
    table.print(cli.out());
    return ExitOk;
}

int conflicts(CliContext &cli) {
    auto range = period(cli, 365);
    if (!range)
        return cli.usage(range.errorMessage());
    auto snapshot = snapshotOf(cli.workspace(), *range);
    if (!snapshot)
        return cli.fail(snapshot.error());
    QList<CalendarConflict> found = snapshot->conflicts;
    if (cli.isSet(u"release"_s)) {
        auto release = cli.workspace().releases().releaseByName(cli.option(u"release"_s));
        if (!release)
            return cli.fail(release.error());
        found = ConflictFinder::involving(found, release->id);
    }
    const bool open = std::any_of(found.cbegin(), found.cend(), [](const auto &c) { return !c.overridden; });
    if (cli.json()) {
        QJsonArray array;
        for (const CalendarConflict &c : found)
            array.append(conflictJson(c));
        cli.printJson(array);
        return open ? ExitFindings : ExitOk;
    }
    if (found.isEmpty()) {
        cli.out() << tr("No conflicts between %1 and %2.")
                         .arg(range->first.date().toString(Qt::ISODate),
                              range->second.date().addDays(-1).toString(Qt::ISODate))
                  << Qt::endl;
        return ExitOk;
    }
    for (const CalendarConflict &c : found) {
        cli.out() << (c.overridden ? tr("[overridden] ") : QString()) << labelOf(c.kind) << u": "_s << c.summary
                  << Qt::endl;
        cli.out() << u"    "_s << tr("Releases: %1").arg(c.releases.join(u", "_s)) << Qt::endl;
        cli.out() << u"    "_s
                  << tr("Components: %1").arg(c.components.isEmpty() ? tr("none") : c.components.join(u", "_s))
                  << Qt::endl;
        cli.out() << u"    "_s << tr("Environments: %1").arg(c.environments.join(u", "_s)) << Qt::endl;
        QStringList deployments;
        for (Id id : c.deploymentIds)
            deployments.append(u"#%1"_s.arg(id));
        if (!deployments.isEmpty())
            cli.out() << u"    "_s << tr("Deployments: %1").arg(deployments.join(u", "_s)) << Qt::endl;
        cli.out() << u"    "_s << (c.overridden ? tr("Override: %1").arg(c.override) : tr("Fix: %1").arg(c.fix))
                  << Qt::endl;
    }
    return open ? ExitFindings : ExitOk;
}

} // namespace relm::cli

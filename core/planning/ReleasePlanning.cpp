#include "ReleasePlanning.h"

#include "calendar/WindowOccurrences.h"
#include "changes/Workspace.h"
#include "i18n/ShownDates.h"
#include "storage/CalendarStore.h"
#include "storage/DirectoryStore.h"
#include "storage/PlanStore.h"
#include "storage/ReleaseStore.h"
#include "storage/RiskStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace relm::planning {

namespace {

/// Scheduler input for a set of tasks, remembering which input index is which stored task.
struct PlanInput {
    ScheduleInput input;
    QList<PlanTask> tasks;
    QHash<Id, int> indexOf;
};

QDateTime workdayStart(const QDate &date) {
    return QDateTime(date, QTime(8, 0));
}

/// The inputs shared by every computation: calendars by id, environment names, releases, freezes.
struct PlanContext {
    QHash<Id, WorkCalendar> calendars;
    QHash<Id, QString> environments;
    QHash<Id, Release> releases;
    QList<ChangeWindow> freezes;
    QHash<Id, QSet<Id>> componentsOf; ///< read only when some freeze is scoped by component
    QHash<Id, PlanSettings> settings;

    /// Where a release's work may start: its plan's own start, else its planned start at 08:00.
    QDateTime planStart(Id releaseId) const {
        const QDateTime own = settings.value(releaseId).start;
        if (own.isValid())
            return own;
        const QDate planned = releases.value(releaseId).plannedStart;
        return planned.isValid() ? workdayStart(planned) : QDateTime();
    }

    static Result<PlanContext> load(Workspace &ws) {
        PlanContext ctx;
        auto calendars = ws.plan().calendars();
        auto environments = ws.directory().environments();
        auto releases = ws.releases().releases();
        auto freezes = ws.calendar().windows();
        auto settings = ws.plan().settings();
        if (!calendars || !environments || !releases || !freezes || !settings)
            return makeError(ErrorCode::Storage,
                             QCoreApplication::translate("relm::planning", "The plan could not be read."));
        for (const PlanCalendar &c : *calendars)
            ctx.calendars.insert(c.id, c.calendar);
        for (const Environment &e : *environments)
            ctx.environments.insert(e.id, e.name);
        for (const Release &r : *releases)
            ctx.releases.insert(r.id, r);
        ctx.settings = *settings;
        for (const ChangeWindow &w : *freezes) {
            if (w.kind == WindowKind::Freeze)
                ctx.freezes.append(w);
        }
        if (std::any_of(ctx.freezes.cbegin(), ctx.freezes.cend(),
                        [](const ChangeWindow &w) { return !w.scope.componentIds.isEmpty(); })) {
            auto packages = ws.releases().packagesByRelease();
            if (!packages)
                return packages.error();
            for (auto it = packages->cbegin(); it != packages->cend(); ++it) {
                for (const Package &p : it.value()) {
                    for (const ComponentVersion &v : p.contents)
                        ctx.componentsOf[it.key()].insert(v.componentId);
                }
            }
        }
        return ctx;
    }
};

/// Builds the input for `tasks`; `pinned` holds dates for tasks that stand in for other releases.
/// One stored task as the scheduler sees it.
ScheduleTask toScheduleTask(const PlanContext &ctx, const PlanTask &t, int parentIndex, int calendarIndex,
                            const QDateTime &projectStart, const QHash<Id, std::pair<QDateTime, QDateTime>> &pinned) {
    ScheduleTask s;
    s.id = QString::number(t.id);
    s.name = t.name;
    s.duration = t.milestone ? 0 : t.duration;
    s.milestone = t.milestone;
    s.parent = parentIndex;
    s.constraint = t.constraint;
    s.constraintDate = t.constraintDate;
    s.calendar = calendarIndex;
    s.deployment = t.deployment;
    s.emergency = t.emergency;
    s.environment = ctx.environments.value(t.environmentId);
    s.group = QString::number(t.releaseId);
    s.percentComplete = t.percentComplete;
    s.optimistic = t.optimistic;
    s.pessimistic = t.pessimistic;
    s.fixedStart = t.actualStart.isValid() ? t.actualStart : t.manualStart;
    s.fixedFinish = t.actualStart.isValid() ? t.actualFinish : QDateTime();
    s.statusDate = ctx.settings.value(t.releaseId).statusDate;
    // Work of a release does not start before its plan's start (its planned start, or the start
    // its plan keeps of its own).
    if (const QDateTime planStart = ctx.planStart(t.releaseId); planStart.isValid() && planStart > projectStart)
        s.notBefore = planStart;
    if (auto pin = pinned.constFind(t.id); pin != pinned.constEnd()) {
        s.constraint = ConstraintType::MustStartOn;
        s.constraintDate = pin->first;
        s.deployment = false; // where it landed already accounts for freezes
    }
    return s;
}

/// Scheduler times are UTC wall-clock times without a zone, as deployments are kept.
QDateTime wallClockUtc(const QDateTime &utc) {
    return QDateTime(utc.date(), utc.time());
}

/// The freeze occurrences of the years the plan can reach, each limited to the environments and
/// releases its scope selects.
void appendFreezes(const PlanContext &ctx, ScheduleInput &input) {
    if (ctx.freezes.isEmpty())
        return;
    const QDateTime from = QDateTime(input.projectStart.date().addDays(-7), QTime(0, 0), Qt::UTC);
    const QDateTime to = from.addYears(5);
    for (const ChangeWindow &w : ctx.freezes) {
        QSet<QString> groups;
        if (!w.scope.services.isEmpty() || !w.scope.componentIds.isEmpty()) {
            for (const Release &r : ctx.releases) {
                const DeploymentTarget target{0, r.targetService, ctx.componentsOf.value(r.id)};
                WindowScope byRelease = w.scope;
                byRelease.environmentIds.clear();
                if (window_occurrences::appliesTo(byRelease, target))
                    groups.insert(QString::number(r.id));
            }
            if (groups.isEmpty())
                continue; // selects no release
        }
        QStringList environments;
        for (Id id : w.scope.environmentIds) {
            if (ctx.environments.contains(id))
                environments.append(ctx.environments.value(id));
        }
        if (!w.scope.environmentIds.isEmpty() && environments.isEmpty())
            continue; // its environments are gone
        if (environments.isEmpty())
            environments.append(QString());
        for (const WindowOccurrence &o : window_occurrences::of(w, from, to)) {
            for (const QString &environment : environments)
                input.freezeWindows.push_back(
                    {o.name, wallClockUtc(o.start), wallClockUtc(o.end), environment, groups});
        }
    }
}

PlanInput buildInput(const PlanContext &ctx, const QList<PlanTask> &tasks, const QList<PlanLink> &links,
                     const QHash<Id, std::pair<QDateTime, QDateTime>> &pinned) {
    PlanInput plan;
    plan.tasks = tasks;
    QDateTime earliest;
    for (const PlanTask &t : tasks) {
        const QDateTime start = ctx.planStart(t.releaseId);
        if (start.isValid() && (!earliest.isValid() || start < earliest))
            earliest = start;
    }
    plan.input.projectStart = earliest.isValid() ? earliest : workdayStart(QDate::currentDate());
    QHash<Id, int> calendarIndex;
    auto calendarFor = [&](Id calendarId) {
        if (calendarId == 0 || !ctx.calendars.contains(calendarId))
            return -1;
        if (!calendarIndex.contains(calendarId)) {
            calendarIndex.insert(calendarId, int(plan.input.taskCalendars.size()));
            plan.input.taskCalendars.push_back(ctx.calendars.value(calendarId));
        }
        return calendarIndex.value(calendarId);
    };
    for (int i = 0; i < tasks.size(); ++i)
        plan.indexOf.insert(tasks.at(i).id, i);
    for (const PlanTask &t : tasks) {
        const auto release = ctx.releases.constFind(t.releaseId); // not copied: 100,000 tasks
        const Id releaseCalendar = release != ctx.releases.constEnd() ? release->calendarId : 0;
        plan.input.tasks.push_back(toScheduleTask(ctx, t, plan.indexOf.value(t.parentId, -1),
                                                  calendarFor(t.calendarId ? t.calendarId : releaseCalendar),
                                                  plan.input.projectStart, pinned));
    }
    for (const PlanLink &l : links) {
        const auto from = plan.indexOf.constFind(l.predecessorId);
        const auto to = plan.indexOf.constFind(l.successorId);
        if (from != plan.indexOf.constEnd() && to != plan.indexOf.constEnd())
            plan.input.links.push_back({*from, *to, l.type, l.lag, l.lagPercent, l.lagIsPercent});
    }
    appendFreezes(ctx, plan.input);
    return plan;
}

ScheduledTask dated(const PlanTask &task, const ScheduleResult &result, int index) {
    const TaskTimes &t = result.times[size_t(index)];
    return ScheduledTask{task,
                         t,
                         result.startOf(index),
                         result.finishOf(index),
                         result.timeline->instantAt(t.lateStart, t.lateStart == t.lateFinish
                                                                     ? WorkTimeline::Edge::Finish
                                                                     : WorkTimeline::Edge::Start),
                         result.timeline->instantAt(t.lateFinish, WorkTimeline::Edge::Finish)};
}

/// The computed finish is the plan's word; a planned end before it is a promise the plan does not
/// keep, so the schedule says so.
void noteAFinishPastThePlannedEnd(ReleaseSchedule &schedule, QDate plannedEnd) {
    if (!plannedEnd.isValid() || !schedule.finish.isValid() || schedule.finish.date() <= plannedEnd)
        return;
    schedule.notes.append(QCoreApplication::translate("relm::planning",
                                                      "The schedule finishes on %1, after the release's planned end "
                                                      "(%2): move the planned end, or shorten the plan.")
                              .arg(shown_dates::date(schedule.finish.date()), shown_dates::date(plannedEnd)));
}

QList<ReleaseSchedule> splitByRelease(const PlanContext &ctx, const PlanInput &plan, const ScheduleResult &result) {
    QHash<Id, ReleaseSchedule> byRelease;
    for (int i = 0; i < plan.tasks.size(); ++i) {
        const PlanTask &task = plan.tasks.at(i);
        ReleaseSchedule &schedule = byRelease[task.releaseId];
        if (schedule.releaseId != task.releaseId) { // the release's first task
            schedule.releaseId = task.releaseId;
            schedule.timeline = result.timeline;
            schedule.releaseName = ctx.releases.value(task.releaseId).name;
        }
        ScheduledTask d = dated(task, result, i);
        if (!schedule.start.isValid() || d.start < schedule.start)
            schedule.start = d.start;
        if (!schedule.finish.isValid() || d.finish > schedule.finish)
            schedule.finish = d.finish;
        schedule.tasks.append(d);
    }
    QList<ReleaseSchedule> list = byRelease.values();
    // By start, then by release, so that the order does not depend on the hash's.
    std::sort(list.begin(), list.end(), [](const ReleaseSchedule &a, const ReleaseSchedule &b) {
        return a.start != b.start ? a.start < b.start : a.releaseId < b.releaseId;
    });
    for (size_t i = 0; i < size_t(result.notes.size()) && i < result.noteTasks.size(); ++i) {
        const Id releaseId = plan.tasks.at(result.noteTasks[i]).releaseId;
        for (ReleaseSchedule &s : list) {
            if (s.releaseId == releaseId && !s.notes.contains(result.notes.at(int(i))))
                s.notes.append(result.notes.at(int(i)));
        }
    }
    for (ReleaseSchedule &s : list)
        noteAFinishPastThePlannedEnd(s, ctx.releases.value(s.releaseId).plannedEnd);
    return list;
}

} // namespace

Result<QList<ReleaseSchedule>> schedulePortfolio(Workspace &ws) {
    auto ctx = PlanContext::load(ws);
    auto tasks = ws.plan().tasks();
    auto links = ws.plan().links();
    if (!ctx || !tasks || !links)
        return !ctx ? ctx.error() : !tasks ? tasks.error() : links.error();
    const PlanInput plan = buildInput(*ctx, *tasks, *links, {});
    auto result = Scheduler::compute(plan.input);
    if (!result)
        return result.error();
    return splitByRelease(*ctx, plan, *result);
}

struct ReleasePlan::Data {
    Id releaseId = 0;
    PlanContext ctx;
    QList<PlanLink> links;
    QHash<Id, std::pair<QDateTime, QDateTime>> pinned;
    PlanInput plan;
};

ReleasePlan::ReleasePlan()
    : d(std::make_unique<Data>()) {}

ReleasePlan::~ReleasePlan() = default;

Result<std::unique_ptr<ReleasePlan>> ReleasePlan::load(Workspace &ws, Id releaseId) {
    auto own = ws.plan().tasks(releaseId);
    auto links = ws.plan().links(releaseId);
    if (!own || !links)
        return own ? links.error() : own.error();
    return of(ws, releaseId, *own, *links);
}

Result<std::unique_ptr<ReleasePlan>> ReleasePlan::of(Workspace &ws, Id releaseId, const QList<PlanTask> &own,
                                                     const QList<PlanLink> &links) {
    auto ctx = PlanContext::load(ws);
    if (!ctx)
        return ctx.error();
    if (!ctx->releases.contains(releaseId))
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("relm::planning", "Release #%1 does not exist.").arg(releaseId));

    std::unique_ptr<ReleasePlan> plan(new ReleasePlan);
    Data &d = *plan->d;
    d.releaseId = releaseId;
    d.ctx = *ctx;
    d.links = links;
    // Tasks of other releases that this one waits on keep the dates the portfolio gives them.
    QSet<Id> ownIds;
    for (const PlanTask &t : own)
        ownIds.insert(t.id);
    QList<PlanTask> tasks = own;
    bool external = false;
    for (const PlanLink &l : links)
        external = external || !ownIds.contains(l.predecessorId);
    if (external) {
        auto portfolio = schedulePortfolio(ws);
        if (!portfolio)
            return portfolio.error();
        for (const PlanLink &l : links) {
            if (ownIds.contains(l.predecessorId) || d.pinned.contains(l.predecessorId))
                continue;
            for (const ReleaseSchedule &s : *portfolio) {
                for (const ScheduledTask &t : s.tasks) {
                    if (t.task.id == l.predecessorId) {
                        d.pinned.insert(t.task.id, {t.start, t.finish});
                        tasks.append(t.task);
                    }
                }
            }
        }
    }
    d.plan = buildInput(d.ctx, tasks, d.links, d.pinned);
    // Lags run on the release's own calendar, as in the tool an imported plan came from: a day of
    // lag over the plan's holiday ends a day later. (The portfolio, computed as one, uses the
    // standard week for lags between releases.)
    if (const Id calendar = d.ctx.releases.value(releaseId).calendarId; d.ctx.calendars.contains(calendar))
        d.plan.input.calendar = d.ctx.calendars.value(calendar);
    return plan;
}

bool ReleasePlan::updateTask(const PlanTask &task) {
    const auto index = d->plan.indexOf.constFind(task.id);
    if (index == d->plan.indexOf.constEnd() || d->pinned.contains(task.id))
        return false;
    const PlanTask &old = d->plan.tasks.at(*index);
    if (old.parentId != task.parentId || old.calendarId != task.calendarId || old.releaseId != task.releaseId)
        return false; // the plan's shape changes: load it again
    ScheduleTask &target = d->plan.input.tasks[size_t(*index)];
    target = toScheduleTask(d->ctx, task, target.parent, target.calendar, d->plan.input.projectStart, d->pinned);
    d->plan.tasks[*index] = task;
    return true;
}

Result<ReleaseSchedule> ReleasePlan::compute() const {
    auto result = Scheduler::compute(d->plan.input);
    if (!result)
        return result.error();
    ReleaseSchedule schedule;
    for (const ReleaseSchedule &s : splitByRelease(d->ctx, d->plan, *result)) {
        if (s.releaseId == d->releaseId)
            schedule = s;
    }
    schedule.releaseId = d->releaseId;
    schedule.releaseName = d->ctx.releases.value(d->releaseId).name;
    schedule.timeline = result->timeline;
    schedule.links = d->links;
    return schedule;
}

Result<ReleaseSchedule> scheduleRelease(Workspace &ws, Id releaseId) {
    auto plan = ReleasePlan::load(ws, releaseId);
    if (!plan)
        return plan.error();
    return (*plan)->compute();
}

Result<QList<EnvironmentConflict>> conflicts(Workspace &ws) {
    auto portfolio = schedulePortfolio(ws);
    auto environments = ws.directory().environments();
    if (!portfolio || !environments)
        return portfolio ? environments.error() : portfolio.error();
    QHash<Id, QString> names;
    for (const Environment &e : *environments)
        names.insert(e.id, e.name);
    struct Booking {
        ScheduledTask task;
        QString release;
    };
    QHash<Id, QList<Booking>> byEnvironment;
    for (const ReleaseSchedule &s : *portfolio) {
        for (const ScheduledTask &t : s.tasks) {
            if (t.task.environmentId != 0 && t.task.duration > 0 && !t.times.summary)
                byEnvironment[t.task.environmentId].append({t, s.releaseName});
        }
    }
    QList<EnvironmentConflict> result;
    for (auto it = byEnvironment.begin(); it != byEnvironment.end(); ++it) {
        QList<Booking> &bookings = *it;
        std::sort(bookings.begin(), bookings.end(),
                  [](const Booking &a, const Booking &b) { return a.task.start < b.task.start; });
        for (int i = 0; i < bookings.size(); ++i) {
            for (int j = i + 1; j < bookings.size() && bookings.at(j).task.start < bookings.at(i).task.finish; ++j) {
                if (bookings.at(i).task.task.releaseId != bookings.at(j).task.task.releaseId)
                    result.append({names.value(it.key()), bookings.at(i).task, bookings.at(i).release,
                                   bookings.at(j).task, bookings.at(j).release});
            }
        }
    }
    std::sort(result.begin(), result.end(), [](const auto &a, const auto &b) { return a.first.start < b.first.start; });
    return result;
}

Result<PlanBaseline> baselineOf(Workspace &ws, Id releaseId, const QString &name) {
    auto schedule = scheduleRelease(ws, releaseId);
    if (!schedule)
        return schedule.error();
    PlanBaseline baseline;
    baseline.releaseId = releaseId;
    baseline.name = name;
    for (const ScheduledTask &t : schedule->tasks)
        baseline.dates.insert(t.task.id, {t.start, t.finish});
    return baseline;
}

Result<QList<Slip>> variance(Workspace &ws, const ReleaseSchedule &schedule, const PlanBaseline &baseline) {
    auto ctx = PlanContext::load(ws);
    if (!ctx)
        return ctx.error();
    const Release release = ctx->releases.value(schedule.releaseId);
    const WorkTimeline timeline(
        release.calendarId ? ctx->calendars.value(release.calendarId) : WorkCalendar::standard(),
        workdayStart(release.plannedStart.isValid() ? release.plannedStart : QDate::currentDate()));
    QList<Slip> slips;
    for (const ScheduledTask &t : schedule.tasks) {
        const auto saved = baseline.dates.constFind(t.task.id);
        if (saved == baseline.dates.constEnd())
            continue;
        slips.append({t.task.id, t.task.name, timeline.offsetAt(t.start) - timeline.offsetAt(saved->first),
                      timeline.offsetAt(t.finish) - timeline.offsetAt(saved->second)});
    }
    return slips;
}

Result<SimulationInput> simulationInput(Workspace &ws, Id releaseId) {
    auto ctx = PlanContext::load(ws);
    auto tasks = ws.plan().tasks(releaseId);
    auto links = ws.plan().links(releaseId);
    if (!ctx || !tasks || !links)
        return !ctx ? ctx.error() : !tasks ? tasks.error() : links.error();
    auto risks = ws.risks().risks(releaseId);
    if (!risks)
        return risks.error();
    PlanInput plan = buildInput(*ctx, *tasks, *links, {});
    for (const Risk &risk : *risks) {
        const int task = plan.indexOf.value(risk.taskId, -1);
        if (risk.threatensSchedule() && task >= 0)
            plan.input.riskEvents.push_back({task, risk.probability(), risk.expectedDelay});
    }
    return SimulationInput{plan.input, plan.tasks};
}

Result<ReleaseSimulation> simulate(Workspace &ws, Id releaseId, const MonteCarloOptions &options,
                                   const std::function<void(int)> &progress, const std::atomic<bool> *cancel) {
    auto input = simulationInput(ws, releaseId);
    if (!input)
        return input.error();
    auto result = MonteCarlo::run(input->input, options, progress, cancel);
    if (!result)
        return result.error();
    return ReleaseSimulation{*result, input->tasks, int(input->input.riskEvents.size())};
}

Result<QList<FreezeBand>> freezeBands(Workspace &ws, Id releaseId, const QDateTime &from, const QDateTime &to) {
    QList<FreezeBand> bands;
    auto windows = ws.calendar().windows();
    if (!windows)
        return windows.error();
    std::optional<Release> release;
    if (releaseId != 0) {
        auto r = ws.releases().release(releaseId);
        if (!r)
            return r.error();
        release = *r;
    }
    QSet<Id> components;
    if (release) {
        if (auto content = ws.releases().content(releaseId)) {
            for (const ComponentVersion &v : *content)
                components.insert(v.componentId);
        }
    }
    const QDateTime utcFrom(from.date(), from.time(), Qt::UTC);
    const QDateTime utcTo(to.date(), to.time(), Qt::UTC);
    for (const ChangeWindow &w : *windows) {
        if (w.kind != WindowKind::Freeze)
            continue;
        if (release) {
            WindowScope byRelease = w.scope;
            byRelease.environmentIds.clear();
            if (!window_occurrences::appliesTo(byRelease, {0, release->targetService, components}))
                continue;
        }
        for (const WindowOccurrence &o : window_occurrences::of(w, utcFrom, utcTo))
            bands.append({o.name, wallClockUtc(o.start), wallClockUtc(o.end)});
    }
    std::sort(bands.begin(), bands.end(), [](const FreezeBand &a, const FreezeBand &b) { return a.start < b.start; });
    return bands;
}

} // namespace relm::planning

#include "Scheduler.h"

#include "schedule/ScheduleGraph.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>
#include <optional>

namespace relm {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::Scheduler", text);
}

/// Converts durations of tasks with their own calendar through instants; tasks on the project
/// calendar (the usual case) stay plain integer arithmetic.
class DurationMath final {
public:
    DurationMath(const ScheduleInput &input, std::shared_ptr<const WorkTimeline> project)
        : m_input(input)
        , m_project(std::move(project)) {
        for (const WorkCalendar &calendar : input.taskCalendars)
            m_calendars.push_back(std::make_unique<WorkTimeline>(calendar, input.projectStart));
    }

    qint64 finishFrom(int task, qint64 start) const {
        const ScheduleTask &t = m_input.tasks[size_t(task)];
        if (t.calendar < 0 || t.calendar >= int(m_calendars.size()))
            return start + t.duration;
        const WorkTimeline &own = *m_calendars[size_t(t.calendar)];
        const qint64 ownStart = own.offsetAt(m_project->instantAt(start, WorkTimeline::Edge::Start));
        return m_project->offsetAt(own.instantAt(ownStart + t.duration, WorkTimeline::Edge::Finish));
    }

    /// The start and finish of a task on its own calendar; empty for tasks on the project calendar.
    std::optional<std::pair<QDateTime, QDateTime>> ownDates(int task, qint64 start) const {
        const ScheduleTask &t = m_input.tasks[size_t(task)];
        if (t.calendar < 0 || t.calendar >= int(m_calendars.size()))
            return std::nullopt;
        const WorkTimeline &own = *m_calendars[size_t(t.calendar)];
        const qint64 ownStart = own.offsetAt(m_project->instantAt(start, WorkTimeline::Edge::Start));
        return std::pair{own.instantAt(ownStart, WorkTimeline::Edge::Start),
                         own.instantAt(ownStart + t.duration, WorkTimeline::Edge::Finish)};
    }

    qint64 startFor(int task, qint64 finish) const {
        const ScheduleTask &t = m_input.tasks[size_t(task)];
        if (t.calendar < 0 || t.calendar >= int(m_calendars.size()))
            return finish - t.duration;
        const WorkTimeline &own = *m_calendars[size_t(t.calendar)];
        const qint64 ownFinish = own.offsetAt(m_project->instantAt(finish, WorkTimeline::Edge::Finish));
        return m_project->offsetAt(own.instantAt(ownFinish - t.duration, WorkTimeline::Edge::Start));
    }

private:
    const ScheduleInput &m_input;
    std::shared_ptr<const WorkTimeline> m_project;
    std::vector<std::unique_ptr<WorkTimeline>> m_calendars;
};

struct Window {
    qint64 start;
    qint64 end;
    const FreezeWindow *source;
};

bool applies(const FreezeWindow &window, const ScheduleTask &task) {
    return window.environment.isEmpty() || window.environment.compare(task.environment, Qt::CaseInsensitive) == 0;
}

} // namespace

QDateTime ScheduleResult::startOf(int task) const {
    if (auto own = ownCalendarDates.constFind(task); own != ownCalendarDates.constEnd())
        return own->first;
    const TaskTimes &t = times.at(size_t(task));
    // A milestone sits at the end of the work before it (17:00), not at the next morning.
    const bool zeroLength = t.earlyStart == t.earlyFinish;
    return timeline->instantAt(t.earlyStart, zeroLength ? WorkTimeline::Edge::Finish : WorkTimeline::Edge::Start);
}

QDateTime ScheduleResult::finishOf(int task) const {
    if (auto own = ownCalendarDates.constFind(task); own != ownCalendarDates.constEnd())
        return own->second;
    return timeline->instantAt(times.at(size_t(task)).earlyFinish, WorkTimeline::Edge::Finish);
}

Result<ScheduleResult> Scheduler::compute(const ScheduleInput &input) {
    if (!input.projectStart.isValid())
        return makeError(ErrorCode::Invalid, tr("The schedule needs a project start."));
    auto graph = ScheduleGraph::build(input);
    if (!graph)
        return graph.error();
    const ScheduleGraph &g = *graph;

    ScheduleResult result;
    auto timeline = std::make_shared<WorkTimeline>(input.calendar, input.projectStart);
    result.timeline = timeline;
    const DurationMath math(input, timeline);
    const size_t n = input.tasks.size();
    result.times.resize(n);
    std::vector<TaskTimes> &times = result.times;

    std::vector<Window> windows;
    for (const FreezeWindow &w : input.freezeWindows)
        windows.push_back({timeline->offsetAt(w.start), timeline->offsetAt(w.end), &w});
    std::sort(windows.begin(), windows.end(), [](const Window &a, const Window &b) { return a.start < b.start; });
    const qint64 statusOffset = input.statusDate.isValid() ? timeline->offsetAt(input.statusDate) : 0;

    std::vector<qint64> constraintOffset(n, 0);
    for (size_t i = 0; i < n; ++i) {
        if (input.tasks[i].constraint != ConstraintType::AsSoonAsPossible)
            constraintOffset[i] = timeline->offsetAt(input.tasks[i].constraintDate);
    }

    // Forward pass, in topological order.
    for (const int t : g.order) {
        const ScheduleTask &task = input.tasks[size_t(t)];
        qint64 es = task.percentComplete == 0 ? std::max<qint64>(0, statusOffset) : 0;
        for (int k = g.predecessorBegin[size_t(t)]; k < g.predecessorBegin[size_t(t) + 1]; ++k) {
            const ScheduleGraph::Edge &e = g.edges[size_t(g.predecessorEdges[size_t(k)])];
            const TaskTimes &p = times[size_t(e.from)];
            switch (e.type) {
            case LinkType::FinishToStart:
                es = std::max(es, p.earlyFinish + e.lag);
                break;
            case LinkType::StartToStart:
                es = std::max(es, p.earlyStart + e.lag);
                break;
            case LinkType::FinishToFinish:
                es = std::max(es, math.startFor(t, p.earlyFinish + e.lag));
                break;
            case LinkType::StartToFinish:
                es = std::max(es, math.startFor(t, p.earlyStart + e.lag));
                break;
            }
        }
        if (task.constraint == ConstraintType::StartNoEarlierThan)
            es = std::max(es, constraintOffset[size_t(t)]);
        else if (task.constraint == ConstraintType::MustStartOn)
            es = constraintOffset[size_t(t)];
        qint64 ef = math.finishFrom(t, es);

        if (task.deployment && !task.emergency) {
            // Push past every freeze window the work would touch, as often as needed.
            for (bool moved = true; moved;) {
                moved = false;
                for (const Window &w : windows) {
                    const bool overlaps = es < w.end && (ef > w.start || (es == ef && es >= w.start));
                    if (!applies(*w.source, task) || !overlaps)
                        continue;
                    result.notes.append(tr("\u201C%1\u201D was moved after the change freeze \u201C%2\u201D (%3 to "
                                           "%4); deployments may not run in it unless authorised as an emergency.")
                                            .arg(task.name, w.source->name, w.source->start.toString(Qt::ISODate),
                                                 w.source->end.toString(Qt::ISODate)));
                    es = w.end;
                    ef = math.finishFrom(t, es);
                    moved = true;
                }
            }
        }
        times[size_t(t)].earlyStart = es;
        times[size_t(t)].earlyFinish = ef;
        if (auto own = math.ownDates(t, es))
            result.ownCalendarDates.insert(t, *own);
    }

    qint64 finish = 0;
    for (const int t : g.order)
        finish = std::max(finish, times[size_t(t)].earlyFinish);
    result.finish = finish;

    // Backward pass, in reverse topological order.
    for (auto it = g.order.rbegin(); it != g.order.rend(); ++it) {
        const int t = *it;
        const ScheduleTask &task = input.tasks[size_t(t)];
        qint64 lf = finish;
        qint64 freeFloat = std::numeric_limits<qint64>::max();
        const TaskTimes &me = times[size_t(t)];
        for (int k = g.successorBegin[size_t(t)]; k < g.successorBegin[size_t(t) + 1]; ++k) {
            const ScheduleGraph::Edge &e = g.edges[size_t(g.successorEdges[size_t(k)])];
            const TaskTimes &s = times[size_t(e.to)];
            switch (e.type) {
            case LinkType::FinishToStart:
                lf = std::min(lf, s.lateStart - e.lag);
                freeFloat = std::min(freeFloat, s.earlyStart - (me.earlyFinish + e.lag));
                break;
            case LinkType::StartToStart:
                lf = std::min(lf, math.finishFrom(t, s.lateStart - e.lag));
                freeFloat = std::min(freeFloat, s.earlyStart - (me.earlyStart + e.lag));
                break;
            case LinkType::FinishToFinish:
                lf = std::min(lf, s.lateFinish - e.lag);
                freeFloat = std::min(freeFloat, s.earlyFinish - (me.earlyFinish + e.lag));
                break;
            case LinkType::StartToFinish:
                lf = std::min(lf, math.finishFrom(t, s.lateFinish - e.lag));
                freeFloat = std::min(freeFloat, s.earlyFinish - (me.earlyStart + e.lag));
                break;
            }
        }
        if (task.constraint == ConstraintType::FinishNoLaterThan)
            lf = std::min(lf, constraintOffset[size_t(t)]);
        else if (task.constraint == ConstraintType::MustStartOn)
            lf = math.finishFrom(t, constraintOffset[size_t(t)]);
        TaskTimes &out = times[size_t(t)];
        out.lateFinish = lf;
        out.lateStart = math.startFor(t, lf);
        out.totalFloat = out.lateStart - out.earlyStart;
        if (freeFloat == std::numeric_limits<qint64>::max())
            freeFloat = finish - out.earlyFinish;
        out.freeFloat = std::clamp<qint64>(freeFloat, 0, std::max<qint64>(0, out.totalFloat));
        out.critical = out.totalFloat <= 0;
    }

    // Summary tasks span their children.
    for (auto it = g.summaries.rbegin(); it != g.summaries.rend(); ++it) {
        const int s = *it;
        TaskTimes span{std::numeric_limits<qint64>::max(),
                       std::numeric_limits<qint64>::min(),
                       std::numeric_limits<qint64>::max(),
                       std::numeric_limits<qint64>::min(),
                       std::numeric_limits<qint64>::max(),
                       0,
                       false,
                       true};
        for (const int c : g.children[size_t(s)]) {
            const TaskTimes &child = times[size_t(c)];
            span.earlyStart = std::min(span.earlyStart, child.earlyStart);
            span.earlyFinish = std::max(span.earlyFinish, child.earlyFinish);
            span.lateStart = std::min(span.lateStart, child.lateStart);
            span.lateFinish = std::max(span.lateFinish, child.lateFinish);
            span.totalFloat = std::min(span.totalFloat, child.totalFloat);
            span.critical = span.critical || child.critical;
        }
        times[size_t(s)] = span;
    }
    return result;
}

} // namespace relm

#include "Scheduler.h"

#include "schedule/CpmKernel.h"
#include "schedule/ScheduleGraph.h"
#include "schedule/ScheduleValidation.h"

#include <QCoreApplication>

#include <algorithm>

namespace relm {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::Scheduler", text);
}

} // namespace

QDateTime ScheduleResult::startOf(int task) const {
    if (auto own = ownCalendarDates.constFind(task); own != ownCalendarDates.constEnd())
        return own->first;
    const TaskTimes &t = times.at(size_t(task));
    // A milestone sits at the end of the work before it (17:00), not at the next morning; one at
    // the very start sits at the project start.
    const bool zeroLength = t.earlyStart == t.earlyFinish;
    return timeline->instantAt(t.earlyStart, zeroLength ? WorkTimeline::Edge::Finish : WorkTimeline::Edge::Start);
}

QDateTime ScheduleResult::finishOf(int task) const {
    if (auto own = ownCalendarDates.constFind(task); own != ownCalendarDates.constEnd())
        return own->second;
    return timeline->instantAt(times.at(size_t(task)).earlyFinish, WorkTimeline::Edge::Finish);
}

Result<ScheduleResult> Scheduler::compute(const ScheduleInput &input) {
    auto graph = ScheduleGraph::build(input); // checks the input first
    if (!graph)
        return graph.error();
    return run(input, *graph);
}

Result<ScheduleResult> Scheduler::compute(const ScheduleInput &input, const ScheduleGraph &g) {
    // Durations and dates may have changed since the graph was built: check them again. The
    // links were checked when it was built, and the passes read them from it, not from the input.
    if (auto checked = ScheduleValidation::checkAllButLinks(input); !checked)
        return checked.error();
    if (g.predecessorBegin.size() != input.tasks.size() + 1 || g.children.size() != input.tasks.size())
        return makeError(ErrorCode::Invalid, tr("The schedule changed its tasks since its dependencies were read."));
    return run(input, g);
}

Result<ScheduleResult> Scheduler::run(const ScheduleInput &input, const ScheduleGraph &g) {
    ScheduleResult result;
    auto timeline = std::make_shared<WorkTimeline>(input.calendar, input.projectStart);
    result.timeline = timeline;
    const CpmKernel kernel(input, g, timeline);
    std::vector<qint64> durations(input.tasks.size());
    for (size_t i = 0; i < input.tasks.size(); ++i)
        durations[i] = input.tasks[i].duration;
    result.times.resize(input.tasks.size());
    std::vector<TaskTimes> &times = result.times;
    result.finish = kernel.forward(durations, times, &result.notes, &result.noteTasks);
    kernel.backward(durations, times, result.finish);
    for (const int t : g.order) {
        if (auto own = kernel.ownDates(t, times[size_t(t)].earlyStart, durations[size_t(t)]))
            result.ownCalendarDates.insert(t, *own);
    }
    spanSummaries(g, times);
    if (auto within = ScheduleValidation::checkWithinHorizon(input, times, *timeline); !within)
        return within.error();
    return result;
}

void Scheduler::spanSummaries(const ScheduleGraph &g, std::vector<TaskTimes> &times) {
    // Children before their parents, so that a phase of phases spans finished spans.
    for (auto it = g.summaries.rbegin(); it != g.summaries.rend(); ++it) {
        const int s = *it;
        // Only tasks with children are summaries (a phase without tasks is scheduled like a task,
        // by its own duration), so the span starts from a real child, never from sentinel values.
        const std::vector<int> &children = g.children[size_t(s)];
        TaskTimes span = times[size_t(children.front())];
        span.freeFloat = 0;
        span.summary = true;
        for (const int c : children) {
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
}

} // namespace relm

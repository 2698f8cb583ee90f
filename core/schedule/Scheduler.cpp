#include "Scheduler.h"

#include "schedule/CpmKernel.h"
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
    return compute(input, *graph);
}

Result<ScheduleResult> Scheduler::compute(const ScheduleInput &input, const ScheduleGraph &g) {
    if (!input.projectStart.isValid())
        return makeError(ErrorCode::Invalid, tr("The schedule needs a project start."));
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

#pragma once

#include "Result.h"
#include "schedule/ScheduleInput.h"
#include "schedule/WorkTimeline.h"

#include <QHash>

#include <memory>

namespace relm {

struct ScheduleGraph;

/// Computed dates of one task, in working minutes of the project calendar since the project start.
struct TaskTimes {
    qint64 earlyStart = 0;
    qint64 earlyFinish = 0;
    qint64 lateStart = 0;
    qint64 lateFinish = 0;
    qint64 totalFloat = 0;
    qint64 freeFloat = 0;
    bool critical = false;
    bool summary = false;
};

/// The computed schedule; dates convert to instants through the timeline.
struct ScheduleResult {
    std::vector<TaskTimes> times; ///< same order as the input tasks
    qint64 finish = 0;
    QStringList notes;          ///< why tasks moved (freeze windows)
    std::vector<int> noteTasks; ///< the task each note is about
    std::shared_ptr<const WorkTimeline> timeline;
    /// Exact start and finish of tasks on their own calendar (the offsets above are in project time).
    QHash<int, std::pair<QDateTime, QDateTime>> ownCalendarDates;

    QDateTime startOf(int task) const;
    QDateTime finishOf(int task) const;
    QDateTime finishDate() const { return timeline->instantAt(finish, WorkTimeline::Edge::Finish); }
};

/// The critical path method over working calendars: early and late dates, total and free float,
/// the critical path, with every link type, lags in time or percent, constraints, summary tasks,
/// freeze windows for deployments and a status date. A dependency cycle is refused, naming it;
/// so is input beyond the limits in ScheduleLimits.h, and a plan whose dates leave the horizon.
class Scheduler final {
public:
    static Result<ScheduleResult> compute(const ScheduleInput &input);
    /// The same on a graph built before (ScheduleGraph::build), for recomputing after date edits.
    static Result<ScheduleResult> compute(const ScheduleInput &input, const ScheduleGraph &graph);

private:
    static Result<ScheduleResult> run(const ScheduleInput &input, const ScheduleGraph &graph);
    static void spanSummaries(const ScheduleGraph &graph, std::vector<TaskTimes> &times);
};

} // namespace relm

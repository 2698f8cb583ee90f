#pragma once

#include "schedule/ScheduleGraph.h"
#include "schedule/ScheduleInput.h"
#include "schedule/WorkTimeline.h"

#include <QStringList>

#include <memory>
#include <optional>

namespace relm {

struct TaskTimes;

/// The critical-path passes on flat arrays, prepared once for a schedule (calendars, constraint
/// and freeze-window offsets) and run as often as needed with other durations (Monte Carlo).
class CpmKernel final {
public:
    CpmKernel(const ScheduleInput &input, const ScheduleGraph &graph, std::shared_ptr<const WorkTimeline> timeline);
    ~CpmKernel();
    CpmKernel(const CpmKernel &) = delete;
    CpmKernel &operator=(const CpmKernel &) = delete;

    /// Early dates of every leaf task for the given durations; returns the project finish.
    /// `notes`, when given, receives why a deployment moved.
    qint64 forward(const std::vector<qint64> &durations, std::vector<TaskTimes> &times, QStringList *notes,
                   std::vector<int> *noteTasks = nullptr) const;
    /// Late dates, floats and criticality for a finish computed by forward().
    void backward(const std::vector<qint64> &durations, std::vector<TaskTimes> &times, qint64 finish) const;

    /// Early and late dates only, as separate arrays: what a simulation iteration needs, kept
    /// compact so that thousands of iterations stay in cache.
    struct Dates {
        std::vector<qint64> early; ///< start and finish of task t at 2t and 2t + 1
        std::vector<qint64> late;
        void resize(size_t n);
    };
    /// The forward pass on Dates; returns the finish (freeze windows apply, no notes are kept).
    qint64 forward(const std::vector<qint64> &durations, Dates &dates) const;
    /// The backward pass on Dates, counting each critical leaf task in `criticalCounts`.
    void backward(const std::vector<qint64> &durations, Dates &dates, qint64 finish,
                  std::vector<int> &criticalCounts) const;

    /// Exact start and finish of a task on its own calendar; empty for tasks on the project calendar.
    std::optional<std::pair<QDateTime, QDateTime>> ownDates(int task, qint64 start, qint64 duration) const;

private:
    void inheritSummaryConstraints();
    qint64 pushPastFreezes(int task, qint64 start, qint64 duration, qint64 &finish, QStringList *notes,
                           std::vector<int> *noteTasks = nullptr) const;
    qint64 finishFrom(int task, qint64 start, qint64 duration) const;
    /// The start the dependencies allow, moved by the task's constraint and fixed start.
    qint64 constrainedStart(int task, qint64 linkStart, qint64 duration) const;
    /// The late finish the successors allow, limited by the task's and its summaries' constraints.
    qint64 constrainedLateFinish(int task, qint64 lateFinish, qint64 duration) const;
    /// An as-late-as-possible task that has not started: placed by the backward pass.
    bool placedLate(int task) const;
    /// Moves start and finish so that the work ends by `latestFinish`, never earlier than the
    /// forward pass put it; a deployment ends before a freeze it would touch. Returns whether it moved.
    bool placeLate(int task, qint64 latestFinish, qint64 duration, qint64 &start, qint64 &finish) const;
    /// The finish of work starting then: its actual finish when it has one; a started task's
    /// remaining work does not run before the status date.
    qint64 finishOf(int task, qint64 start, qint64 duration) const;
    qint64 startFor(int task, qint64 finish, qint64 duration) const;

    struct Window {
        qint64 start;
        qint64 end;
        const FreezeWindow *source;
    };
    /// The first freeze window that applies to the task and that work from start to finish touches.
    const Window *freezeTouched(int task, qint64 start, qint64 finish) const;

    const ScheduleInput &m_input;
    const ScheduleGraph &m_graph;
    std::shared_ptr<const WorkTimeline> m_timeline;
    std::vector<std::unique_ptr<WorkTimeline>> m_calendars;
    std::vector<qint64> m_constraint;
    // Compact per-task facts, so the passes do not walk the (large) task records.
    std::vector<int> m_calendarOf; ///< own calendar index, -1: the project's
    std::vector<ConstraintType> m_constraintType;
    std::vector<char> m_respectsFreezes; ///< a deployment that is not an authorised emergency
    std::vector<char> m_notStarted;
    std::vector<qint64> m_fixedStart; ///< kNotFixed when computed
    std::vector<qint64> m_fixedFinish;
    std::vector<int> m_remainingPercent; ///< of a started, unfinished task when there is a status date; else 0
    bool m_linksBeatConstraints = false;
    /// What the constraints of a task's summary tasks impose on it: a start no earlier than, a
    /// finish no later than.
    std::vector<qint64> m_inheritedFloor;
    std::vector<qint64> m_inheritedCeiling;
    std::vector<Window> m_windows;
    qint64 m_statusOffset = 0;
    std::vector<qint64> m_statusOf; ///< each task's status date (its plan's, or the schedule's)
};

} // namespace relm

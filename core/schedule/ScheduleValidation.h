#pragma once

#include "Result.h"
#include "schedule/ScheduleInput.h"

#include <vector>

namespace relm {

struct TaskTimes;
class WorkTimeline;

/// Checks a schedule's input against the limits in ScheduleLimits.h before anything is computed,
/// and computed dates against the timeline's horizon afterwards. Every refusal names the task (or
/// freeze window) at fault and says what to do about it.
class ScheduleValidation final {
public:
    /// Dates within the supported range, durations, estimates and lags within the longest Relm
    /// schedules, percent complete 0..100, and indexes (parents, calendars, links) that exist.
    static Result<void> checkInput(const ScheduleInput &input);
    /// The same without the links: for recomputing on a graph built (and its links checked) before.
    static Result<void> checkAllButLinks(const ScheduleInput &input);
    /// What only the Monte Carlo simulation reads: risk delays and probabilities.
    static Result<void> checkRiskEvents(const ScheduleInput &input);
    /// Refuses the first task whose early or late dates fall outside the timeline's horizon.
    static Result<void> checkWithinHorizon(const ScheduleInput &input, const std::vector<TaskTimes> &times,
                                           const WorkTimeline &timeline);

    /// Working minutes in the largest whole unit: "3 weeks", "1 day", "5 hours", "90 minutes".
    static QString workingTime(qint64 minutes);
    /// How a task is named in messages: its name, or its id when it has none.
    static const QString &label(const ScheduleInput &input, int task);
};

} // namespace relm

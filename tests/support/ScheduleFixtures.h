#pragma once

#include "schedule/Scheduler.h"

#include <QString>

#include <vector>

namespace relm::test {

/// A task of the scheduler's input; a duration of zero makes it a milestone.
inline ScheduleTask scheduledTask(const QString &name, qint64 duration) {
    ScheduleTask t;
    t.id = name;
    t.name = name;
    t.duration = duration;
    t.milestone = duration == 0;
    return t;
}

/// A project starting Monday 5 January 2026, 08:00, on the standard calendar.
inline ScheduleInput projectOf(std::vector<ScheduleTask> tasks, std::vector<ScheduleLink> links = {}) {
    ScheduleInput input;
    input.projectStart = QDateTime(QDate(2026, 1, 5), QTime(8, 0));
    input.tasks = std::move(tasks);
    input.links = std::move(links);
    return input;
}

} // namespace relm::test

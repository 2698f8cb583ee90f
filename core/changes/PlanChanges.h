#pragma once

#include "changes/Change.h"
#include "domain/Plan.h"
#include "import/MspdiReader.h"

namespace relm {

/// Saves a named copy of a release's task dates; undo removes it.
class SaveScheduleBaseline final : public Change {
public:
    explicit SaveScheduleBaseline(PlanBaseline baseline);

    QString text() const override;
    Result<void> redo(ChangeContext &context) override;
    Result<void> undo(ChangeContext &context) override;

private:
    PlanBaseline m_baseline;
};

/// Gives a release its own new working calendar, as one step: creates the calendar and makes it the
/// release's calendar; undo puts the previous calendar back and removes the new one.
class GiveReleaseCalendar final : public Change {
public:
    GiveReleaseCalendar(Id releaseId, PlanCalendar calendar);

    QString text() const override;
    Result<void> redo(ChangeContext &context) override;
    Result<void> undo(ChangeContext &context) override;

private:
    Id m_releaseId;
    PlanCalendar m_calendar;
    Id m_previous = 0;
};

/// Adds an imported schedule's tasks (keeping their ids in the file), phases and dependencies to a
/// release, as one step; undo removes them again.
class ImportSchedule final : public Change {
public:
    ImportSchedule(Id releaseId, ImportedSchedule schedule, QString source);

    QString text() const override;
    Result<void> redo(ChangeContext &context) override;
    Result<void> undo(ChangeContext &context) override;
    int taskCount() const { return int(m_schedule.input.tasks.size()); }

private:
    Id m_releaseId;
    ImportedSchedule m_schedule;
    QString m_source;
    QList<Id> m_created;
};

} // namespace relm

#pragma once

#include "changes/Change.h"
#include "domain/Plan.h"
#include "domain/Release.h"
#include "import/MspdiReader.h"

namespace relm {

struct WrittenPlan;

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

/// How an imported schedule is dated.
struct ImportOptions {
    /// Moves the plan to the release's planned start (constraint, manual and actual dates move
    /// with it); otherwise the plan keeps the start and dates its file gives.
    bool moveToReleaseStart = false;
};

/// Adds an imported schedule to a release as one step: its tasks (keeping their ids in the file),
/// phases, dependencies, calendars (the file's project calendar becomes the release's when the
/// release had no tasks; calendars already kept with the same working times are reused), manual
/// and actual dates, and the plan's start and status date. Undo removes them again and puts the
/// release's calendar and plan dates back.
class ImportSchedule final : public Change {
public:
    ImportSchedule(Id releaseId, ImportedSchedule schedule, QString source, ImportOptions options = {});
    /// The same, reading a schedule others read too (the file's dates compared on another thread).
    ImportSchedule(Id releaseId, std::shared_ptr<const ImportedSchedule> schedule, QString source,
                   ImportOptions options = {});

    QString text() const override;
    Result<void> redo(ChangeContext &context) override;
    Result<void> undo(ChangeContext &context) override;
    int taskCount() const { return int(m_schedule->input.tasks.size()); }
    /// The ids the tasks were stored under, in the schedule's order (once applied).
    QList<Id> createdIds() const { return m_created; }
    /// The plan's start after the import (invalid: the release's planned start).
    QDateTime planStart() const { return m_settings.start; }

private:
    struct Calendars;
    Result<Calendars> storeCalendars(ChangeContext &context, bool freshPlan);
    Result<void> storeSettings(ChangeContext &context, const Release &release);
    /// The rows to write, checked; the links' ends are the tasks in m_created.
    Result<QList<PlanTask>> tasksOf(ChangeContext &context, const Calendars &calendars, int offset,
                                    const QList<std::pair<Id, QString>> &existing);
    Result<QList<PlanLink>> linksOf(ChangeContext &context);

    Id m_releaseId;
    std::shared_ptr<const ImportedSchedule> m_schedule;
    QString m_source;
    ImportOptions m_options;
    QList<Id> m_created;
    QList<Id> m_createdCalendars;
    Id m_previousCalendar = 0;
    bool m_calendarChanged = false;
    PlanSettings m_previousSettings;
    PlanSettings m_settings;
    qint64 m_shiftDays = 0;
};

/// One step that makes `wanted` the dependencies leading into `successor`: of `current` (the plan's
/// links; those into other tasks are left alone), a link whose predecessor is no longer wanted is
/// removed, one whose type or lag differs is edited, and a wanted predecessor without a link gets
/// one. Null when nothing differs. The dependency rules (no cycle, no self-link, the lag's limits)
/// are checked when it is applied, as for any link.
std::unique_ptr<CompositeChange> predecessorsChange(const PlanTask &successor, const QList<PlanLink> &current,
                                                    const QList<PlanLink> &wanted);

} // namespace relm

#include "MspdiExport.h"

#include "changes/Workspace.h"
#include "planning/ReleasePlanning.h"
#include "storage/PlanStore.h"
#include "storage/ReleaseStore.h"

#include <QCoreApplication>

#include <algorithm>
#include <functional>

namespace relm::mspdi_export {

namespace {

/// Whether a calendar works every minute of every day: elapsed time.
bool isRoundTheClock(const WorkCalendar &calendar) {
    if (!calendar.exceptions().isEmpty())
        return false;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        if (calendar.weekday(day) != QList<WorkInterval>{{0, 24 * 60}})
            return false;
    }
    return true;
}

void fillComputed(MspdiDocument::Task &task, const TaskTimes &times, const QDateTime &start, const QDateTime &finish,
                  const WorkTimeline &timeline) {
    task.start = start;
    task.finish = finish;
    task.lateStart = timeline.instantAt(
        times.lateStart, times.lateStart == times.lateFinish ? WorkTimeline::Edge::Finish : WorkTimeline::Edge::Start);
    task.lateFinish = timeline.instantAt(times.lateFinish, WorkTimeline::Edge::Finish);
    task.totalFloat = times.totalFloat;
    task.freeFloat = times.freeFloat;
    task.critical = times.critical;
}

} // namespace

MspdiDocument documentOf(const ImportedSchedule &schedule, const ScheduleResult &result) {
    const ScheduleInput &input = schedule.input;
    MspdiDocument d;
    d.name = schedule.name;
    d.start = input.projectStart;
    d.finish = result.finishDate();
    d.statusDate = input.statusDate;
    d.minutesPerDay = schedule.minutesPerDay;
    d.calendar = input.calendar;
    d.taskCalendars = input.taskCalendars;
    std::vector<int> level(input.tasks.size(), 1);
    for (size_t i = 0; i < input.tasks.size(); ++i) {
        const ScheduleTask &s = input.tasks[i];
        // Parents come first in a file's order, so their level is known.
        if (s.parent >= 0 && size_t(s.parent) < i)
            level[i] = level[size_t(s.parent)] + 1;
        const KeptDates kept = schedule.kept.value(int(i));
        MspdiDocument::Task t;
        t.uid = schedule.sourceUids.value(int(i), int(i) + 1);
        t.name = s.name;
        t.outlineLevel = level[i];
        t.duration = s.duration;
        t.milestone = s.milestone;
        t.summary = result.times[i].summary;
        t.manual = kept.manualStart.isValid();
        t.elapsed = schedule.elapsed.value(int(i));
        t.constraint = s.constraint;
        t.constraintDate = s.constraintDate;
        t.calendar = s.calendar;
        t.percentComplete = s.percentComplete;
        t.actualStart = kept.actualStart;
        t.actualFinish = kept.actualFinish;
        fillComputed(t, result.times[i], result.startOf(int(i)), result.finishOf(int(i)), *result.timeline);
        if (t.manual)
            t.start = kept.manualStart;
        d.tasks.push_back(t);
    }
    for (const ScheduleLink &l : input.links)
        d.links.push_back({l.predecessor, l.successor, l.type, l.lag, l.lagPercent, l.lagIsPercent});
    return d;
}

Result<MspdiDocument> documentOf(Workspace &workspace, Id releaseId) {
    auto release = workspace.releases().release(releaseId);
    if (!release)
        return release.error();
    auto schedule = planning::scheduleRelease(workspace, releaseId);
    auto calendars = workspace.plan().calendars();
    auto settings = workspace.plan().settings(releaseId);
    if (!schedule || !calendars || !settings)
        return !schedule ? schedule.error() : !calendars ? calendars.error() : settings.error();
    QHash<Id, PlanCalendar> calendarById;
    for (const PlanCalendar &c : *calendars)
        calendarById.insert(c.id, c);

    MspdiDocument d;
    d.name = release->name;
    d.start = settings->start.isValid()
                  ? settings->start
                  : (release->plannedStart.isValid() ? QDateTime(release->plannedStart, QTime(8, 0)) : schedule->start);
    if (!d.start.isValid())
        d.start = schedule->start.isValid() ? schedule->start : QDateTime(QDate::currentDate(), QTime(8, 0));
    d.finish = schedule->finish;
    d.statusDate = settings->statusDate;
    d.calendar = release->calendarId && calendarById.contains(release->calendarId)
                     ? calendarById.value(release->calendarId).calendar
                     : WorkCalendar::standard();
    if (release->calendarId && calendarById.contains(release->calendarId))
        d.calendar.name = calendarById.value(release->calendarId).name;
    if (d.calendar.name.isEmpty())
        d.calendar.name = QCoreApplication::translate("relm::MspdiExport", "Standard");
    const int workday = d.calendar.workingMinutes(QDate(2024, 1, 1)); // a Monday
    d.minutesPerDay = workday > 0 ? workday : 480;

    // Outline order: each phase, then what is in it, by position.
    QHash<Id, QList<int>> childrenOf;
    QHash<Id, int> indexOf;
    for (int i = 0; i < schedule->tasks.size(); ++i)
        indexOf.insert(schedule->tasks.at(i).task.id, i);
    for (int i = 0; i < schedule->tasks.size(); ++i) {
        const PlanTask &t = schedule->tasks.at(i).task;
        childrenOf[indexOf.contains(t.parentId) ? t.parentId : 0].append(i);
    }
    QHash<Id, int> calendarIndex;
    QHash<int, int> documentIndex; // schedule index -> document index
    const std::function<void(Id, int)> visit = [&](Id parent, int level) {
        QList<int> children = childrenOf.value(parent);
        std::stable_sort(children.begin(), children.end(), [&](int a, int b) {
            return schedule->tasks.at(a).task.position < schedule->tasks.at(b).task.position;
        });
        for (const int i : children) {
            const ScheduledTask &s = schedule->tasks.at(i);
            if (documentIndex.contains(i) || level > 200)
                continue;
            MspdiDocument::Task t;
            t.uid = int(d.tasks.size()) + 1;
            t.name = s.task.name;
            t.outlineLevel = level;
            t.duration = s.task.duration;
            t.milestone = s.task.milestone;
            t.summary = s.times.summary;
            t.manual = s.task.manualStart.isValid();
            t.constraint = s.task.constraint;
            t.constraintDate = s.task.constraintDate;
            t.percentComplete = s.task.percentComplete;
            t.actualStart = s.task.actualStart;
            t.actualFinish = s.task.actualFinish;
            if (s.task.calendarId && s.task.calendarId != release->calendarId &&
                calendarById.contains(s.task.calendarId)) {
                if (!calendarIndex.contains(s.task.calendarId)) {
                    calendarIndex.insert(s.task.calendarId, int(d.taskCalendars.size()));
                    WorkCalendar c = calendarById.value(s.task.calendarId).calendar;
                    c.name = calendarById.value(s.task.calendarId).name;
                    d.taskCalendars.push_back(c);
                }
                t.calendar = calendarIndex.value(s.task.calendarId);
                t.elapsed = isRoundTheClock(d.taskCalendars[size_t(t.calendar)]);
            }
            fillComputed(t, s.times, s.start, s.finish, *schedule->timeline);
            if (t.manual)
                t.start = s.task.manualStart;
            // MS Project knows no change freezes: a deployment keeps the slot Relm gave it (past a
            // freeze, say) as a start-no-earlier-than, so the file shows it there and reads back so.
            if (s.task.deployment && !s.task.emergency && !t.manual && !t.summary &&
                s.task.constraint == ConstraintType::AsSoonAsPossible) {
                t.constraint = ConstraintType::StartNoEarlierThan;
                t.constraintDate = s.start;
            }
            documentIndex.insert(i, int(d.tasks.size()));
            d.tasks.push_back(t);
            visit(s.task.id, level + 1);
        }
    };
    visit(0, 1);
    for (const PlanLink &l : schedule->links) {
        const auto from = indexOf.constFind(l.predecessorId);
        const auto to = indexOf.constFind(l.successorId);
        if (from == indexOf.constEnd() || to == indexOf.constEnd() || !documentIndex.contains(*from) ||
            !documentIndex.contains(*to))
            continue;
        d.links.push_back(
            {documentIndex.value(*from), documentIndex.value(*to), l.type, l.lag, l.lagPercent, l.lagIsPercent});
    }
    return d;
}

} // namespace relm::mspdi_export

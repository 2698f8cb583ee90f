#include "PlanDateCheck.h"

#include "planning/ReleasePlanning.h"
#include "schedule/ScheduleLimits.h"
#include "schedule/Scheduler.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <functional>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::PlanDateCheck", text);
}

#define untranslated(text) QT_TRANSLATE_NOOP("relm::PlanDateCheck", text)

/// "1 day", "3 days": singular and plural spelled out, so that they read right untranslated too.
QString count(qint64 n, const char *one, const char *many) {
    return n == 1 ? tr(one) : tr(many).arg(n);
}

/// Working time in days (of 8 hours), hours and minutes: "1 day 5 hours 20 minutes".
QString workingTime(qint64 minutes) {
    const qint64 perDay = scheduleLimits::kMinutesPerDay;
    QStringList parts;
    if (minutes >= perDay)
        parts.append(count(minutes / perDay, untranslated("1 day"), untranslated("%1 days")));
    if (minutes % perDay >= 60)
        parts.append(count(minutes % perDay / 60, untranslated("1 hour"), untranslated("%1 hours")));
    if (minutes % 60 != 0)
        parts.append(count(minutes % 60, untranslated("1 minute"), untranslated("%1 minutes")));
    return parts.join(u' ');
}

/// "1 day later", "4 hours earlier".
QString shift(qint64 minutes) {
    return minutes > 0 ? tr("%1 later").arg(workingTime(minutes)) : tr("%1 earlier").arg(workingTime(-minutes));
}

/// The stored wall-clock time as Relm plans it (local time), to the nearest minute: tools store
/// seconds, Relm plans in whole minutes.
QDateTime nearestMinute(const QDateTime &time) {
    if (!time.isValid())
        return {};
    // Rounded on the clock's fields, so that only one local time is made (a plan has 200,000).
    QDate date = time.date();
    const QTime clock = time.time();
    int minute = clock.hour() * 60 + clock.minute() + (clock.second() >= 30 ? 1 : 0);
    if (minute == 24 * 60) {
        date = date.addDays(1);
        minute = 0;
    }
    return QDateTime(date, QTime(minute / 60, minute % 60));
}

} // namespace

namespace {

/// What Relm computed for one task of the file, on the timeline it computed with.
struct ComputedDates {
    qint64 earlyStart = 0;
    qint64 earlyFinish = 0;
    QDateTime start;
    QDateTime finish;
};

/// The tasks whose computed dates differ from the stored ones; `computedOf` gives a task's
/// computed dates by its index in the file, or nothing when Relm did not schedule it.
QList<DateDifference> compared(const PlanFile &plan, const WorkTimeline &timeline,
                               const std::function<std::optional<ComputedDates>(int)> &computedOf) {
    const ScheduleInput &input = plan.schedule.input;
    QList<DateDifference> result;
    for (int i = 0; i < int(input.tasks.size()) && i < plan.stored.size(); ++i) {
        const StoredDates stored{nearestMinute(plan.stored.at(i).start), nearestMinute(plan.stored.at(i).finish)};
        if (!stored.start.isValid() && !stored.finish.isValid())
            continue;
        const std::optional<ComputedDates> computed = computedOf(i);
        if (!computed)
            continue;
        DateDifference d;
        if (stored.start.isValid())
            d.startShift = computed->earlyStart - timeline.offsetAt(stored.start);
        if (stored.finish.isValid())
            d.finishShift = computed->earlyFinish - timeline.offsetAt(stored.finish);
        if (d.startShift == 0 && d.finishShift == 0)
            continue;
        d.task = i;
        d.name = input.tasks[size_t(i)].name;
        d.sourceId = input.tasks[size_t(i)].id;
        d.storedStart = stored.start;
        d.storedFinish = stored.finish;
        d.computedStart = computed->start;
        d.computedFinish = computed->finish;
        result.append(d);
    }
    return result;
}

} // namespace

Result<QList<DateDifference>> PlanDateCheck::differences(const PlanFile &plan) {
    auto computed = Scheduler::compute(plan.schedule.input);
    if (!computed)
        return computed.error();
    const ScheduleResult &result = *computed;
    return compared(plan, *result.timeline, [&result](int i) -> std::optional<ComputedDates> {
        const TaskTimes &times = result.times[size_t(i)];
        return ComputedDates{times.earlyStart, times.earlyFinish, result.startOf(i), result.finishOf(i)};
    });
}

QList<DateDifference> PlanDateCheck::differences(const PlanFile &plan, const ReleaseSchedule &schedule,
                                                 const QList<Id> &taskIds) {
    QHash<Id, const ScheduledTask *> byId;
    byId.reserve(schedule.tasks.size());
    for (const ScheduledTask &t : schedule.tasks)
        byId.insert(t.task.id, &t);
    return compared(plan, *schedule.timeline, [&](int i) -> std::optional<ComputedDates> {
        const ScheduledTask *t = byId.value(taskIds.value(i));
        if (!t)
            return std::nullopt;
        return ComputedDates{t->times.earlyStart, t->times.earlyFinish, t->start, t->finish};
    });
}

QString PlanDateCheck::summary(const QList<DateDifference> &differences, int shown) {
    if (differences.isEmpty())
        return tr("Relm computes the same dates as the file.");
    QStringList named;
    for (const DateDifference &d : differences) {
        if (named.size() == shown) {
            named.append(tr("and %1 more").arg(differences.size() - shown));
            break;
        }
        if (d.startShift != 0 && d.finishShift != 0 && d.startShift != d.finishShift)
            named.append(
                tr("\u201C%1\u201D starts %2 and finishes %3").arg(d.name, shift(d.startShift), shift(d.finishShift)));
        else if (d.startShift != 0)
            named.append(tr("\u201C%1\u201D starts %2").arg(d.name, shift(d.startShift)));
        else
            named.append(tr("\u201C%1\u201D finishes %2").arg(d.name, shift(d.finishShift)));
    }
    return count(differences.size(), untranslated("1 task differs from the dates in the file: %2."),
                 untranslated("%1 tasks differ from the dates in the file: %2."))
        .arg(named.join(u"; "));
}

QJsonValue isoOrNull(const QDateTime &time) {
    return time.isValid() ? QJsonValue(time.toString(Qt::ISODate)) : QJsonValue();
}

QJsonArray PlanDateCheck::toJson(const QList<DateDifference> &differences) {
    QJsonArray differing;
    for (const DateDifference &d : differences)
        differing.append(QJsonObject{{u"task"_s, d.name},
                                     {u"id"_s, d.sourceId},
                                     {u"stored_start"_s, isoOrNull(d.storedStart)},
                                     {u"computed_start"_s, isoOrNull(d.computedStart)},
                                     {u"start_shift_minutes"_s, d.startShift},
                                     {u"stored_finish"_s, isoOrNull(d.storedFinish)},
                                     {u"computed_finish"_s, isoOrNull(d.computedFinish)},
                                     {u"finish_shift_minutes"_s, d.finishShift}});
    return differing;
}

} // namespace relm

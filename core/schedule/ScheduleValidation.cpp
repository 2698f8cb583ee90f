#include "ScheduleValidation.h"

#include "i18n/ShownDates.h"

#include "schedule/ScheduleLimits.h"
#include "schedule/Scheduler.h"
#include "schedule/WorkTimeline.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace relm {

using namespace scheduleLimits;

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::ScheduleValidation", text);
}

QString isoDate(const QDate &date) {
    return shown_dates::date(date);
}

bool inSupportedRange(const QDateTime &instant) {
    return instant.isValid() && instant.date() >= firstDate() && instant.date() <= lastDate();
}

QString longestDuration() {
    return tr("%1 (%2 years of working time)")
        .arg(ScheduleValidation::workingTime(kMaxWorkingMinutes))
        .arg(kMaxWorkingYears);
}

Error invalid(const QString &message) {
    return makeError(ErrorCode::Invalid, message);
}

/// An estimate (-1: none) or risk delay must lie in 0..the longest duration.
std::optional<Error> checkEstimate(const ScheduleInput &input, int task, qint64 value, bool pessimistic) {
    if (value == -1 || (value >= 0 && value <= kMaxWorkingMinutes))
        return std::nullopt;
    const QString &name = ScheduleValidation::label(input, task);
    if (value < 0)
        return invalid((pessimistic ? tr("The pessimistic estimate of task \u201C%1\u201D is negative. Give it "
                                         "zero or more, or leave it empty.")
                                    : tr("The optimistic estimate of task \u201C%1\u201D is negative. Give it "
                                         "zero or more, or leave it empty."))
                           .arg(name));
    return invalid((pessimistic ? tr("The pessimistic estimate of task \u201C%1\u201D is %2; the longest duration "
                                     "Relm schedules is %3. Shorten it.")
                                : tr("The optimistic estimate of task \u201C%1\u201D is %2; the longest duration "
                                     "Relm schedules is %3. Shorten it."))
                       .arg(name, ScheduleValidation::workingTime(value), longestDuration()));
}

std::optional<Error> checkTask(const ScheduleInput &input, int index) {
    const ScheduleTask &t = input.tasks[size_t(index)];
    const QString &name = t.name.isEmpty() ? t.id : t.name; // a reference: no copy per task
    const int n = int(input.tasks.size());
    if (t.duration < 0)
        return invalid(tr("Task \u201C%1\u201D has a negative duration (%2). Give it a duration of zero or more.")
                           .arg(name, ScheduleValidation::workingTime(t.duration)));
    if (t.duration > kMaxWorkingMinutes)
        return invalid(tr("Task \u201C%1\u201D lasts %2; the longest duration Relm schedules is %3. Shorten it.")
                           .arg(name, ScheduleValidation::workingTime(t.duration), longestDuration()));
    if (auto e = checkEstimate(input, index, t.optimistic, false))
        return e;
    if (auto e = checkEstimate(input, index, t.pessimistic, true))
        return e;
    if (t.percentComplete < 0 || t.percentComplete > kMaxPercentComplete)
        return invalid(tr("Task \u201C%1\u201D is %2% complete; percent complete runs from 0 to %3.")
                           .arg(name)
                           .arg(t.percentComplete)
                           .arg(kMaxPercentComplete));
    if (constraintHasDate(t.constraint)) {
        if (!t.constraintDate.isValid())
            return invalid(tr("Task \u201C%1\u201D has a date constraint without a date. Give it a date or remove "
                              "the constraint.")
                               .arg(name));
        if (!inSupportedRange(t.constraintDate))
            return invalid(tr("Task \u201C%1\u201D is constrained to %2; Relm schedules dates from %3 to %4. Choose "
                              "a date in that range.")
                               .arg(name, isoDate(t.constraintDate.date()), isoDate(firstDate()), isoDate(lastDate())));
    }
    for (const QDateTime *fixed : {&t.fixedStart, &t.fixedFinish, &t.statusDate}) {
        if (fixed->isValid() && !inSupportedRange(*fixed))
            return invalid(tr("Task \u201C%1\u201D has an actual or manual date of %2; Relm schedules dates from %3 "
                              "to %4. Correct the date.")
                               .arg(name, isoDate(fixed->date()), isoDate(firstDate()), isoDate(lastDate())));
    }
    if (t.fixedStart.isValid() && t.fixedFinish.isValid() && t.fixedFinish < t.fixedStart)
        return invalid(tr("Task \u201C%1\u201D finishes (%2) before it starts (%3). Correct its actual dates.")
                           .arg(name, shown_dates::dateTime(t.fixedFinish), shown_dates::dateTime(t.fixedStart)));
    if (t.parent < -1 || t.parent >= n || t.parent == index)
        return invalid(tr("Task \u201C%1\u201D belongs to a summary task that does not exist.").arg(name));
    if (t.calendar < -1 || t.calendar >= int(input.taskCalendars.size()))
        return invalid(tr("Task \u201C%1\u201D uses a calendar that does not exist.").arg(name));
    return std::nullopt;
}

std::optional<Error> checkLink(const ScheduleInput &input, const ScheduleLink &link) {
    const int n = int(input.tasks.size());
    const bool fromExists = link.predecessor >= 0 && link.predecessor < n;
    const bool toExists = link.successor >= 0 && link.successor < n;
    if (!fromExists || !toExists) {
        if (fromExists || toExists)
            return invalid(tr("A dependency of task \u201C%1\u201D refers to a task that does not exist.")
                               .arg(ScheduleValidation::label(input, fromExists ? link.predecessor : link.successor)));
        return invalid(tr("A dependency refers to a task that does not exist."));
    }
    // Names are looked up only for a refusal: this runs over every link of large plans.
    const auto from = [&] {
        return ScheduleValidation::label(input, link.predecessor);
    };
    const auto to = [&] {
        return ScheduleValidation::label(input, link.successor);
    };
    if (link.predecessor == link.successor)
        return invalid(tr("Task \u201C%1\u201D cannot depend on itself. Remove that dependency.").arg(from()));
    if (link.lagIsPercent) {
        if (!std::isfinite(link.lagPercent) || std::abs(link.lagPercent) > kMaxLagPercent)
            return invalid(tr("The dependency from \u201C%1\u201D to \u201C%2\u201D has a lag of %3% of the "
                              "predecessor; Relm schedules lags from -%4% to %4%. Shorten it.")
                               .arg(from(), to())
                               .arg(link.lagPercent)
                               .arg(kMaxLagPercent));
    } else if (link.lag < -kMaxWorkingMinutes || link.lag > kMaxWorkingMinutes) {
        return invalid(tr("The dependency from \u201C%1\u201D to \u201C%2\u201D has a lag of %3; the longest lag "
                          "Relm schedules is %4 either way. Shorten it.")
                           .arg(from(), to(), ScheduleValidation::workingTime(link.lag), longestDuration()));
    }
    return std::nullopt;
}

std::optional<Error> checkFreeze(const FreezeWindow &window) {
    if (!inSupportedRange(window.start) || !inSupportedRange(window.end))
        return invalid(tr("The change freeze \u201C%1\u201D runs from %2 to %3; Relm schedules dates from %4 to %5. "
                          "Correct its dates.")
                           .arg(window.name, window.start.isValid() ? isoDate(window.start.date()) : tr("no date"),
                                window.end.isValid() ? isoDate(window.end.date()) : tr("no date"), isoDate(firstDate()),
                                isoDate(lastDate())));
    return std::nullopt;
}

QString unitText(qint64 count, const char *one, const char *many) {
    return count == 1 || count == -1 ? tr(one).arg(count) : tr(many).arg(count);
}

} // namespace

const QString &ScheduleValidation::label(const ScheduleInput &input, int task) {
    const ScheduleTask &t = input.tasks[size_t(task)];
    return t.name.isEmpty() ? t.id : t.name;
}

QString ScheduleValidation::workingTime(qint64 minutes) {
    if (minutes != 0 && minutes % kMinutesPerWeek == 0)
        return unitText(minutes / kMinutesPerWeek, QT_TRANSLATE_NOOP("relm::ScheduleValidation", "%1 week"),
                        QT_TRANSLATE_NOOP("relm::ScheduleValidation", "%1 weeks"));
    if (minutes != 0 && minutes % kMinutesPerDay == 0)
        return unitText(minutes / kMinutesPerDay, QT_TRANSLATE_NOOP("relm::ScheduleValidation", "%1 day"),
                        QT_TRANSLATE_NOOP("relm::ScheduleValidation", "%1 days"));
    if (minutes != 0 && minutes % 60 == 0)
        return unitText(minutes / 60, QT_TRANSLATE_NOOP("relm::ScheduleValidation", "%1 hour"),
                        QT_TRANSLATE_NOOP("relm::ScheduleValidation", "%1 hours"));
    return unitText(minutes, QT_TRANSLATE_NOOP("relm::ScheduleValidation", "%1 minute"),
                    QT_TRANSLATE_NOOP("relm::ScheduleValidation", "%1 minutes"));
}

Result<void> ScheduleValidation::checkInput(const ScheduleInput &input) {
    if (auto checked = checkAllButLinks(input); !checked)
        return checked;
    for (const ScheduleLink &link : input.links) {
        if (auto e = checkLink(input, link))
            return *e;
    }
    return {};
}

Result<void> ScheduleValidation::checkAllButLinks(const ScheduleInput &input) {
    if (!input.projectStart.isValid())
        return invalid(tr("The schedule needs a project start."));
    if (!inSupportedRange(input.projectStart))
        return invalid(tr("The project starts on %1; Relm schedules dates from %2 to %3. Choose a start in that "
                          "range.")
                           .arg(isoDate(input.projectStart.date()), isoDate(firstDate()), isoDate(lastDate())));
    if (input.statusDate.isValid() && !inSupportedRange(input.statusDate))
        return invalid(tr("The status date is %1; Relm schedules dates from %2 to %3. Choose a status date in that "
                          "range.")
                           .arg(isoDate(input.statusDate.date()), isoDate(firstDate()), isoDate(lastDate())));
    for (size_t i = 0; i < input.tasks.size(); ++i) {
        if (auto e = checkTask(input, int(i)))
            return *e;
    }
    for (const FreezeWindow &window : input.freezeWindows) {
        if (auto e = checkFreeze(window))
            return *e;
    }
    return {};
}

Result<void> ScheduleValidation::checkRiskEvents(const ScheduleInput &input) {
    for (const RiskEvent &risk : input.riskEvents) {
        if (risk.task < 0 || size_t(risk.task) >= input.tasks.size())
            continue; // a risk that threatens no task in this plan does not take part
        const QString &name = label(input, risk.task);
        if (!std::isfinite(risk.probability) || risk.probability < 0 || risk.probability > 1)
            return invalid(tr("A risk on task \u201C%1\u201D has a probability of %2; it must lie between 0 and 1.")
                               .arg(name)
                               .arg(risk.probability));
        if (risk.delay < 0 || risk.delay > kMaxWorkingMinutes)
            return invalid(tr("A risk on task \u201C%1\u201D delays it by %2; Relm simulates delays from none to %3. "
                              "Correct the risk's delay.")
                               .arg(name, workingTime(risk.delay), longestDuration()));
    }
    return {};
}

Result<void> ScheduleValidation::checkWithinHorizon(const ScheduleInput &input, const std::vector<TaskTimes> &times,
                                                    const WorkTimeline &timeline) {
    // One pass for the extremes keeps the usual case cheap; only a refusal looks for the task.
    qint64 lowest = 0;
    qint64 highest = 0;
    for (const TaskTimes &t : times) {
        lowest = std::min({lowest, t.earlyStart, t.lateStart});
        highest = std::max({highest, t.earlyFinish, t.lateFinish});
    }
    if (timeline.contains(lowest) && timeline.contains(highest))
        return {};
    for (size_t i = 0; i < times.size(); ++i) {
        const TaskTimes &t = times[i];
        const QString &name = label(input, int(i));
        for (const qint64 date : {t.earlyStart, t.earlyFinish, t.lateStart, t.lateFinish}) {
            if (timeline.contains(date))
                continue;
            if (date > 0)
                return invalid(tr("Task \u201C%1\u201D would finish after %2: the plan runs past what Relm "
                                  "schedules (%3 years from its start). Shorten durations or lags before it, or "
                                  "move its constraint dates.")
                                   .arg(name, isoDate(timeline.horizonEnd()))
                                   .arg(kHorizonYears));
            return invalid(tr("Task \u201C%1\u201D would start before %2: the plan reaches back further than Relm "
                              "schedules (%3 years before its start). Check negative lags and constraint dates in "
                              "the past.")
                               .arg(name, isoDate(timeline.horizonStart()))
                               .arg(kHorizonYears));
        }
    }
    return {};
}

} // namespace relm

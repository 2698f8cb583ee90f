// Field rules for the change calendar's records: windows and change board meetings.
#include "domain/Validation.h"
#include "i18n/ShownDates.h"

#include "calendar/WindowOccurrences.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace relm::validation {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::validation", text);
}

Result<void> invalid(const QString &message) {
    return makeError(ErrorCode::Invalid, message);
}

/// The longest a window may last so that its occurrences never overlap one another.
qint64 longestSpanDays(const Recurrence &rule) {
    switch (rule.frequency) {
    case Recurrence::Frequency::Once:
        return 366;
    case Recurrence::Frequency::Weekly:
        return rule.weekdays.size() > 1 ? 1 : 7 * rule.interval;
    case Recurrence::Frequency::Monthly:
        return 28 * rule.interval;
    case Recurrence::Frequency::Yearly:
        return 365;
    }
    return 366;
}

Result<void> checkRule(const ChangeWindow &w) {
    const Recurrence &r = w.recurrence;
    if (!r.repeats())
        return {};
    if (r.interval < 1 || r.interval > 99)
        return invalid(tr("A window repeats every 1 to 99 weeks, months or years."));
    if (r.monthDay < -31 || r.monthDay > 31)
        return invalid(tr("A day of the month is 1 to 31, or -1 (the last day) to -31."));
    if (r.ordinal < -5 || r.ordinal > 5)
        return invalid(tr("A weekday in the month is the 1st to the 5th, or -1 (the last) to -5."));
    if (r.month < 0 || r.month > 12)
        return invalid(tr("A month is 1 to 12."));
    if (r.until.isValid() && r.until < w.start.date())
        return invalid(tr("The repetition ends on %1, before the window first starts (%2).")
                           .arg(shown_dates::date(r.until), shown_dates::date(w.start.date())));
    if (auto e = checkDateInRange(r.until, tr("The repetition's end")); !e)
        return e;
    const qint64 span = w.start.date().daysTo(w.end.date());
    if (span > longestSpanDays(r))
        return invalid(tr("A window that repeats %1 lasts at most %2 days, so that one occurrence ends before the "
                          "next begins; this one lasts %3.")
                           .arg(r.describe())
                           .arg(longestSpanDays(r))
                           .arg(span));
    if (!window_occurrences::startFollowsRule(w)) {
        const QDate next = window_occurrences::firstDayFrom(r, w.start.date());
        return invalid(tr("The window first starts on %1, a day its rule (%2) does not produce. Start it on %3, "
                          "the first day the rule gives.")
                           .arg(shown_dates::date(w.start.date()), r.describe(), shown_dates::date(next)));
    }
    return {};
}

} // namespace

Result<void> checkTimeZone(const QByteArray &zone) {
    // Any zone the zone database has, also those the id list leaves out (Etc/UTC, CET).
    if (zone.isEmpty() || zone.size() > 64 || !QTimeZone(zone).isValid())
        return invalid(tr("\u201C%1\u201D is not a time zone this computer knows. Use an IANA name such as "
                          "Europe/Berlin, America/New_York or UTC.")
                           .arg(QString::fromUtf8(zone.left(80))));
    return {};
}

Result<void> check(const ChangeWindow &w) {
    if (auto r = checkName(w.name, tr("A window needs a name.")); !r)
        return r;
    if (auto r = checkText(w.reason, {}, 2000); !r)
        return r;
    if (!w.start.isValid() || !w.end.isValid() || w.end <= w.start)
        return invalid(tr("A window ends after it starts."));
    if (auto r = checkDateInRange(w.start.date(), tr("The window's start")); !r)
        return r;
    if (auto r = checkDateInRange(w.end.date(), tr("The window's end")); !r)
        return r;
    if (w.start.date().daysTo(w.end.date()) > 366)
        return invalid(tr("A window lasts at most a year; split a longer one."));
    if (auto r = checkTimeZone(w.timeZone); !r)
        return r;
    for (const QString &service : w.scope.services) {
        if (auto r = checkName(service, tr("A service in the scope needs a name.")); !r)
            return r;
    }
    return checkRule(w);
}

Result<void> check(const CabMeeting &m) {
    if (auto r = checkName(m.title, tr("A meeting needs a title.")); !r)
        return r;
    if (auto r = checkName(m.location, {}); !r && !m.location.isEmpty())
        return r;
    if (!m.start.isValid())
        return invalid(tr("A meeting needs a date and time."));
    if (auto r = checkDateInRange(m.start.date(), tr("The meeting's date")); !r)
        return r;
    if (m.minutes < 5 || m.minutes > 24 * 60)
        return invalid(tr("A meeting lasts 5 minutes to 24 hours."));
    if (m.horizonDays < 1 || m.horizonDays > 92)
        return invalid(tr("A meeting's agenda looks 1 to 92 days ahead."));
    return checkTimeZone(m.timeZone);
}

} // namespace relm::validation

#include "MspdiCalendars.h"

#include "schedule/ScheduleLimits.h"

#include <QCoreApplication>

#include <algorithm>

namespace relm::mspdi {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::MspdiReader", text);
}

/// One exception period is read for at most this many days (about ten years).
constexpr qint64 kExceptionSpanDays = 3700;
/// Calendars based on calendars based on ... deeper than this are a loop or not meant.
constexpr int kMaxBaseDepth = 16;

Error refuse(const QString &source, const QString &message) {
    return makeError(ErrorCode::Invalid, tr("\u201C%1\u201D cannot be imported: %2").arg(source, message));
}

} // namespace

WorkCalendar roundTheClock() {
    WorkCalendar calendar;
    calendar.name = tr("24 Hours (elapsed time)");
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        calendar.setWeekday(day, {{0, 24 * 60}});
    return calendar;
}

CalendarResolver::CalendarResolver(const QList<RawCalendar> &calendars, QString source)
    : m_calendars(calendars)
    , m_source(std::move(source)) {}

const RawCalendar *CalendarResolver::find(int uid) const {
    const auto it =
        std::find_if(m_calendars.cbegin(), m_calendars.cend(), [uid](const RawCalendar &c) { return c.uid == uid; });
    return it == m_calendars.cend() ? nullptr : &*it;
}

Result<std::optional<WorkCalendar>> CalendarResolver::resolve(int uid) const {
    const RawCalendar *raw = find(uid);
    if (!raw)
        return std::optional<WorkCalendar>();
    auto calendar = resolve(*raw, 0);
    if (!calendar)
        return calendar.error();
    return std::optional<WorkCalendar>(*calendar);
}

Result<WorkCalendar> CalendarResolver::resolve(const RawCalendar &raw, int depth) const {
    if (!raw.problem.isEmpty())
        return refuse(m_source,
                      tr("the calendar \u201C%1\u201D has a value Relm cannot read: %2.").arg(raw.name, raw.problem));
    if (depth > kMaxBaseDepth)
        return refuse(m_source, tr("the calendar \u201C%1\u201D is based on calendars that are based on it again. "
                                   "Give it a base calendar that is not derived from it.")
                                    .arg(raw.name));
    WorkCalendar calendar = WorkCalendar::standard();
    if (const RawCalendar *base = raw.baseUid >= 0 && raw.baseUid != raw.uid ? find(raw.baseUid) : nullptr) {
        auto inherited = resolve(*base, depth + 1);
        if (!inherited)
            return inherited.error();
        calendar = *inherited;
    }
    calendar.name = raw.name;
    // MSPDI numbers days from Sunday (1); Qt from Monday (1).
    for (auto it = raw.week.cbegin(); it != raw.week.cend(); ++it)
        calendar.setWeekday(it.key() == 1 ? Qt::Sunday : it.key() - 1, *it);
    // Files from Project 2007 on write each exception twice, in the old and the new form.
    const QList<RawException> &exceptions = raw.exceptions.isEmpty() ? raw.weekDayExceptions : raw.exceptions;
    // Counted before any is stored, so that a file listing absurdly many costs nothing.
    qint64 days = 0;
    for (const RawException &e : exceptions) {
        if (e.from.isValid() && e.to.isValid() && e.from <= e.to)
            days += std::min<qint64>(e.from.daysTo(e.to) + 1, kExceptionSpanDays);
    }
    if (days > scheduleLimits::kMaxExceptionDays)
        return refuse(m_source, tr("its calendar \u201C%1\u201D lists %2 exception days, more than the %3 Relm reads "
                                   "(every day from %4 to %5). Remove exceptions that lie far outside the plan.")
                                    .arg(raw.name)
                                    .arg(days)
                                    .arg(scheduleLimits::kMaxExceptionDays)
                                    .arg(scheduleLimits::kFirstYear)
                                    .arg(scheduleLimits::kLastYear));
    for (const RawException &e : exceptions) {
        for (const QDate &date : exceptionDates(e, kExceptionSpanDays))
            calendar.setException(date, e.intervals);
    }
    return calendar;
}

} // namespace relm::mspdi

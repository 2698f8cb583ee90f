#include "WindowOccurrences.h"

#include "i18n/ShownDates.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace relm::window_occurrences {

namespace {

QTimeZone zoneOf(const QByteArray &id) {
    const QTimeZone zone(id);
    return zone.isValid() ? zone : QTimeZone::utc();
}

QDate mondayOf(const QDate &day) {
    return day.addDays(1 - day.dayOfWeek());
}

/// The n-th (1..5, or -1..-5 from the end) given weekday of a month; invalid when there is none.
QDate nthWeekday(int year, int month, int ordinal, Qt::DayOfWeek weekday) {
    const QDate first(year, month, 1);
    if (ordinal > 0) {
        const int offset = (int(weekday) - first.dayOfWeek() + 7) % 7;
        const QDate day = first.addDays(offset + 7 * (ordinal - 1));
        return day.month() == month ? day : QDate();
    }
    const QDate last(year, month, first.daysInMonth());
    const int offset = (last.dayOfWeek() - int(weekday) + 7) % 7;
    const QDate day = last.addDays(-offset - 7 * (-ordinal - 1));
    return day.month() == month ? day : QDate();
}

/// The rule's day within a month, or invalid when the month has none (a 31st in April).
QDate dayInMonth(const Recurrence &rule, int year, int month, const QDate &anchor) {
    if (rule.ordinal != 0)
        return nthWeekday(year, month, rule.ordinal, rule.ordinalDay);
    const int length = QDate(year, month, 1).daysInMonth();
    int day = rule.monthDay > 0 ? rule.monthDay : rule.monthDay < 0 ? length + rule.monthDay + 1 : anchor.day();
    if (day < 1 || day > length)
        return {};
    return QDate(year, month, day);
}

/// The days of the rule's n-th period (week, month or year) counted from the anchor's.
QList<QDate> daysOfPeriod(const Recurrence &rule, const QDate &anchor, qint64 period) {
    QList<QDate> days;
    switch (rule.frequency) {
    case Recurrence::Frequency::Once:
        if (period == 0)
            days.append(anchor);
        break;
    case Recurrence::Frequency::Weekly: {
        const QDate monday = mondayOf(anchor).addDays(7 * rule.interval * period);
        QList<Qt::DayOfWeek> weekdays = rule.weekdays;
        if (weekdays.isEmpty())
            weekdays.append(Qt::DayOfWeek(anchor.dayOfWeek()));
        std::sort(weekdays.begin(), weekdays.end());
        for (Qt::DayOfWeek d : weekdays)
            days.append(monday.addDays(int(d) - 1));
        break;
    }
    case Recurrence::Frequency::Monthly: {
        const QDate first = QDate(anchor.year(), anchor.month(), 1).addMonths(int(rule.interval * period));
        if (const QDate day = dayInMonth(rule, first.year(), first.month(), anchor); day.isValid())
            days.append(day);
        break;
    }
    case Recurrence::Frequency::Yearly: {
        const int year = anchor.year() + int(rule.interval * period);
        const int month = rule.month > 0 ? rule.month : anchor.month();
        if (const QDate day = dayInMonth(rule, year, month, anchor); day.isValid())
            days.append(day);
        break;
    }
    }
    return days;
}

/// How many whole periods lie between the anchor and a later day (a lower bound, for skipping).
qint64 periodsBefore(const Recurrence &rule, const QDate &anchor, const QDate &day) {
    if (!day.isValid() || day <= anchor)
        return 0;
    qint64 span = 0;
    switch (rule.frequency) {
    case Recurrence::Frequency::Once:
        return 0;
    case Recurrence::Frequency::Weekly:
        span = mondayOf(anchor).daysTo(mondayOf(day)) / 7;
        break;
    case Recurrence::Frequency::Monthly:
        span = (day.year() - anchor.year()) * 12 + (day.month() - anchor.month());
        break;
    case Recurrence::Frequency::Yearly:
        span = day.year() - anchor.year();
        break;
    }
    return std::max<qint64>(0, span / std::max(1, rule.interval) - 1);
}

/// The rule within the bounds the arithmetic above relies on: a stored rule is read as written
/// (edited outside Relm, say), and must never loop, overflow or repeat one day forever.
Recurrence bounded(Recurrence rule) {
    rule.interval = std::clamp(rule.interval, 1, 1000);
    rule.ordinal = std::clamp(rule.ordinal, -5, 5);
    rule.monthDay = std::clamp(rule.monthDay, -31, 31);
    if (rule.month < 0 || rule.month > 12)
        rule.month = 0;
    return rule;
}

WindowOccurrence occurrenceOn(const ChangeWindow &w, const QTimeZone &zone, const QDate &day, qint64 spanDays) {
    WindowOccurrence o;
    o.windowId = w.id;
    o.name = w.name;
    o.kind = w.kind;
    o.start = wallClockToUtc(day, w.start.time(), zone);
    o.end = wallClockToUtc(day.addDays(spanDays), w.end.time(), zone);
    o.scope = w.scope;
    o.overrideRole = w.overrideRole;
    o.timeZone = w.timeZone;
    return o;
}

} // namespace

QList<WindowOccurrence> of(const ChangeWindow &w, const QDateTime &from, const QDateTime &to) {
    QList<WindowOccurrence> result;
    if (!w.start.isValid() || !w.end.isValid() || !from.isValid() || !to.isValid() || to <= from)
        return result;
    const QTimeZone zone = zoneOf(w.timeZone);
    const QDate anchor = w.start.date();
    const qint64 spanDays = anchor.daysTo(w.end.date());
    const Recurrence rule = bounded(w.recurrence);
    // Skip the periods that end before `from` (an occurrence lasts at most spanDays + 1 days).
    const QDate firstUseful = from.toTimeZone(zone).date().addDays(-spanDays - 2);
    for (qint64 period = periodsBefore(rule, anchor, firstUseful); result.size() < kMaximumOccurrences; ++period) {
        const QList<QDate> days = daysOfPeriod(rule, anchor, period);
        if (days.isEmpty() && rule.frequency == Recurrence::Frequency::Once)
            break;
        bool pastEnd = false;
        for (const QDate &day : days) {
            if (day < anchor)
                continue;
            if ((rule.until.isValid() && day > rule.until) || day > to.toTimeZone(zone).date().addDays(1)) {
                pastEnd = true;
                break;
            }
            WindowOccurrence o = occurrenceOn(w, zone, day, spanDays);
            if (o.start >= to) {
                pastEnd = true;
                break;
            }
            if (o.end > from && o.end > o.start)
                result.append(o);
        }
        if (pastEnd || rule.frequency == Recurrence::Frequency::Once)
            break;
        // A monthly rule on the 31st can skip months, never a whole year's worth.
        if (period > 100000)
            break;
    }
    return result;
}

QList<WindowOccurrence> of(const QList<ChangeWindow> &windows, const QDateTime &from, const QDateTime &to) {
    QList<WindowOccurrence> result;
    for (const ChangeWindow &w : windows)
        result.append(of(w, from, to));
    std::stable_sort(result.begin(), result.end(),
                     [](const WindowOccurrence &a, const WindowOccurrence &b) { return a.start < b.start; });
    return result;
}

bool startFollowsRule(const ChangeWindow &window) {
    if (!window.recurrence.repeats())
        return true;
    return daysOfPeriod(bounded(window.recurrence), window.start.date(), 0).contains(window.start.date());
}

QDate firstDayFrom(const Recurrence &given, const QDate &day) {
    const Recurrence rule = bounded(given);
    if (!rule.repeats() || !day.isValid())
        return day;
    for (qint64 period = 0; period < 400; ++period) {
        for (const QDate &d : daysOfPeriod(rule, day, period)) {
            if (d >= day)
                return d;
        }
    }
    return day;
}

bool appliesTo(const WindowScope &scope, const DeploymentTarget &target) {
    if (!scope.environmentIds.isEmpty() && !scope.environmentIds.contains(target.environmentId))
        return false;
    if (!scope.services.isEmpty() &&
        std::none_of(scope.services.cbegin(), scope.services.cend(),
                     [&](const QString &s) { return s.compare(target.service, Qt::CaseInsensitive) == 0; }))
        return false;
    if (!scope.componentIds.isEmpty() && std::none_of(scope.componentIds.cbegin(), scope.componentIds.cend(),
                                                      [&](Id id) { return target.componentIds.contains(id); }))
        return false;
    return true;
}

QList<WindowOccurrence> freezesTouching(const QList<ChangeWindow> &windows, const DeploymentTarget &target,
                                        const QDateTime &start, const QDateTime &end) {
    QList<WindowOccurrence> result;
    if (!start.isValid())
        return result;
    const QDateTime from = start.toUTC();
    const QDateTime until = end.isValid() && end > start ? end.toUTC() : from.addSecs(1);
    for (const ChangeWindow &w : windows) {
        if (w.kind == WindowKind::Freeze && appliesTo(w.scope, target))
            result.append(of(w, from, until));
    }
    return result;
}

Table::Table(QList<ChangeWindow> windows, const QDateTime &from, const QDateTime &to)
    : m_windows(std::move(windows))
    , m_from(from.toUTC())
    , m_to(to.toUTC()) {
    m_byStart = of(m_windows, m_from, m_to);
    for (const WindowOccurrence &o : std::as_const(m_byStart))
        m_longest = std::max(m_longest, o.start.secsTo(o.end));
}

bool Table::covers(const QDateTime &from, const QDateTime &to) const {
    return m_from.isValid() && m_to.isValid() && from >= m_from && to <= m_to;
}

QList<WindowOccurrence>::const_iterator Table::firstStartingAt(const QDateTime &t) const {
    return std::lower_bound(m_byStart.cbegin(), m_byStart.cend(), t,
                            [](const WindowOccurrence &o, const QDateTime &at) { return o.start < at; });
}

QList<WindowOccurrence> Table::touching(const DeploymentTarget &target, const QDateTime &start,
                                        const QDateTime &end) const {
    QList<WindowOccurrence> result;
    if (!start.isValid())
        return result;
    const QDateTime from = start.toUTC();
    const QDateTime until = end.isValid() && end > start ? end.toUTC() : from.addSecs(1);
    if (!covers(from, until)) {
        for (const ChangeWindow &w : m_windows) {
            if (appliesTo(w.scope, target))
                result.append(of(w, from, until));
        }
        return result;
    }
    // An occurrence overlapping [from, until) starts at most the longest occurrence before `from`.
    for (auto it = firstStartingAt(from.addSecs(-m_longest)); it != m_byStart.cend() && it->start < until; ++it) {
        if (it->end > from && appliesTo(it->scope, target))
            result.append(*it);
    }
    return result;
}

QList<WindowOccurrence> Table::startingIn(const QDateTime &from, const QDateTime &to) const {
    QList<WindowOccurrence> result;
    if (!covers(from, to)) {
        for (const WindowOccurrence &o : of(m_windows, from, to)) {
            if (o.start >= from)
                result.append(o);
        }
        return result;
    }
    for (auto it = firstStartingAt(from); it != m_byStart.cend() && it->start < to; ++it)
        result.append(*it);
    return result;
}

QString describe(const WindowOccurrence &o) {
    const QTimeZone zone = zoneOf(o.timeZone);
    const auto local = [&](const QDateTime &t) {
        const QDateTime there = t.toTimeZone(zone);
        return shown_dates::style() == shown_dates::Style::Iso
                   ? there.toString(u"yyyy-MM-dd HH:mm"_s)
                   : QLocale().toString(there, shown_dates::localeDateTimeFormat());
    };
    return QCoreApplication::translate("relm::window_occurrences", "%1 (%2 to %3 %4)")
        .arg(o.name, local(o.start), local(o.end), QString::fromUtf8(zone.id()));
}

} // namespace relm::window_occurrences

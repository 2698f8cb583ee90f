#include "import/MspdiElements.h"

#include <algorithm>

namespace relm::mspdi {

namespace {

/// Days of the week as MSPDI numbers them in masks and items: Sunday first.
int sundayFirst(const QDate &date) {
    return date.dayOfWeek() % 7; // Qt: Monday 1 ... Sunday 7
}

bool isWeekend(const QDate &date) {
    return date.dayOfWeek() >= Qt::Saturday;
}

/// Whether a date is the kind of day a by-position rule counts (any day, a weekday, a weekend day,
/// or one named day).
bool isItem(const QDate &date, int item) {
    switch (item) {
    case 0:
        return true;
    case 1:
        return !isWeekend(date);
    case 2:
        return isWeekend(date);
    default:
        return item >= 3 && item <= 9 && sundayFirst(date) == item - 3;
    }
}

/// Whether the date is the first, second, third, fourth or last of its kind in its month.
bool isAtPosition(const QDate &date, int item, int position) {
    if (!isItem(date, item))
        return false;
    if (position >= 4) {
        for (QDate d = date.addDays(1); d.month() == date.month(); d = d.addDays(1)) {
            if (isItem(d, item))
                return false;
        }
        return true;
    }
    int before = 0;
    for (QDate d = QDate(date.year(), date.month(), 1); d < date; d = d.addDays(1))
        before += isItem(d, item) ? 1 : 0;
    return before == position;
}

int monthsBetween(const QDate &from, const QDate &to) {
    return (to.year() - from.year()) * 12 + to.month() - from.month();
}

/// Whether a rule repeating every `period` units (counted from the exception's first date) falls
/// on this date.
bool matches(const RawException &e, const QDate &first, const QDate &date) {
    const int period = std::max(1, e.period);
    const qint64 days = first.daysTo(date);
    switch (e.type) {
    case 2:
        return date.month() == e.month + 1 && date.day() == e.monthDay;
    case 3:
        return date.month() == e.month + 1 && isAtPosition(date, e.monthItem, e.monthPosition);
    case 4:
        return monthsBetween(first, date) % period == 0 && date.day() == e.monthDay;
    case 5:
        return monthsBetween(first, date) % period == 0 && isAtPosition(date, e.monthItem, e.monthPosition);
    case 6: {
        // Weeks run from Sunday; the rule counts whole weeks from the week of its first date.
        const qint64 weeks = (days + sundayFirst(first)) / 7;
        return weeks % period == 0 && (e.daysOfWeek & (1 << sundayFirst(date))) != 0;
    }
    case 7:
        return days % period == 0;
    case 8:
        return !isWeekend(date);
    default:
        return true; // daily
    }
}

} // namespace

QList<QDate> exceptionDates(const RawException &e, qint64 limit) {
    QList<QDate> dates;
    if (!e.from.isValid() || !e.to.isValid() || e.to < e.from)
        return dates;
    const QDate last = std::min(e.to, e.from.addDays(limit - 1));
    int weekdaysSeen = 0;
    for (QDate d = e.from; d <= last; d = d.addDays(1)) {
        if (e.recurring && e.type == 8) {
            // Every n-th weekday: count the weekdays as they pass.
            if (isWeekend(d) || weekdaysSeen++ % std::max(1, e.period) != 0)
                continue;
        } else if (e.recurring && !matches(e, e.from, d)) {
            continue;
        }
        dates.append(d);
        if (e.recurring && e.occurrences > 0 && dates.size() >= e.occurrences)
            break;
    }
    return dates;
}

} // namespace relm::mspdi

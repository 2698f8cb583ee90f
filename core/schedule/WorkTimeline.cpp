#include "WorkTimeline.h"

#include "schedule/ScheduleLimits.h"

#include <algorithm>

namespace relm {

namespace {

constexpr int kMinutesInDay = 24 * 60;

int minutesOf(const QList<WorkInterval> &intervals) {
    int total = 0;
    for (const WorkInterval &i : intervals)
        total += i.end - i.start;
    return total;
}

/// Working minutes of a day that lie before a minute of that day.
int minutesBefore(const QList<WorkInterval> &intervals, int minute) {
    int total = 0;
    for (const WorkInterval &i : intervals)
        total += std::clamp(minute, i.start, i.end) - i.start;
    return total;
}

bool isNormalised(const QList<WorkInterval> &intervals) {
    int previousEnd = 0;
    for (const WorkInterval &i : intervals) {
        if (i.start < previousEnd || i.end <= i.start || i.end > kMinutesInDay)
            return false;
        previousEnd = i.end;
    }
    return true;
}

/// Intervals within the day, sorted and merged: the arithmetic below relies on that, and a calendar
/// read from a file or the database may hold anything (reversed, overlapping, past midnight).
QList<WorkInterval> normalised(QList<WorkInterval> intervals) {
    if (isNormalised(intervals))
        return intervals; // the usual case: shared, not copied
    for (WorkInterval &i : intervals) {
        i.start = std::clamp(i.start, 0, kMinutesInDay);
        i.end = std::clamp(i.end, 0, kMinutesInDay);
    }
    intervals.removeIf([](const WorkInterval &i) { return i.end <= i.start; });
    std::sort(intervals.begin(), intervals.end(),
              [](const WorkInterval &a, const WorkInterval &b) { return a.start < b.start; });
    QList<WorkInterval> merged;
    for (const WorkInterval &i : intervals) {
        if (!merged.isEmpty() && i.start <= merged.last().end)
            merged.last().end = std::max(merged.last().end, i.end);
        else
            merged.append(i);
    }
    return merged;
}

int minuteOf(const QTime &time) {
    return time.hour() * 60 + time.minute();
}

} // namespace

WorkTimeline::WorkTimeline(WorkCalendar calendar, QDateTime origin)
    : WorkTimeline(std::move(calendar), std::move(origin), scheduleLimits::kHorizonYears) {}

WorkTimeline::WorkTimeline(WorkCalendar calendar, QDateTime origin, int horizonYears)
    : m_calendar(std::move(calendar))
    , m_origin(std::move(origin))
    , m_originDate(m_origin.date())
    , m_originMinute(minuteOf(m_origin.time()))
    , m_daysBefore(std::max<qint64>(1, m_originDate.addYears(-std::max(1, horizonYears)).daysTo(m_originDate)))
    , m_daysAfter(std::max<qint64>(1, m_originDate.daysTo(m_originDate.addYears(std::max(1, horizonYears))))) {
    bool working = false;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        working = working || !normalised(m_calendar.weekday(day)).isEmpty();
    if (!working) {
        // A calendar without working time would never finish anything: treat it as round the clock.
        for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
            m_calendar.setWeekday(day, {{0, kMinutesInDay}});
    }
    Day first = makeDay(0, 0);
    first.before = -minutesBefore(first.intervals, m_originMinute);
    first.end = first.before + minutesOf(first.intervals);
    m_forward.push_back(std::move(first));

    // Any seven days in a row hold each weekday once; an exception takes at most a day's minutes away.
    qint64 week = 0;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        week += minutesOf(normalised(m_calendar.weekday(day)));
    const qint64 lost = qint64(m_calendar.exceptions().size()) * kMinutesInDay;
    m_surelyAfter = std::max<qint64>(0, m_daysAfter / 7 * week - lost);
    m_surelyBefore = std::max<qint64>(0, m_daysBefore / 7 * week - lost);
}

WorkTimeline::Day WorkTimeline::makeDay(qint64 index, qint64 before) const {
    Day day;
    day.intervals = normalised(m_calendar.intervals(m_originDate.addDays(index)));
    day.before = before;
    day.end = before + minutesOf(day.intervals);
    return day;
}

void WorkTimeline::extendToIndex(qint64 index) const {
    index = std::clamp(index, -m_daysBefore, m_daysAfter);
    while (qint64(m_forward.size()) <= index)
        m_forward.push_back(makeDay(qint64(m_forward.size()), m_forward.back().end));
    while (-qint64(m_backward.size()) - 1 >= index) {
        const qint64 after = m_backward.empty() ? m_forward.front().before : m_backward.back().before;
        Day previous = makeDay(-qint64(m_backward.size()) - 1, 0);
        previous.before = after - minutesOf(previous.intervals);
        previous.end = after;
        m_backward.push_back(std::move(previous));
    }
}

void WorkTimeline::extendForwardTo(qint64 offset, bool inclusive) const {
    // Doubling keeps the number of calls logarithmic; the horizon bounds the days.
    while ((inclusive ? lastIndexed() < offset : lastIndexed() <= offset) && qint64(m_forward.size()) <= m_daysAfter)
        extendToIndex(qint64(m_forward.size()) * 2 + 8);
}

void WorkTimeline::extendBackwardTo(qint64 offset, bool inclusive) const {
    while ((inclusive ? firstIndexed() > offset : firstIndexed() >= offset) && qint64(m_backward.size()) < m_daysBefore)
        extendToIndex(-qint64(m_backward.size()) * 2 - 8);
}

const WorkTimeline::Day &WorkTimeline::day(qint64 index) const {
    extendToIndex(index);
    index = std::clamp(index, -m_daysBefore, m_daysAfter);
    return index >= 0 ? m_forward.at(size_t(index)) : m_backward.at(size_t(-index - 1));
}

qint64 WorkTimeline::offsetAt(const QDateTime &instant) const {
    const qint64 index = m_originDate.daysTo(instant.date());
    if (index > m_daysAfter)
        return day(m_daysAfter).end + 1;
    if (index < -m_daysBefore)
        return day(-m_daysBefore).before - 1;
    const Day &d = day(index);
    return d.before + minutesBefore(d.intervals, minuteOf(instant.time()));
}

bool WorkTimeline::contains(qint64 offset) const {
    // Plans far inside the horizon are answered without indexing the days up to them.
    const Day &first = m_forward.front();
    if (offset >= first.before) {
        if (offset <= lastIndexed() || offset - first.end <= m_surelyAfter)
            return true;
        extendForwardTo(offset, true);
        return offset <= lastIndexed();
    }
    if (offset >= firstIndexed() || first.before - offset <= m_surelyBefore)
        return true;
    extendBackwardTo(offset, true);
    return offset >= firstIndexed();
}

QDateTime WorkTimeline::instantAt(qint64 offset, Edge edge) const {
    const Position at = positionAt(offset, edge);
    switch (at.kind) {
    case Position::Kind::Origin:
        return m_origin; // nothing was worked since the origin: a finish there is the start itself
    case Position::Kind::AfterHorizon:
        return QDateTime(horizonEnd().addDays(1), QTime(0, 0), m_origin.timeSpec());
    case Position::Kind::BeforeHorizon:
        return QDateTime(horizonStart(), QTime(0, 0), m_origin.timeSpec());
    case Position::Kind::Day:
        break;
    }
    return dateTimeAt(at.day, at.minute);
}

WorkTimeline::Position WorkTimeline::positionAt(qint64 offset, Edge edge) const {
    const Day &first = m_forward.front();
    if (edge == Edge::Finish && offset == 0 && first.before == 0)
        return {Position::Kind::Origin};
    // Find the day holding the offset: for a start, the day whose working time continues after
    // it; for a finish, the day whose working time reaches it. `before` and `end` never decrease
    // from day to day, so both are binary searches over the indexed days.
    qint64 index = 0;
    if (offset > first.before || (offset == first.before && edge == Edge::Start)) {
        extendForwardTo(offset, edge == Edge::Finish);
        const auto it = std::partition_point(m_forward.begin(), m_forward.end(), [&](const Day &d) {
            return edge == Edge::Start ? d.end <= offset : d.end < offset;
        });
        if (it == m_forward.end())
            return {Position::Kind::AfterHorizon};
        index = it - m_forward.begin();
    } else {
        extendBackwardTo(offset, edge == Edge::Start);
        const auto it = std::partition_point(m_backward.begin(), m_backward.end(), [&](const Day &d) {
            return edge == Edge::Start ? d.before > offset : d.before >= offset;
        });
        if (it == m_backward.end())
            return {Position::Kind::BeforeHorizon};
        index = -(it - m_backward.begin()) - 1;
    }
    const Day &d = day(index);
    qint64 remaining = offset - d.before;
    for (const WorkInterval &i : d.intervals) {
        const int length = i.end - i.start;
        if (edge == Edge::Start ? remaining < length : remaining <= length) {
            const int minute = int(i.start + remaining);
            if (minute >= kMinutesInDay)
                return {Position::Kind::Day, index + 1, 0};
            return {Position::Kind::Day, index, minute};
        }
        remaining -= length;
    }
    return {Position::Kind::Day, index, 0}; // not reached
}

bool WorkTimeline::clockMovesNear(qint64 index) const {
    const Day &d = day(index);
    if (d.clockMoves < 0) {
        // A day whose wall clock jumps (daylight saving) has minutes that are not there, or there
        // twice: noon the day before and noon the day after differ in their offset from UTC.
        const auto offsetAtNoon = [this](qint64 i) {
            return QDateTime(m_originDate.addDays(i), QTime(12, 0), m_origin.timeSpec()).offsetFromUtc();
        };
        const bool fixed = m_origin.timeSpec() == Qt::UTC || m_origin.timeSpec() == Qt::OffsetFromUTC;
        d.clockMoves = !fixed && offsetAtNoon(index - 1) != offsetAtNoon(index + 1) ? 1 : 0;
    }
    return d.clockMoves == 1;
}

qint64 WorkTimeline::offsetFrom(const WorkTimeline &other, qint64 offset, Edge edge) const {
    // Two timelines of one plan share the wall clock: a day and minute on one is the same day and
    // minute on the other, with no date-time built in between, except where the clock jumps.
    const Position at = other.positionAt(offset, edge);
    if (at.kind == Position::Kind::Day && m_origin.timeSpec() == other.m_origin.timeSpec()) {
        const qint64 index = m_originDate.daysTo(other.m_originDate) + at.day;
        if (index >= -m_daysBefore && index <= m_daysAfter && !clockMovesNear(index)) {
            const Day &d = day(index);
            return d.before + minutesBefore(d.intervals, at.minute);
        }
    }
    return offsetAt(other.instantAt(offset, edge));
}

QDateTime WorkTimeline::dateTimeAt(qint64 index, int minute) const {
    if (minute >= kMinutesInDay) {
        ++index;
        minute = 0;
    }
    // Building a local date-time asks the time zone for its offset, which costs more than the rest
    // of the conversion; a plan's tasks start and finish at few distinct minutes, so a small
    // direct-mapped memo answers most of them.
    if (m_memo.empty())
        m_memo.resize(kMemoSlots);
    const qint64 key = index * kMinutesInDay + minute;
    Memo &slot = m_memo[(quint64(key) * 0x9E3779B97F4A7C15ull) >> (64 - kMemoBits)];
    if (slot.key != key || !slot.instant.isValid()) {
        // Built from date and clock time (not by adding seconds) so daylight-saving days stay right.
        slot.key = key;
        slot.instant = QDateTime(m_originDate.addDays(index), QTime(minute / 60, minute % 60), m_origin.timeSpec());
    }
    return slot.instant;
}

} // namespace relm

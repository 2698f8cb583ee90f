#include "WorkTimeline.h"

#include <algorithm>

namespace relm {

namespace {

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

} // namespace

WorkTimeline::WorkTimeline(WorkCalendar calendar, QDateTime origin)
    : m_calendar(std::move(calendar))
    , m_origin(std::move(origin))
    , m_originDate(m_origin.date())
    , m_originMinute(m_origin.time().hour() * 60 + m_origin.time().minute()) {
    if (!m_calendar.hasWorkingTime()) {
        // A calendar without working time would never finish anything: treat it as round the clock.
        for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
            m_calendar.setWeekday(day, {{0, 24 * 60}});
    }
    Day first;
    first.intervals = m_calendar.intervals(m_originDate);
    first.before = -minutesBefore(first.intervals, m_originMinute);
    m_forward.push_back(first);
}

void WorkTimeline::extendTo(qint64 index) const {
    while (qint64(m_forward.size()) <= index) {
        const Day &last = m_forward.back();
        Day next;
        next.before = last.before + minutesOf(last.intervals);
        next.intervals = m_calendar.intervals(m_originDate.addDays(qint64(m_forward.size())));
        m_forward.push_back(std::move(next));
    }
    while (-qint64(m_backward.size()) - 1 >= index) {
        const Day &after = m_backward.empty() ? m_forward.front() : m_backward.back();
        Day previous;
        previous.intervals = m_calendar.intervals(m_originDate.addDays(-qint64(m_backward.size()) - 1));
        previous.before = after.before - minutesOf(previous.intervals);
        m_backward.push_back(std::move(previous));
    }
}

const WorkTimeline::Day &WorkTimeline::day(qint64 index) const {
    extendTo(index);
    return index >= 0 ? m_forward.at(size_t(index)) : m_backward.at(size_t(-index - 1));
}

qint64 WorkTimeline::offsetAt(const QDateTime &instant) const {
    const qint64 index = m_originDate.daysTo(instant.date());
    const Day &d = day(index);
    return d.before + minutesBefore(d.intervals, instant.time().hour() * 60 + instant.time().minute());
}

QDateTime WorkTimeline::instantAt(qint64 offset, Edge edge) const {
    // Find the day holding the offset: for a start, the day whose working time continues after
    // it; for a finish, the day whose working time reaches it.
    auto holds = [edge](const Day &d, qint64 value) {
        const qint64 end = d.before + minutesOf(d.intervals);
        return edge == Edge::Start ? (d.before <= value && value < end) : (d.before < value && value <= end);
    };
    qint64 index = 0;
    const bool forward = edge == Edge::Start ? offset >= m_forward.front().before : offset > m_forward.front().before;
    if (forward) {
        // Make sure the indexed days reach the offset, then binary-search them.
        while (m_forward.back().before + minutesOf(m_forward.back().intervals) <= offset)
            extendTo(qint64(m_forward.size()) * 2 + 8);
        auto it = std::lower_bound(m_forward.begin(), m_forward.end(), offset, [edge](const Day &d, qint64 value) {
            const qint64 end = d.before + minutesOf(d.intervals);
            return edge == Edge::Start ? end <= value : end < value;
        });
        index = it - m_forward.begin();
        while (!holds(day(index), offset))
            ++index;
    } else {
        index = -1;
        while (!holds(day(index), offset))
            --index;
    }
    const Day &d = day(index);
    qint64 remaining = offset - d.before;
    for (const WorkInterval &i : d.intervals) {
        const int length = i.end - i.start;
        if (edge == Edge::Start ? remaining < length : remaining <= length) {
            const int minute = int(i.start + remaining);
            // Built from date and clock time (not by adding seconds) so daylight-saving days stay right.
            if (minute >= 24 * 60)
                return QDateTime(m_originDate.addDays(index + 1), QTime(0, 0), m_origin.timeSpec());
            return QDateTime(m_originDate.addDays(index), QTime(minute / 60, minute % 60), m_origin.timeSpec());
        }
        remaining -= length;
    }
    return QDateTime(m_originDate.addDays(index), QTime(0, 0), m_origin.timeSpec()); // not reached
}

} // namespace relm

#pragma once

#include "schedule/WorkCalendar.h"

#include <QDateTime>

#include <vector>

namespace relm {

/// Maps instants to working minutes since an origin on one calendar, and back, so that the
/// scheduler can do all its arithmetic on plain integers. Days are indexed lazily as far as asked.
class WorkTimeline final {
public:
    /// Which instant a working-minute offset stands for at a period boundary: the start of the
    /// next working minute (a task starts at 08:00), or the end of the previous one (it finishes at 17:00).
    enum class Edge { Start, Finish };

    WorkTimeline(WorkCalendar calendar, QDateTime origin);

    const WorkCalendar &calendar() const { return m_calendar; }
    QDateTime origin() const { return m_origin; }

    /// Working minutes from the origin to the instant (time outside working hours counts up to
    /// the last working minute before it). Negative before the origin.
    qint64 offsetAt(const QDateTime &instant) const;
    QDateTime instantAt(qint64 offset, Edge edge) const;

private:
    struct Day {
        qint64 before = 0; ///< working minutes from the origin to the start of this day
        QList<WorkInterval> intervals;
    };
    const Day &day(qint64 index) const; ///< index 0 is the origin's date; may be negative
    void extendTo(qint64 index) const;

    WorkCalendar m_calendar;
    QDateTime m_origin;
    QDate m_originDate;
    int m_originMinute = 0;
    mutable std::vector<Day> m_forward;  ///< days 0, 1, 2, ...
    mutable std::vector<Day> m_backward; ///< days -1, -2, ...
};

} // namespace relm

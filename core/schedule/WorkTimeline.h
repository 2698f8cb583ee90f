#pragma once

#include "schedule/WorkCalendar.h"

#include <QDateTime>

#include <vector>

namespace relm {

/// Maps instants to working minutes since an origin on one calendar, and back, so that the
/// scheduler can do all its arithmetic on plain integers. Days are indexed lazily as far as asked,
/// but never beyond a horizon of a fixed number of days either side of the origin: whatever offset
/// or date it is given, it answers in bounded time and memory. Not safe to share between threads
/// (it indexes days on demand); give each thread its own.
class WorkTimeline final {
public:
    /// Which instant a working-minute offset stands for at a period boundary: the start of the
    /// next working minute (a task starts at 08:00), or the end of the previous one (it finishes at 17:00).
    enum class Edge { Start, Finish };

    /// A timeline over scheduleLimits::kHorizonYears either side of the origin.
    WorkTimeline(WorkCalendar calendar, QDateTime origin);
    /// The same over another horizon (tests use short ones).
    WorkTimeline(WorkCalendar calendar, QDateTime origin, int horizonYears);

    const WorkCalendar &calendar() const { return m_calendar; }
    QDateTime origin() const { return m_origin; }

    /// Working minutes from the origin to the instant (time outside working hours counts up to
    /// the last working minute before it). Negative before the origin. An instant outside the
    /// horizon answers one minute beyond it, so that contains() is false for it.
    qint64 offsetAt(const QDateTime &instant) const;
    /// The instant an offset stands for. Offset 0 as a finish is the origin itself (a milestone
    /// at the very start sits at the start). Offsets outside the horizon answer its first or last instant.
    QDateTime instantAt(qint64 offset, Edge edge) const;
    /// offsetAt(other.instantAt(offset, edge)), mostly without building the date-time: for
    /// converting between the timelines of one plan (a task on its own calendar).
    qint64 offsetFrom(const WorkTimeline &other, qint64 offset, Edge edge) const;

    /// Whether an offset lies within the horizon.
    bool contains(qint64 offset) const;
    /// The first and the last date of the horizon.
    QDate horizonStart() const { return m_originDate.addDays(-m_daysBefore); }
    QDate horizonEnd() const { return m_originDate.addDays(m_daysAfter); }

private:
    struct Day {
        qint64 before = 0; ///< working minutes from the origin to the start of this day
        qint64 end = 0;    ///< ... to its end
        QList<WorkInterval> intervals;
        mutable qint8 clockMoves = -1; ///< whether the wall clock jumps near this day; -1 not known yet
    };
    /// Where an offset falls: a minute (0 to 1439) of a day by index, or a special place.
    struct Position {
        enum class Kind { Day, Origin, BeforeHorizon, AfterHorizon };
        Kind kind = Kind::Day;
        qint64 day = 0;
        int minute = 0;
    };
    Position positionAt(qint64 offset, Edge edge) const;
    bool clockMovesNear(qint64 index) const;
    const Day &day(qint64 index) const; ///< index 0 is the origin's date; may be negative
    /// The instant at a minute (0 to 1440) of a day by index, remembered in m_memo.
    QDateTime dateTimeAt(qint64 index, int minute) const;
    Day makeDay(qint64 index, qint64 before) const;
    /// Indexes forward days until one ends at or after `offset` (`inclusive`) or past it, or the horizon.
    void extendForwardTo(qint64 offset, bool inclusive) const;
    /// Indexes backward days until one starts at or before `offset` (`inclusive`) or before it, or the horizon.
    void extendBackwardTo(qint64 offset, bool inclusive) const;
    void extendToIndex(qint64 index) const;
    qint64 firstIndexed() const { return m_backward.empty() ? m_forward.front().before : m_backward.back().before; }
    qint64 lastIndexed() const { return m_forward.back().end; }

    WorkCalendar m_calendar;
    QDateTime m_origin;
    QDate m_originDate;
    int m_originMinute = 0;
    qint64 m_daysBefore = 0; ///< the horizon: indexes -m_daysBefore ... m_daysAfter
    qint64 m_daysAfter = 0;
    /// Working minutes the horizon holds at least on each side of the origin's day (whole weeks,
    /// less a full day for each exception): offsets within it need no indexing to be contained.
    qint64 m_surelyAfter = 0;
    qint64 m_surelyBefore = 0;
    mutable std::vector<Day> m_forward;  ///< days 0, 1, 2, ... up to the horizon
    mutable std::vector<Day> m_backward; ///< days -1, -2, ... down to the horizon
    struct Memo {
        qint64 key = 0; ///< day index × minutes in a day + minute
        QDateTime instant;
    };
    static constexpr int kMemoBits = 12;
    static constexpr size_t kMemoSlots = size_t(1) << kMemoBits;
    mutable std::vector<Memo> m_memo; ///< instants built lately, by a hash of their key
};

} // namespace relm

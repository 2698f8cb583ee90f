#pragma once

#include "Result.h"
#include "calendar/CalendarEvents.h"

#include <QHash>

#include <utility>

namespace relm {

class Workspace;

/// What an iCalendar export covers and when it was made.
struct ICalendarOptions {
    CalendarFilter filter;
    QDateTime from;       ///< UTC: events overlapping [from, to) are exported
    QDateTime to;         ///< UTC
    QDateTime now;        ///< DTSTAMP
    QString calendarName; ///< X-WR-CALNAME; empty: "Relm change calendar"

    /// One year back to three years ahead of `now`, for everything.
    static ICalendarOptions around(const QDateTime &now);
};

/// What keeps exported events recognisable from one export to the next: the database's calendar
/// id (the UID's domain part) and how often each record changed (its SEQUENCE).
struct ICalendarIdentity {
    QString databaseUid;
    QHash<std::pair<QString, Id>, int> changeCounts; ///< audit entries by entity key and id

    /// The audit entity keys of the records that become events.
    static QStringList entities();
    /// "deployment", "freeze_window", "cab_meeting" or "release".
    static QString entityOf(CalendarEvent::Kind kind);
    /// The record's revision: its audit entries minus one (0 for a record never changed).
    int sequenceOf(CalendarEvent::Kind kind, Id id) const;
};

/// Writes the forward schedule of change as an RFC 5545 VCALENDAR: deployments, change board
/// meetings and release milestones as single events, each freeze or maintenance window as one
/// recurring event in its own time zone, and a VTIMEZONE for every zone used.
class ICalendarWriter final {
public:
    ICalendarWriter(const CalendarData &data, ICalendarIdentity identity);

    QByteArray write(const ICalendarOptions &options) const;

    /// Reads the calendar, the records' change counts and the calendar id (created on first use), and writes.
    static Result<QByteArray> exportFrom(Workspace &workspace, const ICalendarOptions &options);

private:
    const CalendarData &m_data;
    ICalendarIdentity m_identity;
};

} // namespace relm

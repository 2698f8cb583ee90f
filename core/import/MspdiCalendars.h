#pragma once

#include "Result.h"
#include "import/MspdiElements.h"

#include <optional>

namespace relm::mspdi {

/// Turns a file's calendars into working calendars: a calendar based on another takes the base's
/// week and exceptions and overrides what it states itself. Exceptions are read once, from the
/// newer <Exceptions> form when a calendar has it (with its recurrences), else from the old one.
class CalendarResolver final {
public:
    CalendarResolver(const QList<RawCalendar> &calendars, QString source);

    /// The calendar with this UID; empty when the file has none with it.
    Result<std::optional<WorkCalendar>> resolve(int uid) const;

private:
    Result<WorkCalendar> resolve(const RawCalendar &raw, int depth) const;
    const RawCalendar *find(int uid) const;

    const QList<RawCalendar> &m_calendars;
    QString m_source;
};

/// Every hour of every day working: how elapsed durations are scheduled.
WorkCalendar roundTheClock();

} // namespace relm::mspdi

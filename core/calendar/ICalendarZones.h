#pragma once

#include <QByteArray>

namespace relm {

class ICalendarLines;

/// VTIMEZONE components built from the system's time zone data, so that a calendar reading an
/// export places wall-clock times as Relm does even where its own zone data differs.
namespace icalendar_zones {

/// The zone Relm computes with for a stored id: the id itself, or UTC when the system does not know it.
QByteArray effectiveId(const QByteArray &zoneId);

/// Writes one VTIMEZONE for the zone with an observance per offset change from the start of
/// `fromYear` to the end of `toYear`; a zone without changes gets one STANDARD observance.
void write(ICalendarLines &lines, const QByteArray &zoneId, int fromYear, int toYear);

} // namespace icalendar_zones
} // namespace relm

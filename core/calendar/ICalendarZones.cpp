#include "ICalendarZones.h"

#include "calendar/ICalendarLines.h"

#include <QTimeZone>

#include <cstdlib>

using namespace Qt::Literals::StringLiterals;

namespace relm::icalendar_zones {

namespace {

/// "+0100", "-0330", or "+053328" when seconds are needed.
QString offsetText(int seconds) {
    const QChar sign = seconds < 0 ? u'-' : u'+';
    const int total = std::abs(seconds);
    QString text = sign + u"%1%2"_s.arg(total / 3600, 2, 10, QChar(u'0')).arg(total / 60 % 60, 2, 10, QChar(u'0'));
    if (total % 60)
        text += u"%1"_s.arg(total % 60, 2, 10, QChar(u'0'));
    return text;
}

/// One STANDARD or DAYLIGHT observance; its DTSTART is the onset on the clock in force before it.
void observance(ICalendarLines &lines, bool daylight, const QDateTime &onsetLocal, int from, int to,
                const QString &name) {
    const QString component = daylight ? u"DAYLIGHT"_s : u"STANDARD"_s;
    lines.begin(component);
    lines.raw(u"DTSTART"_s, ICalendarLines::localStamp(onsetLocal.date(), onsetLocal.time()));
    lines.raw(u"TZOFFSETFROM"_s, offsetText(from));
    lines.raw(u"TZOFFSETTO"_s, offsetText(to));
    if (!name.isEmpty())
        lines.text(u"TZNAME"_s, name);
    lines.end(component);
}

} // namespace

QByteArray effectiveId(const QByteArray &zoneId) {
    return QTimeZone(zoneId).isValid() ? zoneId : QByteArray("UTC");
}

void write(ICalendarLines &lines, const QByteArray &zoneId, int fromYear, int toYear) {
    const QByteArray id = effectiveId(zoneId);
    const QTimeZone zone(id);
    const QDateTime from(QDate(fromYear, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime to(QDate(toYear + 1, 1, 1), QTime(0, 0), Qt::UTC);
    lines.begin(u"VTIMEZONE"_s);
    lines.raw(u"TZID"_s, QString::fromUtf8(id));
    const QTimeZone::OffsetDataList transitions =
        zone.hasTransitions() ? zone.transitions(from, to) : QTimeZone::OffsetDataList();
    if (transitions.isEmpty()) {
        const int offset = zone.offsetFromUtc(from);
        observance(lines, false, QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC), offset, offset,
                   zone.abbreviation(from));
    } else {
        int previous = zone.offsetFromUtc(transitions.first().atUtc.addSecs(-1));
        for (const QTimeZone::OffsetData &t : transitions) {
            // atUtc shifted by the old offset is the wall clock the change happens at.
            observance(lines, t.daylightTimeOffset != 0, t.atUtc.toUTC().addSecs(previous), previous, t.offsetFromUtc,
                       t.abbreviation);
            previous = t.offsetFromUtc;
        }
    }
    lines.end(u"VTIMEZONE"_s);
}

} // namespace relm::icalendar_zones

#include "ICalendarWriter.h"

#include "calendar/ICalendarLines.h"
#include "calendar/ICalendarZones.h"
#include "calendar/WindowOccurrences.h"
#include "changes/Workspace.h"
#include "storage/AuditLog.h"
#include "storage/CalendarStore.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::ICalendarWriter", text);
}

constexpr int kSecondsPerDay = 24 * 3600;

/// A window's DURATION. Relm ends each occurrence spanDays after the day it starts, at the end's
/// wall-clock time (see window_occurrences::of), so "18:00 to 06:00 the next morning" stays so
/// across daylight saving. RFC 5545 adds a DURATION's days on the calendar (the same wall-clock
/// time n days later) and its hours, minutes and seconds as elapsed time; and it gives every
/// occurrence the nominal DURATION, whereas DTEND would give them all the first occurrence's
/// exact length, one hour off for any occurrence on the other side of a change. So the days carry
/// the span and the time part is the remainder of under a day: a parser ends every occurrence at
/// Relm's wall-clock end, except an occurrence whose remainder itself contains a change of offset
/// (a window running through the night the clocks change). Those few get an event of their own
/// (RECURRENCE-ID) with the end Relm computes, so that strict readers agree too.
struct NominalSpan {
    qint64 days = 0;
    int seconds = 0;

    static NominalSpan of(const ChangeWindow &w) {
        NominalSpan span{w.start.date().daysTo(w.end.date()), int(w.start.time().secsTo(w.end.time()))};
        if (span.seconds < 0) {
            --span.days;
            span.seconds += kSecondsPerDay;
        }
        if (span.days < 0)
            span = {};
        return span;
    }

    /// Where a strict RFC 5545 reader ends an occurrence starting at `start` (UTC) in `zone`.
    QDateTime endAfter(const QDateTime &start, const QTimeZone &zone) const {
        const QDateTime local = start.toTimeZone(zone);
        return wallClockToUtc(local.date().addDays(days), local.time(), zone).addSecs(seconds);
    }

    QString text() const {
        QString result = u"P"_s;
        if (days > 0)
            result += u"%1D"_s.arg(days);
        if (seconds > 0 || days == 0) {
            const int h = seconds / 3600;
            const int m = seconds / 60 % 60;
            const int s = seconds % 60;
            result += u'T';
            if (h > 0)
                result += u"%1H"_s.arg(h);
            if (m > 0 || (h > 0 && s > 0))
                result += u"%1M"_s.arg(m);
            if (s > 0 || seconds == 0)
                result += u"%1S"_s.arg(s);
        }
        return result;
    }
};

/// The first and last year a zone must describe.
class ZoneYears final {
public:
    void cover(const QByteArray &zoneId, int first, int last) {
        const QByteArray id = icalendar_zones::effectiveId(zoneId);
        auto it = m_years.find(id);
        if (it == m_years.end())
            m_years.insert(id, {first, last});
        else
            *it = {std::min(it->first, first), std::max(it->second, last)};
    }
    void write(ICalendarLines &lines) const {
        for (auto it = m_years.cbegin(); it != m_years.cend(); ++it)
            icalendar_zones::write(lines, it.key(), it->first, it->second);
    }

private:
    QMap<QByteArray, std::pair<int, int>> m_years; ///< sorted, so that exports compare
};

/// Writes the VEVENTs, noting the zones they use.
class EventWriter final {
public:
    EventWriter(const CalendarData &data, const ICalendarIdentity &identity, const ICalendarOptions &options)
        : m_data(data)
        , m_identity(identity)
        , m_options(options) {}

    void write(const CalendarEvent &e) {
        switch (e.kind) {
        case CalendarEvent::Kind::Deployment:
            deployment(e);
            break;
        case CalendarEvent::Kind::Freeze:
        case CalendarEvent::Kind::Maintenance:
            window(e);
            break;
        case CalendarEvent::Kind::Meeting:
            meeting(e);
            break;
        case CalendarEvent::Kind::Milestone:
            milestone(e);
            break;
        }
    }

    const ICalendarLines &lines() const { return m_lines; }
    const ZoneYears &zones() const { return m_zones; }

private:
    void begin(const CalendarEvent &e) {
        m_lines.begin(u"VEVENT"_s);
        m_lines.raw(u"UID"_s, e.uid + u'@' + m_identity.databaseUid);
        m_lines.raw(u"DTSTAMP"_s, ICalendarLines::utcStamp(m_options.now));
        m_lines.raw(u"SEQUENCE"_s, QString::number(m_identity.sequenceOf(e.kind, e.id)));
        m_lines.text(u"SUMMARY"_s, e.title);
    }
    void end() { m_lines.end(u"VEVENT"_s); }

    void deployment(const CalendarEvent &e) {
        begin(e);
        m_lines.raw(u"DTSTART"_s, ICalendarLines::utcStamp(e.start));
        m_lines.raw(u"DTEND"_s, ICalendarLines::utcStamp(e.end));
        QStringList categories{u"DEPLOYMENT"_s};
        if (!e.environment.isEmpty())
            categories.append(e.environment);
        m_lines.textList(u"CATEGORIES"_s, categories);
        if (e.outcome == DeploymentOutcome::Planned)
            m_lines.raw(u"STATUS"_s, u"CONFIRMED"_s);
        m_lines.raw(u"X-RELM-OUTCOME"_s, keyOf(e.outcome));
        m_lines.raw(u"TRANSP"_s, u"OPAQUE"_s);
        m_lines.text(u"DESCRIPTION"_s, tr("Release: %1\nService: %2\nEnvironment: %3\nOutcome: %4")
                                           .arg(e.releaseName, e.service, e.environment, labelOf(e.outcome)));
        end();
    }

    /// One event for the whole window, however many of its occurrences the period holds.
    void window(const CalendarEvent &e) {
        if (m_windowsWritten.contains(e.id))
            return;
        m_windowsWritten.insert(e.id);
        const auto found = std::find_if(m_data.windows().cbegin(), m_data.windows().cend(),
                                        [&](const ChangeWindow &w) { return w.id == e.id; });
        if (found == m_data.windows().cend())
            return;
        const ChangeWindow &w = *found;
        const QByteArray zoneId = icalendar_zones::effectiveId(w.timeZone);
        const QString tzid = QString::fromUtf8(zoneId);
        begin(e);
        m_lines.raw(u"DTSTART;TZID="_s + tzid, ICalendarLines::localStamp(w.start.date(), w.start.time()));
        m_lines.raw(u"DURATION"_s, NominalSpan::of(w).text());
        int lastYear = w.end.date().year();
        if (w.recurrence.repeats()) {
            QString rule = w.recurrence.ruleText();
            if (w.recurrence.until.isValid()) {
                // With a zoned DTSTART, UNTIL is UTC: the last start the rule allows.
                const QDateTime lastStart(w.recurrence.until, w.start.time(), QTimeZone(zoneId));
                rule += u";UNTIL="_s + ICalendarLines::utcStamp(lastStart);
                lastYear = w.recurrence.until.addDays(w.start.date().daysTo(w.end.date())).year();
            } else {
                lastYear = std::max(m_options.now.date().year() + 5, m_options.to.toUTC().date().year());
            }
            m_lines.raw(u"RRULE"_s, rule);
        }
        m_zones.cover(zoneId, w.start.date().year() - 1, lastYear);
        kindOf(w);
        QString description = w.reason.isEmpty() ? QString() : w.reason + u'\n';
        description += tr("Applies to: %1").arg(scopeText(w.scope));
        if (w.recurrence.repeats())
            description += u'\n' + tr("Repeats %1").arg(w.recurrence.describe());
        m_lines.text(u"DESCRIPTION"_s, description);
        end();
        if (w.recurrence.repeats())
            overridesThroughClockChanges(e, w, QTimeZone(zoneId));
    }

    /// The occurrences in the period that a strict reader would end elsewhere than Relm does,
    /// each as an event of its own with its wall-clock start and end.
    void overridesThroughClockChanges(const CalendarEvent &e, const ChangeWindow &w, const QTimeZone &zone) {
        const NominalSpan span = NominalSpan::of(w);
        const QString tzid = QString::fromUtf8(zone.id());
        for (const WindowOccurrence &o : window_occurrences::of(w, m_options.from, m_options.to)) {
            if (span.endAfter(o.start, zone) == o.end)
                continue;
            const QDateTime localStart = o.start.toTimeZone(zone);
            const QDateTime localEnd = o.end.toTimeZone(zone);
            const QString startText = ICalendarLines::localStamp(localStart.date(), localStart.time());
            // The instance is named by the start its rule gives, even where the clocks skip that time.
            const QString ruleStart = ICalendarLines::localStamp(localStart.date(), w.start.time());
            begin(e);
            m_lines.raw(u"RECURRENCE-ID;TZID="_s + tzid, ruleStart);
            m_lines.raw(u"DTSTART;TZID="_s + tzid, startText);
            m_lines.raw(u"DTEND;TZID="_s + tzid, ICalendarLines::localStamp(localEnd.date(), localEnd.time()));
            kindOf(w);
            end();
        }
    }

    /// A freeze blocks time; a maintenance window is shown without blocking it.
    void kindOf(const ChangeWindow &w) {
        const bool freeze = w.kind == WindowKind::Freeze;
        m_lines.raw(u"CATEGORIES"_s, freeze ? u"FREEZE"_s : u"MAINTENANCE"_s);
        m_lines.raw(u"TRANSP"_s, freeze ? u"OPAQUE"_s : u"TRANSPARENT"_s);
    }

    void meeting(const CalendarEvent &e) {
        const auto found = std::find_if(m_data.meetings().cbegin(), m_data.meetings().cend(),
                                        [&](const CabMeeting &m) { return m.id == e.id; });
        if (found == m_data.meetings().cend())
            return;
        const QByteArray zoneId = icalendar_zones::effectiveId(found->timeZone);
        const QString tzid = QString::fromUtf8(zoneId);
        const QDateTime endLocal = found->endUtc().toTimeZone(QTimeZone(zoneId));
        begin(e);
        m_lines.raw(u"DTSTART;TZID="_s + tzid, ICalendarLines::localStamp(found->start.date(), found->start.time()));
        m_lines.raw(u"DTEND;TZID="_s + tzid, ICalendarLines::localStamp(endLocal.date(), endLocal.time()));
        m_lines.raw(u"CATEGORIES"_s, u"MEETING"_s);
        m_lines.raw(u"TRANSP"_s, u"OPAQUE"_s);
        if (!found->location.isEmpty())
            m_lines.text(u"LOCATION"_s, found->location);
        m_lines.text(u"DESCRIPTION"_s,
                     tr("Change advisory board. The agenda covers deployments up to %1 days after the meeting.")
                         .arg(found->horizonDays));
        m_zones.cover(zoneId, found->start.date().year() - 1, endLocal.date().year());
        end();
    }

    void milestone(const CalendarEvent &e) {
        begin(e);
        m_lines.raw(u"DTSTART;VALUE=DATE"_s, ICalendarLines::dateStamp(e.start.date()));
        m_lines.raw(u"DTEND;VALUE=DATE"_s, ICalendarLines::dateStamp(e.end.date()));
        m_lines.raw(u"CATEGORIES"_s, u"MILESTONE"_s);
        m_lines.raw(u"TRANSP"_s, u"TRANSPARENT"_s);
        if (!e.service.isEmpty())
            m_lines.text(u"DESCRIPTION"_s, tr("Service: %1").arg(e.service));
        end();
    }

    QString scopeText(const WindowScope &scope) const {
        if (scope.everything())
            return tr("every deployment");
        QStringList parts;
        if (!scope.services.isEmpty())
            parts.append(tr("services %1").arg(scope.services.join(u", "_s)));
        if (!scope.environmentIds.isEmpty()) {
            QStringList names;
            for (Id id : scope.environmentIds)
                names.append(m_data.environments().value(id).name);
            parts.append(tr("environments %1").arg(names.join(u", "_s)));
        }
        if (!scope.componentIds.isEmpty())
            parts.append(QCoreApplication::translate("relm::ICalendarWriter", "%n component(s)", nullptr,
                                                     int(scope.componentIds.size())));
        return parts.join(u"; "_s);
    }

    const CalendarData &m_data;
    const ICalendarIdentity &m_identity;
    const ICalendarOptions &m_options;
    ICalendarLines m_lines;
    ZoneYears m_zones;
    QSet<Id> m_windowsWritten;
};

} // namespace

ICalendarOptions ICalendarOptions::around(const QDateTime &now) {
    ICalendarOptions options;
    options.now = now.toUTC();
    options.from = options.now.addYears(-1);
    options.to = options.now.addYears(3);
    return options;
}

QStringList ICalendarIdentity::entities() {
    return {u"deployment"_s, u"freeze_window"_s, u"cab_meeting"_s, u"release"_s};
}

QString ICalendarIdentity::entityOf(CalendarEvent::Kind kind) {
    switch (kind) {
    case CalendarEvent::Kind::Deployment:
        return u"deployment"_s;
    case CalendarEvent::Kind::Freeze:
    case CalendarEvent::Kind::Maintenance:
        return u"freeze_window"_s;
    case CalendarEvent::Kind::Meeting:
        return u"cab_meeting"_s;
    case CalendarEvent::Kind::Milestone:
        return u"release"_s;
    }
    return {};
}

int ICalendarIdentity::sequenceOf(CalendarEvent::Kind kind, Id id) const {
    return std::max(0, changeCounts.value({entityOf(kind), id}, 1) - 1);
}

ICalendarWriter::ICalendarWriter(const CalendarData &data, ICalendarIdentity identity)
    : m_data(data)
    , m_identity(std::move(identity)) {}

QByteArray ICalendarWriter::write(const ICalendarOptions &options) const {
    EventWriter events(m_data, m_identity, options);
    for (const CalendarEvent &e : m_data.events(options.from, options.to, options.filter))
        events.write(e);
    ICalendarLines calendar;
    calendar.begin(u"VCALENDAR"_s);
    calendar.raw(u"VERSION"_s, u"2.0"_s);
    calendar.raw(u"PRODID"_s, u"-//Relm//Relm change calendar//EN"_s);
    calendar.raw(u"CALSCALE"_s, u"GREGORIAN"_s);
    calendar.raw(u"METHOD"_s, u"PUBLISH"_s);
    calendar.text(u"X-WR-CALNAME"_s,
                  options.calendarName.isEmpty() ? tr("Relm change calendar") : options.calendarName);
    events.zones().write(calendar);
    calendar.append(events.lines());
    calendar.end(u"VCALENDAR"_s);
    return calendar.bytes();
}

Result<QByteArray> ICalendarWriter::exportFrom(Workspace &workspace, const ICalendarOptions &options) {
    auto data = CalendarData::load(workspace);
    if (!data)
        return data.error();
    if (auto known = data->check(options.filter); !known)
        return known.error();
    auto counts = workspace.auditLog().changeCounts(ICalendarIdentity::entities());
    if (!counts)
        return counts.error();
    auto uid = workspace.calendar().calendarUid();
    if (!uid)
        return uid.error();
    return ICalendarWriter(*data, {*uid, *counts}).write(options);
}

} // namespace relm

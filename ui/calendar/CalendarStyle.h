#pragma once

#include "calendar/CalendarEvents.h"

#include <QColor>
#include <QString>

class QPainter;
class QRectF;

namespace relm {

/// How calendar events look and read, shared by the month, week and agenda views: colours that
/// always come with a text label, tooltips, and times in the user's zone and locale.
namespace calendar_style {

/// "Freeze", "Maintenance", "Deployment", "Meeting", "Milestone"; translated.
QString kindLabel(CalendarEvent::Kind kind);
/// The short status word painted on an event: "FREEZE", "MAINT.", "◆", the outcome of a past run…
QString badge(const CalendarEvent &event);
/// The event's fill colour (deployments by environment kind, freezes red, maintenance green).
QColor colour(const CalendarEvent &event, EnvironmentKind environmentKind);
/// Red, for freezes and conflict outlines.
QColor alarm();
/// The red of alarm(), as light or dark as text on the application palette's base needs.
QColor alarmText();
/// The text colour of a freeze or maintenance window's line: its own colour, as dark or light as
/// reading it on `ground` needs.
QColor bandText(const CalendarEvent &event, const QColor &ground);
/// The events in view in words, for screen readers: how many of each kind, and how many clash.
QString summary(const QList<CalendarEvent> &events);

/// A time of day as the locale writes it, without seconds ("20:00", "8:00 PM").
QString clockText(const QTime &time);
/// A local date and time, short, without seconds.
QString dateTimeText(const QDateTime &local);
/// Local start time ("20:00"), or empty for all-day events.
QString startTime(const CalendarEvent &event);
/// "Mon 30 Nov 2026 20:00 – 22:00" in local time and the user's locale.
QString timeRange(const CalendarEvent &event);
/// Title, times, environment, service, detail and the conflicts it is part of (rich text).
QString tooltip(const CalendarEvent &event);
/// Whether a line marks the event's conflicts with ⚠: a freeze spanning many days marks only
/// the days whose deployments it conflicts with.
enum class ConflictMark { Shown, Hidden };
/// One line: badge, time, title, and "⚠" first when it is part of a conflict.
QString line(const CalendarEvent &event, ConflictMark mark = ConflictMark::Shown);

/// Fills `rect` with a translucent colour and, for freezes, diagonal hatching.
void paintBand(QPainter &painter, const QRectF &rect, const CalendarEvent &event);
/// A red outline around an event that is part of a conflict.
void paintConflictOutline(QPainter &painter, const QRectF &rect);

} // namespace calendar_style
} // namespace relm

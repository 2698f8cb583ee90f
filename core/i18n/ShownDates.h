#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

/// Dates and times in the texts people read: messages, findings, table cells. On screen they
/// follow the user's locale (with a four-digit year: "03.12.2026", "12/3/2026"); in relm-cli, its
/// files and its tests they stay ISO 8601 ("2026-12-03 19:00 UTC"), so that scripts can read them.
/// Files and exports never use these: they write ISO themselves.
namespace relm::shown_dates {

enum class Style {
    Iso,    ///< "2026-12-03", "2026-12-03 19:00 UTC" (the default)
    Locale, ///< the user's locale, short form with a four-digit year, moments in local time
};

/// Chosen once at start by the program (the GUI chooses Locale).
void setStyle(Style style);
Style style();

/// The locale's short date format, with a four-digit year ("dd.MM.yyyy", "M/d/yyyy").
QString localeDateFormat();
/// The same with the locale's short time ("dd.MM.yyyy HH:mm").
QString localeDateTimeFormat();

QString date(QDate date);
/// A moment: a UTC time is shown in local time (Locale) or marked UTC (Iso); a time without a
/// zone (a plan's calendar-local time) is shown as it is.
QString dateTime(const QDateTime &at);
/// A moment in UTC, not marked (for columns and fields titled "UTC"): "2026-12-03 19:00" or the
/// locale's form.
QString utcDateTime(const QDateTime &at);

} // namespace relm::shown_dates

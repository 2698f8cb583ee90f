#include "ShownDates.h"

#include <QLocale>

#include <atomic>

using namespace Qt::Literals::StringLiterals;

namespace relm::shown_dates {

namespace {

std::atomic<Style> chosenStyle{Style::Iso};

/// A short format's two-digit year made four digits; a format with four already stays.
QString withFullYear(QString format) {
    if (!format.contains(u"yyyy"_s))
        format.replace(u"yy"_s, u"yyyy"_s);
    return format;
}

} // namespace

void setStyle(Style style) {
    chosenStyle.store(style);
}

Style style() {
    return chosenStyle.load();
}

QString localeDateFormat() {
    return withFullYear(QLocale().dateFormat(QLocale::ShortFormat));
}

QString localeDateTimeFormat() {
    // Minutes are what a plan is made of; the C locale's short form would add seconds.
    QString format = withFullYear(QLocale().dateTimeFormat(QLocale::ShortFormat));
    format.remove(u":ss"_s);
    return format;
}

QString date(QDate date) {
    if (!date.isValid())
        return {};
    if (style() == Style::Iso)
        return date.toString(Qt::ISODate);
    return QLocale().toString(date, localeDateFormat());
}

QString dateTime(const QDateTime &at) {
    if (!at.isValid())
        return {};
    const bool moment = at.timeSpec() != Qt::LocalTime;
    if (style() == Style::Iso)
        return moment ? at.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s) : at.toString(u"yyyy-MM-dd HH:mm"_s);
    return QLocale().toString(moment ? at.toLocalTime() : at, localeDateTimeFormat());
}

QString utcDateTime(const QDateTime &at) {
    if (!at.isValid())
        return {};
    const QDateTime utc = at.toUTC();
    return style() == Style::Iso ? utc.toString(u"yyyy-MM-dd HH:mm"_s)
                                 : QLocale().toString(utc, localeDateTimeFormat());
}

} // namespace relm::shown_dates

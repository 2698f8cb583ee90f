#include "TimeScale.h"

#include <QLocale>

namespace relm {

TimeScale::TimeScale(QDateTime origin, Zoom zoom)
    : m_origin(std::move(origin))
    , m_zoom(zoom) {}

bool TimeScale::zoomIn() {
    if (m_zoom == Zoom::Hours)
        return false;
    m_zoom = Zoom(int(m_zoom) - 1);
    return true;
}

bool TimeScale::zoomOut() {
    if (m_zoom == Zoom::Quarters)
        return false;
    m_zoom = Zoom(int(m_zoom) + 1);
    return true;
}

double TimeScale::pixelsPerDay() const {
    switch (m_zoom) {
    case Zoom::Hours:
        return 24 * 24.0;
    case Zoom::Days:
        return 30.0;
    case Zoom::Weeks:
        return 10.0;
    case Zoom::Months:
        return 3.5;
    case Zoom::Quarters:
        return 1.2;
    }
    return 30.0;
}

double TimeScale::x(const QDateTime &at) const {
    return double(m_origin.secsTo(at)) / 86400.0 * pixelsPerDay();
}

QDateTime TimeScale::at(double x) const {
    return m_origin.addSecs(qint64(x / pixelsPerDay() * 86400.0));
}

QDateTime TimeScale::snap(const QDateTime &at, QTime dayStart) const {
    if (m_zoom == Zoom::Hours) {
        const QDateTime rounded = at.addSecs(30 * 60);
        return QDateTime(rounded.date(), QTime(rounded.time().hour(), 0));
    }
    const QDate date = at.time() >= QTime(12, 0) ? at.date().addDays(1) : at.date();
    return QDateTime(date, dayStart);
}

QList<TimeScale::Tick> TimeScale::ticks(Unit unit, const QDateTime &from, const QDateTime &to) const {
    QList<Tick> result;
    const QLocale locale;
    QDate date = from.date();
    switch (unit) {
    case Unit::Hour: {
        for (QDateTime t(date, QTime(from.time().hour(), 0)); t <= to && result.size() < 2000; t = t.addSecs(3600))
            result.append({t, QString::number(t.time().hour())});
        return result;
    }
    case Unit::Day:
        for (; date <= to.date() && result.size() < 4000; date = date.addDays(1))
            result.append({QDateTime(date, QTime(0, 0)), QString::number(date.day())});
        return result;
    case Unit::Week:
        date = date.addDays(1 - date.dayOfWeek());
        for (; date <= to.date() && result.size() < 2000; date = date.addDays(7))
            result.append({QDateTime(date, QTime(0, 0)), QObject::tr("W%1").arg(date.weekNumber()) + QLatin1Char(' ') +
                                                             locale.toString(date, QStringLiteral("d MMM"))});
        return result;
    case Unit::Month:
        date = QDate(date.year(), date.month(), 1);
        for (; date <= to.date() && result.size() < 1000; date = date.addMonths(1))
            result.append({QDateTime(date, QTime(0, 0)), locale.toString(date, QStringLiteral("MMM yyyy"))});
        return result;
    case Unit::Quarter:
        date = QDate(date.year(), (date.month() - 1) / 3 * 3 + 1, 1);
        for (; date <= to.date() && result.size() < 500; date = date.addMonths(3))
            result.append(
                {QDateTime(date, QTime(0, 0)), QObject::tr("Q%1 %2").arg((date.month() - 1) / 3 + 1).arg(date.year())});
        return result;
    case Unit::Year:
        date = QDate(date.year(), 1, 1);
        for (; date <= to.date() && result.size() < 200; date = date.addYears(1))
            result.append({QDateTime(date, QTime(0, 0)), QString::number(date.year())});
        return result;
    }
    return result;
}

QList<TimeScale::Tick> TimeScale::majorTicks(const QDateTime &from, const QDateTime &to) const {
    switch (m_zoom) {
    case Zoom::Hours: {
        // Above the hours, each day in full ("Thu 10 Dec 2026"): the hours alone say nothing of it.
        QList<Tick> days = ticks(Unit::Day, from, to);
        const QLocale locale;
        for (Tick &day : days)
            day.label = locale.toString(day.at.date(), QStringLiteral("ddd d MMM yyyy"));
        return days;
    }
    case Zoom::Days:
    case Zoom::Weeks:
        return ticks(Unit::Month, from, to);
    case Zoom::Months:
        return ticks(Unit::Quarter, from, to);
    case Zoom::Quarters:
        return ticks(Unit::Year, from, to);
    }
    return {};
}

QList<TimeScale::Tick> TimeScale::minorTicks(const QDateTime &from, const QDateTime &to) const {
    switch (m_zoom) {
    case Zoom::Hours:
        return ticks(Unit::Hour, from, to);
    case Zoom::Days:
        return ticks(Unit::Day, from, to);
    case Zoom::Weeks:
        return ticks(Unit::Week, from, to);
    case Zoom::Months:
        return ticks(Unit::Month, from, to);
    case Zoom::Quarters:
        return ticks(Unit::Quarter, from, to);
    }
    return {};
}

} // namespace relm

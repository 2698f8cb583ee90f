#include "WorkCalendar.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace relm {

WorkCalendar WorkCalendar::standard() {
    WorkCalendar calendar;
    calendar.name = QStringLiteral("Standard");
    for (int day = Qt::Monday; day <= Qt::Friday; ++day)
        calendar.setWeekday(day, {{8 * 60, 12 * 60}, {13 * 60, 17 * 60}});
    return calendar;
}

void WorkCalendar::setWeekday(int dayOfWeek, QList<WorkInterval> intervals) {
    if (dayOfWeek >= Qt::Monday && dayOfWeek <= Qt::Sunday)
        m_week.at(size_t(dayOfWeek - 1)) = std::move(intervals);
}

void WorkCalendar::setException(const QDate &date, QList<WorkInterval> intervals) {
    m_exceptions.insert(date, std::move(intervals));
}

QList<WorkInterval> WorkCalendar::intervals(const QDate &date) const {
    const auto exception = m_exceptions.constFind(date);
    if (exception != m_exceptions.constEnd())
        return *exception;
    if (!date.isValid())
        return {}; // an invalid date has no weekday
    return m_week.at(size_t(date.dayOfWeek() - 1));
}

int WorkCalendar::workingMinutes(const QDate &date) const {
    int minutes = 0;
    for (const WorkInterval &i : intervals(date))
        minutes += i.end - i.start;
    return minutes;
}

namespace {

QJsonArray intervalsJson(const QList<WorkInterval> &intervals) {
    QJsonArray array;
    for (const WorkInterval &i : intervals)
        array.append(QJsonArray{i.start, i.end});
    return array;
}

QList<WorkInterval> intervalsFrom(const QJsonArray &array) {
    QList<WorkInterval> intervals;
    for (const QJsonValue &v : array)
        intervals.append({v[0].toInt(), v[1].toInt()});
    return intervals;
}

} // namespace

QByteArray WorkCalendar::toJson() const {
    QJsonArray week;
    for (const auto &day : m_week)
        week.append(intervalsJson(day));
    QJsonObject exceptions;
    for (auto it = m_exceptions.cbegin(); it != m_exceptions.cend(); ++it)
        exceptions.insert(it.key().toString(Qt::ISODate), intervalsJson(*it));
    return QJsonDocument(QJsonObject{{QStringLiteral("week"), week}, {QStringLiteral("exceptions"), exceptions}})
        .toJson(QJsonDocument::Compact);
}

WorkCalendar WorkCalendar::fromJson(const QByteArray &json) {
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    WorkCalendar calendar;
    const QJsonArray week = object.value(QStringLiteral("week")).toArray();
    for (int day = 0; day < 7 && day < week.size(); ++day)
        calendar.m_week.at(size_t(day)) = intervalsFrom(week.at(day).toArray());
    const QJsonObject exceptions = object.value(QStringLiteral("exceptions")).toObject();
    for (auto it = exceptions.begin(); it != exceptions.end(); ++it)
        calendar.m_exceptions.insert(QDate::fromString(it.key(), Qt::ISODate), intervalsFrom(it.value().toArray()));
    return calendar;
}

bool WorkCalendar::hasWorkingTime() const {
    for (const auto &day : m_week) {
        for (const WorkInterval &i : day) {
            if (i.end > i.start)
                return true;
        }
    }
    return false;
}

} // namespace relm

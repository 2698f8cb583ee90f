#include "WorkCalendar.h"

namespace relm {

WorkCalendar WorkCalendar::standard() {
    WorkCalendar calendar;
    calendar.name = QStringLiteral("Standard");
    for (int day = Qt::Monday; day <= Qt::Friday; ++day)
        calendar.setWeekday(day, {{8 * 60, 12 * 60}, {13 * 60, 17 * 60}});
    return calendar;
}

void WorkCalendar::setWeekday(int dayOfWeek, QList<WorkInterval> intervals) {
    m_week.at(dayOfWeek - 1) = std::move(intervals);
}

void WorkCalendar::setException(const QDate &date, QList<WorkInterval> intervals) {
    m_exceptions.insert(date, std::move(intervals));
}

QList<WorkInterval> WorkCalendar::intervals(const QDate &date) const {
    const auto exception = m_exceptions.constFind(date);
    if (exception != m_exceptions.constEnd())
        return *exception;
    return m_week.at(date.dayOfWeek() - 1);
}

int WorkCalendar::workingMinutes(const QDate &date) const {
    int minutes = 0;
    for (const WorkInterval &i : intervals(date))
        minutes += i.end - i.start;
    return minutes;
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

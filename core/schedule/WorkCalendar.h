#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <array>

namespace relm {

/// Working time of one day: [start, end) in minutes after midnight.
struct WorkInterval {
    int start = 0;
    int end = 0;
    bool operator==(const WorkInterval &) const = default;
};

/// A working calendar: working hours per weekday, and exceptions for single dates (a holiday has
/// no intervals; a working Saturday has some).
class WorkCalendar final {
public:
    /// Monday to Friday, 08:00-12:00 and 13:00-17:00 (480 minutes a day), no exceptions.
    static WorkCalendar standard();

    QString name;

    /// Working intervals of a weekday (Qt::Monday = 1 ... Qt::Sunday = 7); other numbers are ignored.
    void setWeekday(int dayOfWeek, QList<WorkInterval> intervals);
    QList<WorkInterval> weekday(int dayOfWeek) const {
        return dayOfWeek >= Qt::Monday && dayOfWeek <= Qt::Sunday ? m_week.at(size_t(dayOfWeek - 1))
                                                                  : QList<WorkInterval>();
    }
    /// Overrides one date: an empty list makes it a non-working day.
    void setException(const QDate &date, QList<WorkInterval> intervals);
    void addHoliday(const QDate &date) { setException(date, {}); }

    QList<WorkInterval> intervals(const QDate &date) const;
    const QHash<QDate, QList<WorkInterval>> &exceptions() const { return m_exceptions; }
    int workingMinutes(const QDate &date) const;
    bool hasWorkingTime() const;

    /// {"week": [[[start, end] minutes...] x 7 from Monday], "exceptions": {"YYYY-MM-DD": [...]}}
    QByteArray toJson() const;
    static WorkCalendar fromJson(const QByteArray &json);

private:
    std::array<QList<WorkInterval>, 7> m_week;
    QHash<QDate, QList<WorkInterval>> m_exceptions;
};

} // namespace relm

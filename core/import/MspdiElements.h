#pragma once

#include "schedule/WorkCalendar.h"

#include "import/XmlReader.h"
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <tuple>

namespace relm::mspdi {

/// One <Task> as the file has it, before it becomes a scheduler task.
struct RawTask {
    int uid = 0;
    bool hasUid = false;
    QString name;
    int outlineLevel = 0;
    qint64 duration = 0; ///< minutes: working time, or elapsed time when `elapsed`
    bool elapsed = false;
    bool milestone = false;
    bool isNull = false;
    bool manual = false;
    bool active = true;
    int constraint = 0;
    QDateTime constraintDate;
    QDateTime start;  ///< what the file says (kept for manually scheduled tasks)
    QDateTime finish; ///< what the file says, compared with what Relm computes
    QDateTime actualStart;
    QDateTime actualFinish;
    int percentComplete = 0;
    int calendarUid = -1;
    struct Link {
        int predecessorUid = -1;
        int type = 1;
        qint64 lag = 0; ///< tenths of a minute, or tenths of a percent
        int lagFormat = 7;
    };
    QList<Link> links;
    QString problem; ///< the first malformed value, e.g. "<Duration> is “abc”, not a duration such as PT8H0M0S"
};

/// One calendar exception: a period, or a rule repeating inside it (daily, weekly, monthly,
/// yearly), with the working times it gives (none: not working).
struct RawException {
    QDate from;
    QDate to;
    QList<WorkInterval> intervals;
    int type = 1;        ///< 1 daily, 2 yearly on a date, 3 yearly by position, 4 monthly on a day,
                         ///< 5 monthly by position, 6 weekly, 7 every n days, 8 every n weekdays
    int period = 1;      ///< every how many days, weeks, months
    int occurrences = 0; ///< 0: as many as the period holds
    int daysOfWeek = 0;  ///< weekly: 1 Sunday, 2 Monday, 4 Tuesday ... 64 Saturday
    int month = 0;       ///< yearly: 0 January ... 11 December
    int monthDay = 1;
    int monthItem = 0;     ///< by position: 0 day, 1 weekday, 2 weekend day, 3 Sunday ... 9 Saturday
    int monthPosition = 0; ///< by position: 0 first ... 3 fourth, 4 last
    bool recurring = false;
};

/// One <Calendar>: its week (MSPDI day type 1 = Sunday ... 7 = Saturday) and exception periods,
/// as the old <WeekDay DayType=0> form and the newer <Exceptions> form (files from Project 2007 on
/// write both; one is used).
struct RawCalendar {
    int uid = 0;
    int baseUid = -1;
    QString name;
    QHash<int, QList<WorkInterval>> week;
    QList<RawException> weekDayExceptions;
    QList<RawException> exceptions;
    QString problem;
};

/// The dates an exception covers, at most `limit` of them.
QList<QDate> exceptionDates(const RawException &exception, qint64 limit);
/// Whether a duration or lag format is elapsed time (em, eh, ed, ew, emo, e%, and their estimated forms).
bool isElapsedFormat(int format);
/// Whether a lag format is a percentage of the predecessor's duration.
bool isPercentFormat(int format);

/// Readers for the MSPDI elements Relm uses. Each reads from the element's start tag to its end
/// tag and notes the first malformed value in `problem` instead of guessing a number.
RawTask readTask(xml_plan::XmlReader &xml);
RawCalendar readCalendar(xml_plan::XmlReader &xml);

/// An MSPDI date-time ("2026-01-05T08:00:00"); invalid when malformed.
QDateTime parseDate(const QString &text);
/// A whole number from an element's text; false (and `problem` set) when it is not one. Empty text
/// keeps `value` as it is.
bool readInteger(xml_plan::XmlReader &xml, int &value, QString &problem);
/// A date-time from an element's text; false (and `problem` set) when it is not one. Empty text
/// keeps `value` as it is.
bool readDate(xml_plan::XmlReader &xml, QDateTime &value, QString &problem);

} // namespace relm::mspdi

#include "MspdiElements.h"

#include "import/XmlPlanText.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace relm::mspdi {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::MspdiReader", text);
}

/// Magnitudes beyond these are not durations or lags anyone meant; they would overflow the
/// integer arithmetic, so they are refused here. Anything smaller but still beyond what Relm
/// schedules reaches the scheduler's own checks, which name the limit.
constexpr double kLargestMinutes = 1e12;
constexpr double kLargestLagTenths = 1e13;

/// Quoted element text for a message, shortened: files can hold anything.
QString quoted(const QString &text) {
    return u"\u201C"_s + (text.size() > 40 ? text.left(40) + u"\u2026"_s : text) + u"\u201D"_s;
}

/// "PT8H30M0S" in minutes; empty when the text is not a duration.
std::optional<double> parseDuration(const QString &text) {
    static const QRegularExpression pattern(
        u"^-?P(?:(\\d+)D)?T?(?:(\\d+(?:\\.\\d+)?)H)?(?:(\\d+(?:\\.\\d+)?)M)?(?:(\\d+(?:\\.\\d+)?)S)?$"_s);
    const QString trimmed = text.trimmed();
    const auto match = pattern.match(trimmed);
    if (!match.hasMatch())
        return std::nullopt;
    const double minutes = match.captured(1).toDouble() * 24 * 60 + match.captured(2).toDouble() * 60 +
                           match.captured(3).toDouble() + match.captured(4).toDouble() / 60.0;
    return trimmed.startsWith(u'-') ? -minutes : minutes;
}

int minuteOfDay(const QString &time) {
    const QTime t = QTime::fromString(time.trimmed(), u"HH:mm:ss"_s);
    if (time.trimmed() == u"24:00:00"_s || (t == QTime(0, 0) && time.startsWith(u"24"_s)))
        return 24 * 60;
    return t.isValid() ? t.hour() * 60 + t.minute() : 0;
}

void note(QString &problem, const QString &text) {
    if (problem.isEmpty())
        problem = text;
}

bool readFlag(xml_plan::XmlReader &xml) {
    return xml.readElementBytes().trimmed() == "1";
}

/// Reads <WorkingTimes> into intervals.
QList<WorkInterval> readWorkingTimes(xml_plan::XmlReader &xml) {
    QList<WorkInterval> intervals;
    int from = -1;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"WorkingTime"_s) {
            while (xml.readNextStartElement()) {
                if (xml.name() == u"FromTime"_s)
                    from = minuteOfDay(xml.readElementText());
                else if (xml.name() == u"ToTime"_s) {
                    // A working time ending at midnight is written 00:00 (a 24-hour day: 00:00-00:00).
                    const int to = minuteOfDay(xml.readElementText());
                    intervals.append({from, to == 0 && from >= 0 ? 24 * 60 : to});
                } else
                    xml.skipCurrentElement();
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    return intervals;
}

std::pair<QDate, QDate> readTimePeriod(xml_plan::XmlReader &xml) {
    QDate from;
    QDate to;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"FromDate"_s)
            from = parseDate(xml.readElementText()).date();
        else if (xml.name() == u"ToDate"_s)
            to = parseDate(xml.readElementText()).date();
        else
            xml.skipCurrentElement();
    }
    return {from, to};
}

void readWeekDays(xml_plan::XmlReader &xml, RawCalendar &calendar) {
    while (xml.readNextStartElement()) {
        int dayType = -1;
        bool working = false;
        QList<WorkInterval> intervals;
        std::pair<QDate, QDate> period;
        while (xml.readNextStartElement()) {
            if (xml.name() == u"DayType"_s)
                readInteger(xml, dayType, calendar.problem);
            else if (xml.name() == u"DayWorking"_s)
                working = xml.readElementText() == u"1"_s;
            else if (xml.name() == u"WorkingTimes"_s)
                intervals = readWorkingTimes(xml);
            else if (xml.name() == u"TimePeriod"_s)
                period = readTimePeriod(xml);
            else
                xml.skipCurrentElement();
        }
        if (dayType == 0) { // an old-style exception
            RawException exception;
            exception.from = period.first;
            exception.to = period.second;
            exception.intervals = working ? intervals : QList<WorkInterval>();
            calendar.weekDayExceptions.append(exception);
        } else if (dayType >= 1 && dayType <= 7)
            calendar.week.insert(dayType, working ? intervals : QList<WorkInterval>());
    }
}

void readExceptions(xml_plan::XmlReader &xml, RawCalendar &calendar) {
    while (xml.readNextStartElement()) {
        RawException e;
        bool working = false;
        QString &problem = calendar.problem;
        while (xml.readNextStartElement()) {
            const auto name = xml.name();
            if (name == u"TimePeriod"_s) {
                std::tie(e.from, e.to) = readTimePeriod(xml);
            } else if (name == u"DayWorking"_s) {
                working = readFlag(xml);
            } else if (name == u"WorkingTimes"_s) {
                e.intervals = readWorkingTimes(xml);
            } else if (name == u"Type"_s) {
                readInteger(xml, e.type, problem);
                e.recurring = true;
            } else if (name == u"Period"_s) {
                readInteger(xml, e.period, problem);
            } else if (name == u"Occurrences"_s) {
                readInteger(xml, e.occurrences, problem);
            } else if (name == u"DaysOfWeek"_s) {
                readInteger(xml, e.daysOfWeek, problem);
            } else if (name == u"Month"_s) {
                readInteger(xml, e.month, problem);
            } else if (name == u"MonthDay"_s) {
                readInteger(xml, e.monthDay, problem);
            } else if (name == u"MonthItem"_s) {
                readInteger(xml, e.monthItem, problem);
            } else if (name == u"MonthPosition"_s) {
                readInteger(xml, e.monthPosition, problem);
            } else {
                xml.skipCurrentElement();
            }
        }
        if (!working)
            e.intervals.clear();
        calendar.exceptions.append(e);
    }
}

RawTask::Link readLink(xml_plan::XmlReader &xml, QString &problem) {
    RawTask::Link link;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"PredecessorUID"_s) {
            readInteger(xml, link.predecessorUid, problem);
        } else if (xml.name() == u"Type"_s) {
            readInteger(xml, link.type, problem);
        } else if (xml.name() == u"LinkLag"_s) {
            const QByteArrayView text = xml.readElementBytes().trimmed();
            bool ok = text.isEmpty();
            const double tenths = ok ? 0.0 : text.toDouble(&ok);
            if (!ok || !std::isfinite(tenths) || std::abs(tenths) > kLargestLagTenths)
                note(problem, tr("<LinkLag> is %1, not a lag Relm can read").arg(quoted(QString::fromUtf8(text))));
            else
                link.lag = qint64(std::llround(tenths));
        } else if (xml.name() == u"LagFormat"_s) {
            readInteger(xml, link.lagFormat, problem);
        } else {
            xml.skipCurrentElement();
        }
    }
    return link;
}

} // namespace

bool isElapsedFormat(int format) {
    switch (format) {
    case 4:
    case 6:
    case 8:
    case 10:
    case 12:
    case 20:
    case 36:
    case 38:
    case 40:
    case 42:
    case 44:
    case 52:
        return true;
    default:
        return false;
    }
}

bool isPercentFormat(int format) {
    return format == 19 || format == 20 || format == 51 || format == 52;
}

QDateTime parseDate(const QString &text) {
    // Every date in a file has this one form: read it by hand, as Qt's general parser takes a
    // tenth of the time a large plan spends in reading.
    const QStringView date = QStringView(text).trimmed();
    if (date.size() != 19 || date[4] != u'-' || date[7] != u'-' || date[10] != u'T' || date[13] != u':' ||
        date[16] != u':')
        return {};
    using xml_plan::digits; // -1 for a part that is not all digits: no month, day or time takes it
    const int year = digits(date, 0, 4);
    if (year < 0)
        return {}; // year -1 would be a date
    const QDate day(year, digits(date, 5, 2), digits(date, 8, 2));
    const QTime time(digits(date, 11, 2), digits(date, 14, 2), digits(date, 17, 2));
    if (!day.isValid() || !time.isValid())
        return {};
    return QDateTime(day, time);
}

bool readInteger(xml_plan::XmlReader &xml, int &value, QString &problem) {
    const QByteArrayView text = xml.readElementBytes().trimmed();
    if (text.isEmpty())
        return true;
    bool ok = false;
    const int number = text.toInt(&ok);
    if (!ok) {
        // The reader stands on the element's end, which has its name.
        note(problem, tr("<%1> is %2, not a whole number").arg(xml.nameText(), quoted(QString::fromUtf8(text))));
        return false;
    }
    value = number;
    return true;
}

bool readDate(xml_plan::XmlReader &xml, QDateTime &value, QString &problem) {
    const QString text = xml.readElementText().trimmed();
    if (text.isEmpty())
        return true;
    value = parseDate(text);
    if (value.isValid())
        return true;
    // The reader stands on the element's end, which has its name.
    note(problem, tr("<%1> is %2, not a date and time such as 2026-01-05T08:00:00").arg(xml.nameText(), quoted(text)));
    return false;
}

RawCalendar readCalendar(xml_plan::XmlReader &xml) {
    RawCalendar calendar;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"UID"_s)
            readInteger(xml, calendar.uid, calendar.problem);
        else if (xml.name() == u"Name"_s)
            calendar.name = xml.readElementText();
        else if (xml.name() == u"BaseCalendarUID"_s)
            readInteger(xml, calendar.baseUid, calendar.problem);
        else if (xml.name() == u"WeekDays"_s)
            readWeekDays(xml, calendar);
        else if (xml.name() == u"Exceptions"_s)
            readExceptions(xml, calendar);
        else
            xml.skipCurrentElement();
    }
    return calendar;
}

RawTask readTask(xml_plan::XmlReader &xml) {
    RawTask task;
    int durationFormat = 0;
    while (xml.readNextStartElement()) {
        const auto name = xml.name();
        if (name == u"UID"_s) {
            task.hasUid = readInteger(xml, task.uid, task.problem);
        } else if (name == u"Name"_s) {
            task.name = xml.readElementText();
        } else if (name == u"OutlineLevel"_s) {
            readInteger(xml, task.outlineLevel, task.problem);
        } else if (name == u"Duration"_s) {
            const QString text = xml.readElementText();
            const auto minutes = parseDuration(text);
            if (!minutes)
                note(task.problem, tr("<Duration> is %1, not a duration such as PT8H0M0S").arg(quoted(text)));
            else if (std::abs(*minutes) > kLargestMinutes)
                note(task.problem, tr("<Duration> is %1, far longer than any plan").arg(quoted(text)));
            else
                task.duration = qint64(std::llround(*minutes));
        } else if (name == u"DurationFormat"_s) {
            readInteger(xml, durationFormat, task.problem);
        } else if (name == u"Milestone"_s) {
            task.milestone = readFlag(xml);
        } else if (name == u"IsNull"_s) {
            task.isNull = readFlag(xml);
        } else if (name == u"Manual"_s) {
            task.manual = readFlag(xml);
        } else if (name == u"Active"_s) {
            task.active = xml.readElementBytes().trimmed() != "0";
        } else if (name == u"Start"_s) {
            readDate(xml, task.start, task.problem);
        } else if (name == u"Finish"_s) {
            readDate(xml, task.finish, task.problem);
        } else if (name == u"ActualStart"_s) {
            readDate(xml, task.actualStart, task.problem);
        } else if (name == u"ActualFinish"_s) {
            readDate(xml, task.actualFinish, task.problem);
        } else if (name == u"PercentComplete"_s) {
            readInteger(xml, task.percentComplete, task.problem);
        } else if (name == u"CalendarUID"_s) {
            readInteger(xml, task.calendarUid, task.problem);
        } else if (name == u"ConstraintType"_s) {
            readInteger(xml, task.constraint, task.problem);
        } else if (name == u"ConstraintDate"_s) {
            readDate(xml, task.constraintDate, task.problem);
        } else if (name == u"PredecessorLink"_s) {
            task.links.append(readLink(xml, task.problem));
        } else {
            xml.skipCurrentElement();
        }
    }
    task.elapsed = isElapsedFormat(durationFormat);
    return task;
}

} // namespace relm::mspdi

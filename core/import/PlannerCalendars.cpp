#include "PlannerCalendars.h"

#include "import/XmlPlanText.h"
#include "schedule/ScheduleLimits.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace relm::planner {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::PlannerReader", text);
}

/// Planner's own day types: 0 working, 1 non-working, 2 "use the base calendar's day".
constexpr qint64 kWorking = 0;
constexpr qint64 kUseBase = 2;

/// "0830" as minutes after midnight; -1 when malformed. "2400" (and "0000" as an end) is midnight.
int minutesOf(QStringView text, bool isEnd) {
    if (text.size() != 4)
        return -1;
    bool ok = false;
    const int hhmm = text.toInt(&ok);
    const int minutes = (hhmm / 100) * 60 + hhmm % 100;
    if (!ok || hhmm < 0 || hhmm % 100 > 59 || minutes > 24 * 60)
        return -1;
    return isEnd && minutes == 0 ? 24 * 60 : minutes;
}

bool readDayType(xml_plan::XmlReader &xml, RawCalendar &calendar, QString &problem) {
    qint64 id = -1;
    if (!xml_plan::intAttribute(xml.attributes(), "id"_L1, id) || id < 0) {
        problem = tr("the calendar \u201C%1\u201D overrides a day type without a valid id.").arg(calendar.name);
        return false;
    }
    QList<WorkInterval> intervals;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"interval"_s) {
            const int start = minutesOf(xml.attributes().value("start"_L1), false);
            const int end = minutesOf(xml.attributes().value("end"_L1), true);
            if (start < 0 || end < 0 || start >= end) {
                problem = tr("the calendar \u201C%1\u201D has the working interval \u201C%2\u201D\u2013\u201C%3\u201D; "
                             "an interval runs from HHMM to a later HHMM.")
                              .arg(calendar.name, xml.attributes().value("start"_L1), xml.attributes().value("end"_L1));
                return false;
            }
            intervals.append({start, end});
        }
        xml.skipCurrentElement();
    }
    std::sort(intervals.begin(), intervals.end(),
              [](const WorkInterval &a, const WorkInterval &b) { return a.start < b.start; });
    for (qsizetype i = 1; i < intervals.size(); ++i) {
        if (intervals.at(i).start < intervals.at(i - 1).end) {
            problem =
                tr("the calendar \u201C%1\u201D has working intervals of one day that overlap.").arg(calendar.name);
            return false;
        }
    }
    calendar.dayTypes.insert(id, intervals);
    return true;
}

bool readDays(xml_plan::XmlReader &xml, RawCalendar &calendar, QString &problem) {
    while (xml.readNextStartElement()) {
        if (xml.name() == u"day"_s && xml.attributes().value("type"_L1) == u"day-type"_s) {
            RawCalendar::Day day;
            day.date = QDate::fromString(xml.attributes().value("date"_L1), u"yyyyMMdd"_s);
            if (!day.date.isValid() || day.date < scheduleLimits::firstDate() ||
                day.date > scheduleLimits::lastDate() ||
                !xml_plan::intAttribute(xml.attributes(), "id"_L1, day.dayType)) {
                problem = tr("the calendar \u201C%1\u201D sets apart the day \u201C%2\u201D; a day is YYYYMMDD between "
                             "%3 and %4 with the id of a day type.")
                              .arg(calendar.name, xml.attributes().value("date"_L1))
                              .arg(scheduleLimits::kFirstYear)
                              .arg(scheduleLimits::kLastYear);
                return false;
            }
            if (calendar.days.size() >= scheduleLimits::kMaxExceptionDays) {
                problem = tr("the calendar \u201C%1\u201D sets apart more than %2 days.")
                              .arg(calendar.name)
                              .arg(scheduleLimits::kMaxExceptionDays);
                return false;
            }
            calendar.days.append(day);
        }
        xml.skipCurrentElement();
    }
    return true;
}

bool readCalendar(xml_plan::XmlReader &xml, int base, int depth, QList<RawCalendar> &calendars, QString &problem) {
    if (depth > scheduleLimits::kMaxOutlineDepth) {
        problem =
            tr("calendars derive from each other more than %1 levels deep.").arg(scheduleLimits::kMaxOutlineDepth);
        return false;
    }
    RawCalendar calendar;
    calendar.base = base;
    calendar.line = xml.lineNumber();
    calendar.name = xml.attributes().value("name"_L1);
    qint64 id = -1;
    if (!xml_plan::intAttribute(xml.attributes(), "id"_L1, id) || id < 0 || id > std::numeric_limits<int>::max()) {
        problem = tr("the calendar \u201C%1\u201D has no valid id.").arg(calendar.name);
        return false;
    }
    calendar.id = int(id);
    const int index = int(calendars.size());
    calendars.append(calendar);
    const auto &weekdays = xml_plan::kWeekdayAttributes;
    while (xml.readNextStartElement()) {
        const auto name = xml.name();
        if (name == u"default-week"_s) {
            for (int d = 0; d < 7; ++d) {
                if (!xml_plan::intAttribute(xml.attributes(), weekdays.at(d), calendars[index].week[size_t(d)])) {
                    problem = tr("the calendar \u201C%1\u201D gives %2 the day type \u201C%3\u201D, which is not a "
                                 "number.")
                                  .arg(calendar.name, weekdays.at(d), xml.attributes().value(weekdays.at(d)));
                    return false;
                }
            }
            xml.skipCurrentElement();
        } else if (name == u"overridden-day-types"_s) {
            while (xml.readNextStartElement()) {
                if (xml.name() == u"overridden-day-type"_s) {
                    if (!readDayType(xml, calendars[index], problem))
                        return false;
                } else {
                    xml.skipCurrentElement();
                }
            }
        } else if (name == u"days"_s) {
            if (!readDays(xml, calendars[index], problem))
                return false;
        } else if (name == u"calendar"_s) {
            if (!readCalendar(xml, index, depth + 1, calendars, problem))
                return false;
        } else {
            xml.skipCurrentElement();
        }
    }
    return true;
}

/// The working hours of a day type, from the calendar up through its bases, else Planner's defaults.
QList<WorkInterval> hoursOf(const QList<RawCalendar> &calendars, int index, qint64 dayType) {
    for (int c = index; c >= 0; c = calendars.at(c).base) {
        if (auto it = calendars.at(c).dayTypes.constFind(dayType); it != calendars.at(c).dayTypes.constEnd())
            return *it;
    }
    return dayType == kWorking ? WorkCalendar::standard().weekday(Qt::Monday) : QList<WorkInterval>();
}

/// The day type of a weekday (Monday 0), looking through "use base" to the base calendars.
qint64 weekdayType(const QList<RawCalendar> &calendars, int index, int day) {
    for (int c = index; c >= 0; c = calendars.at(c).base) {
        const qint64 type = calendars.at(c).week[size_t(day)];
        if (type >= 0 && type != kUseBase)
            return type;
    }
    return day < 5 ? kWorking : 1;
}

} // namespace

bool readCalendars(xml_plan::XmlReader &xml, QList<RawCalendar> &calendars, QString &problem) {
    while (xml.readNextStartElement()) {
        if (xml.name() == u"calendar"_s) {
            if (!readCalendar(xml, -1, 1, calendars, problem))
                return false;
        } else {
            xml.skipCurrentElement();
        }
    }
    return true;
}

Result<WorkCalendar> resolve(const QList<RawCalendar> &calendars, int index, int &days) {
    WorkCalendar calendar;
    calendar.name = calendars.at(index).name;
    for (int d = 0; d < 7; ++d)
        calendar.setWeekday(d + 1, hoursOf(calendars, index, weekdayType(calendars, index, d)));
    QList<int> chain; // base first, so that a derived calendar's own dates win
    for (int c = index; c >= 0; c = calendars.at(c).base)
        chain.prepend(c);
    QHash<QDate, QList<WorkInterval>> set;
    for (int c : chain) {
        for (const RawCalendar::Day &day : calendars.at(c).days) {
            if (day.dayType != kUseBase)
                set.insert(day.date, hoursOf(calendars, index, day.dayType));
        }
    }
    for (auto it = set.cbegin(); it != set.cend(); ++it)
        calendar.setException(it.key(), *it);
    days = int(set.size());
    if (!calendar.hasWorkingTime())
        return makeError(ErrorCode::Invalid,
                         tr("its calendar \u201C%1\u201D has no working time in its week.").arg(calendar.name));
    return calendar;
}

} // namespace relm::planner

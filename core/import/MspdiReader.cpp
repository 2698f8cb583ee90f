#include "MspdiReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::MspdiReader", text);
}

/// "PT8H30M0S" in minutes.
qint64 parseDuration(const QString &text) {
    static const QRegularExpression pattern(
        u"^-?P(?:(\\d+)D)?T?(?:(\\d+(?:\\.\\d+)?)H)?(?:(\\d+(?:\\.\\d+)?)M)?(?:(\\d+(?:\\.\\d+)?)S)?$"_s);
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return 0;
    const double minutes = match.captured(1).toDouble() * 24 * 60 + match.captured(2).toDouble() * 60 +
                           match.captured(3).toDouble() + match.captured(4).toDouble() / 60.0;
    return qint64(std::llround(text.startsWith(u'-') ? -minutes : minutes));
}

QDateTime parseDate(const QString &text) {
    return QDateTime::fromString(text.trimmed(), u"yyyy-MM-ddTHH:mm:ss"_s);
}

int minuteOfDay(const QString &time) {
    const QTime t = QTime::fromString(time.trimmed(), u"HH:mm:ss"_s);
    if (time.trimmed() == u"24:00:00"_s || (t == QTime(0, 0) && time.startsWith(u"24"_s)))
        return 24 * 60;
    return t.isValid() ? t.hour() * 60 + t.minute() : 0;
}

// Elapsed duration and lag formats: em, eh, ed, ew, emo and their estimated forms.
bool isElapsedFormat(int format) {
    return format == 4 || format == 6 || format == 8 || format == 10 || format == 12 || format == 36 || format == 38 ||
           format == 40 || format == 42 || format == 44;
}

struct RawTask {
    int uid = 0;
    QString name;
    int outlineLevel = 0;
    qint64 duration = 0;
    bool elapsed = false;
    bool milestone = false;
    bool isNull = false;
    int constraint = 0;
    QDateTime constraintDate;
    struct Link {
        int predecessorUid;
        int type;
        qint64 lag;
        int lagFormat;
    };
    QList<Link> links;
};

struct RawCalendar {
    int uid = 0;
    QString name;
    QHash<int, QList<WorkInterval>> week; ///< MSPDI day type 1 = Sunday ... 7 = Saturday
    QList<std::tuple<QDate, QDate, QList<WorkInterval>>> exceptions;
};

/// Reads <WorkingTimes> into intervals.
QList<WorkInterval> readWorkingTimes(QXmlStreamReader &xml) {
    QList<WorkInterval> intervals;
    int from = -1;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"WorkingTime"_s) {
            while (xml.readNextStartElement()) {
                if (xml.name() == u"FromTime"_s)
                    from = minuteOfDay(xml.readElementText());
                else if (xml.name() == u"ToTime"_s)
                    intervals.append({from, minuteOfDay(xml.readElementText())});
                else
                    xml.skipCurrentElement();
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    return intervals;
}

std::pair<QDate, QDate> readTimePeriod(QXmlStreamReader &xml) {
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

RawCalendar readCalendar(QXmlStreamReader &xml) {
    RawCalendar calendar;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"UID"_s) {
            calendar.uid = xml.readElementText().toInt();
        } else if (xml.name() == u"Name"_s) {
            calendar.name = xml.readElementText();
        } else if (xml.name() == u"WeekDays"_s) {
            while (xml.readNextStartElement()) {
                int dayType = -1;
                bool working = false;
                QList<WorkInterval> intervals;
                std::pair<QDate, QDate> period;
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"DayType"_s)
                        dayType = xml.readElementText().toInt();
                    else if (xml.name() == u"DayWorking"_s)
                        working = xml.readElementText() == u"1"_s;
                    else if (xml.name() == u"WorkingTimes"_s)
                        intervals = readWorkingTimes(xml);
                    else if (xml.name() == u"TimePeriod"_s)
                        period = readTimePeriod(xml);
                    else
                        xml.skipCurrentElement();
                }
                if (dayType == 0) // an old-style exception
                    calendar.exceptions.append(
                        {period.first, period.second, working ? intervals : QList<WorkInterval>()});
                else if (dayType >= 1 && dayType <= 7)
                    calendar.week.insert(dayType, working ? intervals : QList<WorkInterval>());
            }
        } else if (xml.name() == u"Exceptions"_s) {
            while (xml.readNextStartElement()) {
                std::pair<QDate, QDate> period;
                bool working = false;
                QList<WorkInterval> intervals;
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"TimePeriod"_s)
                        period = readTimePeriod(xml);
                    else if (xml.name() == u"DayWorking"_s)
                        working = xml.readElementText() == u"1"_s;
                    else if (xml.name() == u"WorkingTimes"_s)
                        intervals = readWorkingTimes(xml);
                    else
                        xml.skipCurrentElement();
                }
                calendar.exceptions.append({period.first, period.second, working ? intervals : QList<WorkInterval>()});
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    return calendar;
}

RawTask readTask(QXmlStreamReader &xml) {
    RawTask task;
    int durationFormat = 0;
    while (xml.readNextStartElement()) {
        const auto name = xml.name();
        if (name == u"UID"_s) {
            task.uid = xml.readElementText().toInt();
        } else if (name == u"Name"_s) {
            task.name = xml.readElementText();
        } else if (name == u"OutlineLevel"_s) {
            task.outlineLevel = xml.readElementText().toInt();
        } else if (name == u"Duration"_s) {
            task.duration = parseDuration(xml.readElementText());
        } else if (name == u"DurationFormat"_s) {
            durationFormat = xml.readElementText().toInt();
        } else if (name == u"Milestone"_s) {
            task.milestone = xml.readElementText() == u"1"_s;
        } else if (name == u"IsNull"_s) {
            task.isNull = xml.readElementText() == u"1"_s;
        } else if (name == u"ConstraintType"_s) {
            task.constraint = xml.readElementText().toInt();
        } else if (name == u"ConstraintDate"_s) {
            task.constraintDate = parseDate(xml.readElementText());
        } else if (name == u"PredecessorLink"_s) {
            RawTask::Link link{-1, 1, 0, 7};
            while (xml.readNextStartElement()) {
                if (xml.name() == u"PredecessorUID"_s)
                    link.predecessorUid = xml.readElementText().toInt();
                else if (xml.name() == u"Type"_s)
                    link.type = xml.readElementText().toInt();
                else if (xml.name() == u"LinkLag"_s)
                    link.lag = xml.readElementText().toLongLong();
                else if (xml.name() == u"LagFormat"_s)
                    link.lagFormat = xml.readElementText().toInt();
                else
                    xml.skipCurrentElement();
            }
            task.links.append(link);
        } else {
            xml.skipCurrentElement();
        }
    }
    task.elapsed = isElapsedFormat(durationFormat);
    return task;
}

} // namespace

Result<ImportedSchedule> MspdiReader::read(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("Cannot read \u201C%1\u201D: %2.").arg(path, file.errorString()));
    QXmlStreamReader xml(&file);
    if (!xml.readNextStartElement() || xml.name() != u"Project"_s)
        return makeError(ErrorCode::Invalid,
                         tr("\u201C%1\u201D is not a Microsoft Project XML file (it has no <Project>).").arg(path));
    ImportedSchedule result;
    QDateTime start;
    int projectCalendar = -1;
    QList<RawCalendar> calendars;
    QList<RawTask> tasks;
    while (xml.readNextStartElement()) {
        const auto name = xml.name();
        if (name == u"Name"_s || name == u"Title"_s) {
            const QString text = xml.readElementText();
            if (result.name.isEmpty())
                result.name = text;
        } else if (name == u"StartDate"_s) {
            start = parseDate(xml.readElementText());
        } else if (name == u"CalendarUID"_s) {
            projectCalendar = xml.readElementText().toInt();
        } else if (name == u"MinutesPerDay"_s) {
            result.minutesPerDay = xml.readElementText().toInt();
        } else if (name == u"Calendars"_s) {
            while (xml.readNextStartElement())
                calendars.append(readCalendar(xml));
        } else if (name == u"Tasks"_s) {
            while (xml.readNextStartElement())
                tasks.append(readTask(xml));
        } else {
            xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        return makeError(
            ErrorCode::Invalid,
            tr("\u201C%1\u201D is damaged at line %2: %3.").arg(path).arg(xml.lineNumber()).arg(xml.errorString()));
    if (!start.isValid())
        return makeError(ErrorCode::Invalid, tr("\u201C%1\u201D has no project start date.").arg(path));

    ScheduleInput &input = result.input;
    input.projectStart = start;
    input.calendar = WorkCalendar();
    const auto calendar = std::find_if(calendars.cbegin(), calendars.cend(),
                                       [&](const RawCalendar &c) { return c.uid == projectCalendar; });
    if (calendar == calendars.cend()) {
        input.calendar = WorkCalendar::standard();
    } else {
        input.calendar.name = calendar->name;
        // MSPDI numbers days from Sunday (1); Qt from Monday (1).
        for (auto it = calendar->week.cbegin(); it != calendar->week.cend(); ++it)
            input.calendar.setWeekday(it.key() == 1 ? Qt::Sunday : it.key() - 1, *it);
        for (const auto &[from, to, intervals] : calendar->exceptions) {
            for (QDate d = from; d.isValid() && d <= to && from.daysTo(d) < 3700; d = d.addDays(1))
                input.calendar.setException(d, intervals);
        }
    }

    // Tasks: UID 0 is the project summary; blank rows are skipped; the outline gives the phases.
    QHash<int, int> indexOfUid;
    QList<int> openPhases; // index of the open phase at each outline level
    for (const RawTask &raw : tasks) {
        if (raw.uid == 0 || raw.isNull || raw.outlineLevel < 1)
            continue;
        while (openPhases.size() >= raw.outlineLevel)
            openPhases.removeLast();
        ScheduleTask t;
        t.id = QString::number(raw.uid);
        t.name = raw.name;
        t.duration = raw.duration;
        t.milestone = raw.milestone || raw.duration == 0;
        t.parent = openPhases.isEmpty() ? -1 : openPhases.last();
        switch (raw.constraint) {
        case 2:
            t.constraint = ConstraintType::MustStartOn;
            break;
        case 4:
            t.constraint = ConstraintType::StartNoEarlierThan;
            break;
        case 7:
            t.constraint = ConstraintType::FinishNoLaterThan;
            break;
        default:
            break;
        }
        t.constraintDate = raw.constraintDate;
        if (t.constraint != ConstraintType::AsSoonAsPossible && !t.constraintDate.isValid())
            t.constraint = ConstraintType::AsSoonAsPossible;
        indexOfUid.insert(raw.uid, int(input.tasks.size()));
        input.tasks.push_back(t);
        result.sourceUids.append(raw.uid);
        result.elapsed.append(raw.elapsed);
        openPhases.append(int(input.tasks.size()) - 1);
    }
    for (const RawTask &raw : tasks) {
        const int successor = indexOfUid.value(raw.uid, -1);
        for (const RawTask::Link &l : raw.links) {
            const int predecessor = indexOfUid.value(l.predecessorUid, -1);
            if (successor < 0 || predecessor < 0)
                continue;
            // Types: 0 FF, 1 FS, 2 SF, 3 SS. Lags in tenths of a minute, or tenths of a percent.
            const LinkType type = l.type == 0   ? LinkType::FinishToFinish
                                  : l.type == 2 ? LinkType::StartToFinish
                                  : l.type == 3 ? LinkType::StartToStart
                                                : LinkType::FinishToStart;
            const bool percent = l.lagFormat == 19 || l.lagFormat == 20;
            input.links.push_back({predecessor, successor, type, percent ? 0 : l.lag / 10,
                                   percent ? double(l.lag) / 10.0 : 0.0, percent});
        }
    }
    return result;
}

} // namespace relm

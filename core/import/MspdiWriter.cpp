#include "MspdiWriter.h"

#include "import/MspdiConstraints.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QXmlStreamWriter>

#include <algorithm>
#include <cmath>
#include <map>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

QString dateText(const QDateTime &date) {
    return date.toString(u"yyyy-MM-ddTHH:mm:ss"_s);
}

/// Minutes as an XML duration: PT8H30M0S.
QString durationText(qint64 minutes) {
    return u"PT%1H%2M0S"_s.arg(minutes / 60).arg(minutes % 60);
}

/// A minute of the day as a time; the end of the day is written 00:00:00, as Project does.
QString timeText(int minute) {
    const int m = minute % (24 * 60);
    return u"%1:%2:00"_s.arg(m / 60, 2, 10, QChar(u'0')).arg(m % 60, 2, 10, QChar(u'0'));
}

/// Text fit for XML: control characters XML 1.0 does not allow are left out, and the length is
/// bounded as the schema bounds it.
QString xmlText(const QString &text, qsizetype maxLength) {
    QString clean;
    clean.reserve(std::min(text.size(), maxLength));
    for (const QChar c : text) {
        if (c.unicode() >= 0x20 || c == u'\t' || c == u'\n' || c == u'\r')
            clean.append(c);
    }
    if (clean.size() > maxLength) {
        clean.truncate(maxLength);
        if (clean.back().isHighSurrogate())
            clean.chop(1);
    }
    return clean;
}

int mspdiLinkType(LinkType type) {
    switch (type) {
    case LinkType::FinishToFinish:
        return 0;
    case LinkType::StartToFinish:
        return 2;
    case LinkType::StartToStart:
        return 3;
    case LinkType::FinishToStart:
        break;
    }
    return 1;
}

/// Days in a row with the same working times, written as one exception.
struct ExceptionRun {
    QDate from;
    QDate to;
    QList<WorkInterval> intervals;
};

QList<ExceptionRun> exceptionRuns(const WorkCalendar &calendar) {
    // Ordered by date, so that the file is the same on every run.
    std::map<QDate, QList<WorkInterval>> byDate;
    for (auto it = calendar.exceptions().cbegin(); it != calendar.exceptions().cend(); ++it)
        byDate.emplace(it.key(), it.value());
    QList<ExceptionRun> runs;
    for (const auto &[date, intervals] : byDate) {
        if (!runs.isEmpty() && runs.back().to.addDays(1) == date && runs.back().intervals == intervals)
            runs.back().to = date;
        else
            runs.append({date, date, intervals});
    }
    return runs;
}

class Writer {
public:
    explicit Writer(QByteArray *out)
        : m_xml(out) {
        m_xml.setAutoFormatting(true);
        m_xml.setAutoFormattingIndent(1);
    }

    void write(const MspdiDocument &document) {
        m_xml.writeStartDocument(u"1.0"_s, true);
        m_xml.writeStartElement(u"Project"_s);
        m_xml.writeDefaultNamespace(u"http://schemas.microsoft.com/project"_s);
        project(document);
        m_xml.writeStartElement(u"Calendars"_s);
        calendar(1, document.calendar);
        for (size_t i = 0; i < document.taskCalendars.size(); ++i)
            calendar(int(i) + 2, document.taskCalendars[i]);
        m_xml.writeEndElement();
        tasks(document);
        m_xml.writeEndElement();
        m_xml.writeEndDocument();
    }

private:
    void element(const QString &name, const QString &text) { m_xml.writeTextElement(name, text); }
    void element(const QString &name, qint64 number) { m_xml.writeTextElement(name, QString::number(number)); }
    void flag(const QString &name, bool value) { m_xml.writeTextElement(name, value ? u"1"_s : u"0"_s); }
    void date(const QString &name, const QDateTime &value) {
        if (value.isValid())
            element(name, dateText(value));
    }

    void project(const MspdiDocument &d) {
        element(u"SaveVersion"_s, 12);
        element(u"Name"_s, xmlText(d.name, 255));
        element(u"Title"_s, xmlText(d.name, 512));
        flag(u"ScheduleFromStart"_s, true);
        date(u"StartDate"_s, d.start);
        date(u"FinishDate"_s, d.finish.isValid() ? d.finish : d.start);
        element(u"CurrencyCode"_s, u"USD"_s);
        element(u"CalendarUID"_s, 1);
        const QList<WorkInterval> monday = d.calendar.weekday(Qt::Monday);
        element(u"DefaultStartTime"_s, timeText(monday.isEmpty() ? 8 * 60 : monday.front().start));
        element(u"DefaultFinishTime"_s, timeText(monday.isEmpty() ? 17 * 60 : monday.back().end));
        element(u"MinutesPerDay"_s, d.minutesPerDay);
        element(u"MinutesPerWeek"_s, 5 * d.minutesPerDay);
        element(u"DaysPerMonth"_s, 20);
        flag(u"HonorConstraints"_s, true);
        date(u"StatusDate"_s, d.statusDate);
    }

    void workingTimes(const QList<WorkInterval> &intervals) {
        // The schema allows five working times a day; a calendar with more is written up to the
        // fifth and the last one reaches to the end of the day's work.
        m_xml.writeStartElement(u"WorkingTimes"_s);
        for (qsizetype i = 0; i < intervals.size() && i < 5; ++i) {
            m_xml.writeStartElement(u"WorkingTime"_s);
            element(u"FromTime"_s, timeText(intervals.at(i).start));
            element(u"ToTime"_s, timeText(i == 4 ? intervals.back().end : intervals.at(i).end));
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
    }

    void timePeriod(const QDate &from, const QDate &to) {
        m_xml.writeStartElement(u"TimePeriod"_s);
        element(u"FromDate"_s, dateText(QDateTime(from, QTime(0, 0))));
        element(u"ToDate"_s, dateText(QDateTime(to, QTime(23, 59))));
        m_xml.writeEndElement();
    }

    void calendar(int uid, const WorkCalendar &c) {
        m_xml.writeStartElement(u"Calendar"_s);
        element(u"UID"_s, uid);
        element(u"Name"_s, xmlText(c.name.isEmpty() ? u"Calendar %1"_s.arg(uid) : c.name, 512));
        flag(u"IsBaseCalendar"_s, true);
        element(u"BaseCalendarUID"_s, -1);
        const QList<ExceptionRun> runs = exceptionRuns(c);
        m_xml.writeStartElement(u"WeekDays"_s);
        for (int dayType = 1; dayType <= 7; ++dayType) { // Sunday first
            const QList<WorkInterval> intervals = c.weekday(dayType == 1 ? Qt::Sunday : dayType - 1);
            m_xml.writeStartElement(u"WeekDay"_s);
            element(u"DayType"_s, dayType);
            flag(u"DayWorking"_s, !intervals.isEmpty());
            if (!intervals.isEmpty())
                workingTimes(intervals);
            m_xml.writeEndElement();
        }
        // The old form too, for readers from before Project 2007.
        for (const ExceptionRun &run : runs) {
            m_xml.writeStartElement(u"WeekDay"_s);
            element(u"DayType"_s, 0);
            flag(u"DayWorking"_s, !run.intervals.isEmpty());
            timePeriod(run.from, run.to);
            if (!run.intervals.isEmpty())
                workingTimes(run.intervals);
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
        if (!runs.isEmpty()) {
            m_xml.writeStartElement(u"Exceptions"_s);
            for (const ExceptionRun &run : runs) {
                m_xml.writeStartElement(u"Exception"_s);
                flag(u"EnteredByOccurrences"_s, false);
                timePeriod(run.from, run.to);
                element(u"Occurrences"_s, run.from.daysTo(run.to) + 1);
                element(u"Type"_s, 1);
                flag(u"DayWorking"_s, !run.intervals.isEmpty());
                if (!run.intervals.isEmpty())
                    workingTimes(run.intervals);
                m_xml.writeEndElement();
            }
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
    }

    void tasks(const MspdiDocument &d) {
        // Each task's links, stored on the successor as the format wants.
        std::vector<std::vector<const MspdiDocument::Link *>> incoming(d.tasks.size());
        for (const MspdiDocument::Link &l : d.links) {
            if (l.predecessor >= 0 && l.successor >= 0 && size_t(l.predecessor) < d.tasks.size() &&
                size_t(l.successor) < d.tasks.size())
                incoming[size_t(l.successor)].push_back(&l);
        }
        m_xml.writeStartElement(u"Tasks"_s);
        projectSummary(d);
        QList<int> outline; // the outline number being counted, one entry per level
        for (size_t i = 0; i < d.tasks.size(); ++i) {
            const int level = std::max(1, d.tasks[i].outlineLevel);
            while (outline.size() > level)
                outline.removeLast();
            while (outline.size() < level)
                outline.append(0);
            ++outline.back();
            QStringList parts;
            for (const int n : outline)
                parts.append(QString::number(n));
            task(d, i, level, parts.join(u'.'), incoming[i]);
        }
        m_xml.writeEndElement();
    }

    void projectSummary(const MspdiDocument &d) {
        m_xml.writeStartElement(u"Task"_s);
        element(u"UID"_s, 0);
        element(u"ID"_s, 0);
        element(u"Name"_s, xmlText(d.name, 512));
        flag(u"IsNull"_s, false);
        element(u"WBS"_s, u"0"_s);
        element(u"OutlineNumber"_s, u"0"_s);
        element(u"OutlineLevel"_s, 0);
        date(u"Start"_s, d.start);
        date(u"Finish"_s, d.finish.isValid() ? d.finish : d.start);
        flag(u"Summary"_s, true);
        m_xml.writeEndElement();
    }

    void task(const MspdiDocument &d, size_t index, int level, const QString &wbs,
              const std::vector<const MspdiDocument::Link *> &links) {
        const MspdiDocument::Task &t = d.tasks[index];
        m_xml.writeStartElement(u"Task"_s);
        element(u"UID"_s, t.uid);
        element(u"ID"_s, qint64(index) + 1);
        element(u"Name"_s, xmlText(t.name, 512));
        flag(u"IsNull"_s, false);
        element(u"WBS"_s, wbs);
        element(u"OutlineNumber"_s, wbs);
        element(u"OutlineLevel"_s, level);
        date(u"Start"_s, t.start);
        date(u"Finish"_s, t.finish);
        element(u"Duration"_s, durationText(t.milestone ? 0 : t.duration));
        element(u"DurationFormat"_s, t.elapsed ? 8 : 7); // elapsed days, or days
        flag(u"Milestone"_s, t.milestone);
        flag(u"Summary"_s, t.summary);
        flag(u"Critical"_s, t.critical);
        date(u"EarlyStart"_s, t.start);
        date(u"EarlyFinish"_s, t.finish);
        date(u"LateStart"_s, t.lateStart);
        date(u"LateFinish"_s, t.lateFinish);
        element(u"FreeSlack"_s, t.freeFloat * 10);
        element(u"TotalSlack"_s, t.totalFloat * 10);
        element(u"PercentComplete"_s, std::clamp(t.percentComplete, 0, 100));
        date(u"ActualStart"_s, t.actualStart);
        date(u"ActualFinish"_s, t.actualStart.isValid() ? t.actualFinish : QDateTime());
        // The 2007 schema has no manual scheduling: a manual task keeps its start as a
        // must-start-on constraint.
        const bool pinned = t.manual && t.start.isValid();
        ConstraintType constraint = pinned ? ConstraintType::MustStartOn : t.constraint;
        if (constraintHasDate(constraint) && !pinned && !t.constraintDate.isValid())
            constraint = ConstraintType::AsSoonAsPossible;
        element(u"ConstraintType"_s, mspdi::codeOfConstraint(constraint));
        element(u"CalendarUID"_s, t.calendar >= 0 && size_t(t.calendar) < d.taskCalendars.size() ? t.calendar + 2 : -1);
        if (constraintHasDate(constraint))
            date(u"ConstraintDate"_s, pinned ? t.start : t.constraintDate);
        for (const MspdiDocument::Link *l : links) {
            m_xml.writeStartElement(u"PredecessorLink"_s);
            element(u"PredecessorUID"_s, d.tasks[size_t(l->predecessor)].uid);
            element(u"Type"_s, mspdiLinkType(l->type));
            element(u"LinkLag"_s, l->lagIsPercent ? qint64(std::llround(l->lagPercent * 10.0)) : l->lag * 10);
            element(u"LagFormat"_s, l->lagIsPercent ? 19 : 7); // percent, or days
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
    }

    QXmlStreamWriter m_xml;
};

} // namespace

QByteArray MspdiWriter::write(const MspdiDocument &document) {
    QByteArray bytes;
    Writer(&bytes).write(document);
    return bytes;
}

Result<void> MspdiWriter::writeFile(const MspdiDocument &document, const QString &path) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(write(document)) < 0 || !file.commit())
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("relm::MspdiWriter", "Cannot write \u201C%1\u201D: %2.")
                             .arg(path, file.errorString()));
    return {};
}

} // namespace relm

#include "MspdiReader.h"

#include "import/MspdiElements.h"
#include "schedule/ScheduleLimits.h"
#include "schedule/ScheduleValidation.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace relm {

using mspdi::RawCalendar;
using mspdi::RawTask;

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::MspdiReader", text);
}

/// Length of the UTF-8 sequence starting at `at`, or 0 when it is not one (truncated, overlong,
/// a surrogate or beyond U+10FFFF).
int utf8SequenceAt(const QByteArray &bytes, qsizetype at) {
    const auto byte = [&](qsizetype i) {
        return i < bytes.size() ? uchar(bytes[i]) : 0;
    };
    const uchar lead = byte(at);
    if (lead < 0x80)
        return 1;
    const int length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0;
    if (length == 0 || lead > 0xF4)
        return 0;
    for (int k = 1; k < length; ++k) {
        if ((byte(at + k) & 0xC0) != 0x80)
            return 0;
    }
    const uchar second = byte(at + 1);
    if ((lead == 0xE0 && second < 0xA0) || (lead == 0xED && second > 0x9F) || (lead == 0xF0 && second < 0x90) ||
        (lead == 0xF4 && second > 0x8F))
        return 0;
    return length;
}

/// The line (from 1) holding the first byte sequence that is not UTF-8, or 0 when all of it is.
qsizetype invalidUtf8Line(const QByteArray &bytes) {
    qsizetype line = 1;
    for (qsizetype at = 0; at < bytes.size();) {
        const int length = utf8SequenceAt(bytes, at);
        if (length == 0)
            return line;
        line += bytes[at] == '\n' ? 1 : 0;
        at += length;
    }
    return 0;
}

/// Whether the bytes claim to be UTF-8: no byte-order mark of another encoding, and no XML
/// declaration naming another one (UTF-8 is XML's default).
bool meantAsUtf8(const QByteArray &bytes) {
    if (bytes.startsWith("\xFE\xFF") || bytes.startsWith("\xFF\xFE"))
        return false;
    static const QRegularExpression declaration(uR"(^(?:\xEF\xBB\xBF)?<\?xml[^>]*encoding\s*=\s*["']([^"']+)["'])"_s);
    const auto match = declaration.match(QString::fromLatin1(bytes.left(200)));
    if (!match.hasMatch())
        return true;
    const QString encoding = match.captured(1).trimmed().toLower();
    return encoding == u"utf-8"_s || encoding == u"utf8"_s;
}

/// How a task is named in messages: by name and UID, since names repeat and may be empty.
QString taskLabel(const RawTask &task) {
    if (task.name.isEmpty())
        return tr("the task with UID %1").arg(task.uid);
    return tr("task \u201C%1\u201D (UID %2)").arg(task.name).arg(task.uid);
}

Error refuse(const QString &source, const QString &message) {
    return makeError(ErrorCode::Invalid, tr("\u201C%1\u201D cannot be imported: %2").arg(source, message));
}

/// What the document holds, element by element, before it becomes scheduler input.
struct RawProject {
    QString name;
    QDateTime start;
    QString startText;
    int projectCalendar = -1;
    int minutesPerDay = 480;
    QList<RawCalendar> calendars;
    QList<RawTask> tasks;
    QString problem;
};

void readProject(QXmlStreamReader &xml, RawProject &project) {
    while (xml.readNextStartElement()) {
        const auto name = xml.name();
        if (name == u"Name"_s || name == u"Title"_s) {
            const QString text = xml.readElementText();
            if (project.name.isEmpty())
                project.name = text;
        } else if (name == u"StartDate"_s) {
            project.startText = xml.readElementText();
            project.start = mspdi::parseDate(project.startText);
        } else if (name == u"CalendarUID"_s) {
            mspdi::readInteger(xml, project.projectCalendar, project.problem);
        } else if (name == u"MinutesPerDay"_s) {
            mspdi::readInteger(xml, project.minutesPerDay, project.problem);
        } else if (name == u"Calendars"_s) {
            while (xml.readNextStartElement())
                project.calendars.append(mspdi::readCalendar(xml));
        } else if (name == u"Tasks"_s) {
            while (xml.readNextStartElement())
                project.tasks.append(mspdi::readTask(xml));
        } else {
            mspdi::skipElement(xml);
        }
    }
}

/// One exception period is read for at most this many days (about ten years), as before.
constexpr qint64 kExceptionSpanDays = 3700;

/// The project calendar: its week and exceptions, or the standard calendar when the file names none.
Result<WorkCalendar> projectCalendar(const RawProject &project, const QString &source) {
    const auto raw = std::find_if(project.calendars.cbegin(), project.calendars.cend(),
                                  [&](const RawCalendar &c) { return c.uid == project.projectCalendar; });
    if (raw == project.calendars.cend())
        return WorkCalendar::standard();
    WorkCalendar calendar;
    calendar.name = raw->name;
    // MSPDI numbers days from Sunday (1); Qt from Monday (1).
    for (auto it = raw->week.cbegin(); it != raw->week.cend(); ++it)
        calendar.setWeekday(it.key() == 1 ? Qt::Sunday : it.key() - 1, *it);
    // Counted before any is stored, so that a file listing absurdly many costs nothing.
    const auto daysOf = [](const QDate &from, const QDate &to) {
        return from.isValid() && to.isValid() && from <= to ? std::min<qint64>(from.daysTo(to) + 1, kExceptionSpanDays)
                                                            : qint64(0);
    };
    qint64 days = 0;
    for (const auto &[from, to, intervals] : raw->exceptions)
        days += daysOf(from, to);
    if (days > scheduleLimits::kMaxExceptionDays)
        return refuse(source, tr("its calendar \u201C%1\u201D lists %2 exception days, more than the %3 Relm reads "
                                 "(every day from %4 to %5). Remove exceptions that lie far outside the plan.")
                                  .arg(raw->name)
                                  .arg(days)
                                  .arg(scheduleLimits::kMaxExceptionDays)
                                  .arg(scheduleLimits::kFirstYear)
                                  .arg(scheduleLimits::kLastYear));
    for (const auto &[from, to, intervals] : raw->exceptions) {
        const qint64 span = daysOf(from, to);
        for (qint64 d = 0; d < span; ++d)
            calendar.setException(from.addDays(d), intervals);
    }
    return calendar;
}

/// Tasks: UID 0 is the project summary; blank rows are skipped; the outline gives the phases.
Result<void> addTasks(const RawProject &project, const QString &source, ImportedSchedule &result,
                      QHash<int, int> &indexOfUid) {
    ScheduleInput &input = result.input;
    QHash<int, const RawTask *> byUid;
    QList<int> openPhases; // index of the open phase at each outline level
    for (const RawTask &raw : project.tasks) {
        if (!raw.problem.isEmpty())
            return refuse(source, tr("%1 has a value Relm cannot read: %2.").arg(taskLabel(raw), raw.problem));
        if (!raw.hasUid)
            return refuse(source, tr("a task (\u201C%1\u201D) has no UID.").arg(raw.name));
        if (const RawTask *other = byUid.value(raw.uid))
            return refuse(source, tr("two tasks have the UID %1 (\u201C%2\u201D and \u201C%3\u201D); each needs its "
                                     "own.")
                                      .arg(raw.uid)
                                      .arg(other->name, raw.name));
        byUid.insert(raw.uid, &raw);
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
    return {};
}

/// Dependencies, stored on the successor. Links to rows left out (blank rows, the project summary)
/// are dropped as before; links to UIDs the file does not have are refused.
Result<void> addLinks(const RawProject &project, const QString &source, const QHash<int, int> &indexOfUid,
                      ScheduleInput &input) {
    QSet<int> uids;
    for (const RawTask &raw : project.tasks)
        uids.insert(raw.uid);
    for (const RawTask &raw : project.tasks) {
        const int successor = indexOfUid.value(raw.uid, -1);
        for (const RawTask::Link &l : raw.links) {
            if (!uids.contains(l.predecessorUid))
                return refuse(
                    source,
                    tr("%1 depends on UID %2, which is not in the file.").arg(taskLabel(raw)).arg(l.predecessorUid));
            if (l.predecessorUid == raw.uid)
                return refuse(source, tr("%1 depends on itself.").arg(taskLabel(raw)));
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
    return {};
}

} // namespace

Result<ImportedSchedule> MspdiReader::read(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("Cannot read \u201C%1\u201D: %2.").arg(path, file.errorString()));
    return readBytes(file.readAll(), path);
}

Result<ImportedSchedule> MspdiReader::readBytes(const QByteArray &bytes, const QString &source) {
    const QString name = source.isEmpty() ? tr("the file") : source;
    if (bytes.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid,
                         tr("\u201C%1\u201D is empty. Export the plan again from Microsoft Project as XML.").arg(name));
    // Checked first and by us: Qt reports a wrong byte as damage on line 1 wherever it is, and
    // drops a cut-off character at the end without a word.
    if (meantAsUtf8(bytes)) {
        if (const qsizetype line = invalidUtf8Line(bytes))
            return makeError(ErrorCode::Invalid, tr("\u201C%1\u201D is not valid UTF-8 text (line %2). Export it "
                                                    "again from Microsoft Project, or save it as UTF-8.")
                                                     .arg(name)
                                                     .arg(line));
    }
    QXmlStreamReader xml(bytes);
    RawProject project;
    const bool hasProject = xml.readNextStartElement() && xml.name() == u"Project"_s;
    if (hasProject) {
        readProject(xml, project);
        while (!xml.atEnd()) // the rest must be well-formed too (comments, nothing else)
            xml.readNext();
    }
    if (xml.hasError()) {
        QString reason = xml.errorString().trimmed();
        while (reason.endsWith(u'.'))
            reason.chop(1);
        return makeError(ErrorCode::Invalid, tr("\u201C%1\u201D is damaged at line %2: %3. Export it again from "
                                                "Microsoft Project as XML.")
                                                 .arg(name)
                                                 .arg(xml.lineNumber())
                                                 .arg(reason));
    }
    if (!hasProject)
        return makeError(ErrorCode::Invalid,
                         tr("\u201C%1\u201D is not a Microsoft Project XML file (it has no <Project>).").arg(name));
    if (!project.problem.isEmpty())
        return refuse(name, project.problem + u'.');
    if (!project.start.isValid())
        return makeError(ErrorCode::Invalid, tr("\u201C%1\u201D has no project start date.").arg(name));

    ImportedSchedule result;
    result.name = project.name;
    result.minutesPerDay = project.minutesPerDay;
    ScheduleInput &input = result.input;
    input.projectStart = project.start;
    for (const RawCalendar &calendar : project.calendars) {
        if (!calendar.problem.isEmpty())
            return refuse(name, tr("the calendar \u201C%1\u201D has a value Relm cannot read: %2.")
                                    .arg(calendar.name, calendar.problem));
    }
    auto calendar = projectCalendar(project, name);
    if (!calendar)
        return calendar.error();
    input.calendar = *calendar;
    QHash<int, int> indexOfUid;
    if (auto added = addTasks(project, name, result, indexOfUid); !added)
        return added.error();
    if (auto linked = addLinks(project, name, indexOfUid, input); !linked)
        return linked.error();
    // What the scheduler would refuse is refused here, before anything is stored.
    if (auto checked = ScheduleValidation::checkInput(input); !checked)
        return refuse(name, checked.errorMessage());
    return result;
}

} // namespace relm

#include "MspdiReader.h"

#include "import/XmlPlanText.h"

#include "import/MspdiCalendars.h"
#include "import/MspdiConstraints.h"
#include "import/MspdiElements.h"
#include "schedule/ScheduleLimits.h"
#include "schedule/ScheduleValidation.h"

#include "import/XmlReader.h"
#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace relm {

using mspdi::RawCalendar;
using mspdi::RawTask;

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::MspdiReader", text);
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
    QDateTime statusDate;
    bool honorConstraints = true;
    int projectCalendar = -1;
    int minutesPerDay = 480;
    QList<RawCalendar> calendars;
    QList<RawTask> tasks;
    QString problem;
};

void readProject(xml_plan::XmlReader &xml, RawProject &project) {
    while (xml.readNextStartElement()) {
        const auto name = xml.name();
        if (name == u"Name"_s || name == u"Title"_s) {
            const QString text = xml.readElementText();
            if (project.name.isEmpty())
                project.name = text;
        } else if (name == u"StartDate"_s) {
            project.startText = xml.readElementText();
            project.start = mspdi::parseDate(project.startText);
        } else if (name == u"StatusDate"_s) {
            project.statusDate = mspdi::parseDate(xml.readElementText());
        } else if (name == u"HonorConstraints"_s) {
            project.honorConstraints = xml.readElementText().trimmed() != u"0"_s;
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
            xml.skipCurrentElement();
        }
    }
}

/// The calendars tasks name (and the 24-hour one elapsed durations run on), each added once to
/// the scheduler input's task calendars.
class TaskCalendars {
public:
    TaskCalendars(const mspdi::CalendarResolver &resolver, int projectCalendar, ScheduleInput &input)
        : m_resolver(resolver)
        , m_projectCalendar(projectCalendar)
        , m_input(input) {}

    /// The index of the calendar a task runs on; -1: the project calendar.
    Result<int> indexFor(const RawTask &task) {
        const int key = task.elapsed ? kRoundTheClock : task.calendarUid;
        if (key != kRoundTheClock && (key < 0 || key == m_projectCalendar))
            return -1;
        if (const auto known = m_indexOf.constFind(key); known != m_indexOf.constEnd())
            return *known;
        WorkCalendar calendar = mspdi::roundTheClock();
        if (key != kRoundTheClock) {
            auto resolved = m_resolver.resolve(key);
            if (!resolved)
                return resolved.error();
            if (!*resolved)
                return -1; // a calendar the file does not have: the project's, as Project does
            calendar = **resolved;
        }
        m_indexOf.insert(key, int(m_input.taskCalendars.size()));
        m_input.taskCalendars.push_back(calendar);
        return m_indexOf.value(key);
    }

private:
    static constexpr int kRoundTheClock = -1000;
    const mspdi::CalendarResolver &m_resolver;
    int m_projectCalendar;
    ScheduleInput &m_input;
    QHash<int, int> m_indexOf;
};

/// Tasks: UID 0 is the project summary; blank rows and inactive tasks are skipped; the outline
/// gives the phases.
Result<void> addTasks(const RawProject &project, const QString &source, TaskCalendars &calendars,
                      ImportedSchedule &result, QHash<int, int> &indexOfUid) {
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
        if (raw.uid == 0 || raw.isNull || !raw.active || raw.outlineLevel < 1)
            continue;
        while (openPhases.size() >= raw.outlineLevel)
            openPhases.removeLast();
        ScheduleTask t;
        t.id = QString::number(raw.uid);
        t.name = raw.name;
        t.duration = raw.duration;
        t.milestone = raw.milestone || raw.duration == 0;
        t.parent = openPhases.isEmpty() ? -1 : openPhases.last();
        const std::optional<ConstraintType> constraint = mspdi::constraintOfCode(raw.constraint);
        if (!constraint)
            return refuse(source, tr("%1 has the constraint type %2; Microsoft Project writes 0 to 7.")
                                      .arg(taskLabel(raw))
                                      .arg(raw.constraint));
        t.constraint = *constraint;
        // A date without a constraint that uses it (files write one for every task) is left out,
        // and a dated constraint without its date is as soon as possible.
        t.constraintDate = constraintHasDate(t.constraint) ? raw.constraintDate : QDateTime();
        if (constraintHasDate(t.constraint) && !t.constraintDate.isValid())
            t.constraint = ConstraintType::AsSoonAsPossible;
        t.percentComplete = raw.percentComplete;
        auto calendar = calendars.indexFor(raw);
        if (!calendar)
            return calendar.error();
        t.calendar = *calendar;
        KeptDates kept;
        if (raw.manual && raw.start.isValid())
            kept.manualStart = raw.start;
        kept.actualStart = raw.actualStart;
        kept.actualFinish = raw.actualStart.isValid() ? raw.actualFinish : QDateTime();
        t.fixedStart = kept.actualStart.isValid() ? kept.actualStart : kept.manualStart;
        t.fixedFinish = kept.actualFinish;
        indexOfUid.insert(raw.uid, int(input.tasks.size()));
        input.tasks.push_back(t);
        result.sourceUids.append(raw.uid);
        result.elapsed.append(raw.elapsed);
        result.kept.append(kept);
        result.stored.append({raw.start, raw.finish});
        openPhases.append(int(input.tasks.size()) - 1);
        if (t.parent >= 0) // a phase is no milestone, whatever its own duration
            input.tasks[size_t(t.parent)].milestone = byUid.value(result.sourceUids.at(t.parent))->milestone;
    }
    return {};
}

/// Dependencies, stored on the successor. Links to rows left out (blank rows, the project summary)
/// are dropped as before; links to UIDs the file does not have are refused.
Result<void> addLinks(const RawProject &project, const QString &source, const QHash<int, int> &indexOfUid,
                      ScheduleInput &input) {
    const qint64 minutesPerDay = std::clamp(project.minutesPerDay, 1, 24 * 60);
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
            const bool percent = mspdi::isPercentFormat(l.lagFormat);
            // An elapsed lag becomes the working time it spans on an average day (an approximation:
            // lags here are working time).
            const qint64 minutes =
                mspdi::isElapsedFormat(l.lagFormat) && !percent ? l.lag / 10 * minutesPerDay / (24 * 60) : l.lag / 10;
            input.links.push_back(
                {predecessor, successor, type, percent ? 0 : minutes, percent ? double(l.lag) / 10.0 : 0.0, percent});
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
    if (QByteArrayView(bytes).trimmed().isEmpty())
        return makeError(ErrorCode::Invalid,
                         tr("\u201C%1\u201D is empty. Export the plan again from Microsoft Project as XML.").arg(name));
    xml_plan::XmlReader xml(bytes);
    RawProject project;
    const bool hasProject = xml.readNextStartElement() && xml.name() == u"Project"_s;
    if (hasProject) {
        readProject(xml, project);
        xml.readToEnd(); // the rest must be well-formed too (comments, nothing else)
    }
    if (xml.hasError()) {
        // A byte that is not UTF-8 stops the reader: say so rather than "not well-formed".
        if (const qsizetype line = meantAsUtf8(bytes) ? xml_plan::firstLineNotUtf8(bytes) : 0)
            return makeError(ErrorCode::Invalid, tr("\u201C%1\u201D is not valid UTF-8 text (line %2). Export it "
                                                    "again from Microsoft Project, or save it as UTF-8.")
                                                     .arg(name)
                                                     .arg(line));
        QString reason = xml.errorString().trimmed();
        while (reason.endsWith(u'.'))
            reason.chop(1);
        return makeError(ErrorCode::Invalid, tr("\u201C%1\u201D is damaged at line %2: %3. Export it again from "
                                                "Microsoft Project as XML.")
                                                 .arg(name)
                                                 .arg(xml.lineNumber())
                                                 .arg(reason));
    }
    if (!hasProject && xml.name() == u"project"_s)
        return makeError(ErrorCode::Invalid,
                         tr("\u201C%1\u201D is a GanttProject or GNOME Planner file, not a Microsoft Project XML "
                            "file: import it as such (relm-cli import gan or import planner).")
                             .arg(name));
    if (!hasProject)
        return makeError(ErrorCode::Invalid,
                         tr("\u201C%1\u201D is not a Microsoft Project XML file (it has no <Project>).").arg(name));
    if (!project.problem.isEmpty())
        return refuse(name, project.problem + u'.');
    if (!project.start.isValid() && !project.startText.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid,
                         tr("\u201C%1\u201D gives the project start \u201C%2\u201D, which is not a date "
                            "and time such as 2026-01-05T08:00:00. Export the plan again from "
                            "Microsoft Project as XML.")
                             .arg(name, project.startText.trimmed()));
    if (!project.start.isValid())
        return makeError(ErrorCode::Invalid, tr("\u201C%1\u201D has no project start date.").arg(name));

    ImportedSchedule result;
    result.name = project.name;
    result.minutesPerDay = project.minutesPerDay;
    ScheduleInput &input = result.input;
    input.projectStart = project.start;
    input.statusDate = project.statusDate;
    input.linksBeatConstraints = !project.honorConstraints;
    const mspdi::CalendarResolver resolver(project.calendars, name);
    auto calendar = resolver.resolve(project.projectCalendar);
    if (!calendar)
        return calendar.error();
    input.calendar = calendar->value_or(WorkCalendar::standard());
    QHash<int, int> indexOfUid;
    TaskCalendars taskCalendars(resolver, project.projectCalendar, input);
    if (auto added = addTasks(project, name, taskCalendars, result, indexOfUid); !added)
        return added.error();
    if (auto linked = addLinks(project, name, indexOfUid, input); !linked)
        return linked.error();
    // What the scheduler would refuse is refused here, before anything is stored.
    if (auto checked = ScheduleValidation::checkInput(input); !checked)
        return refuse(name, checked.errorMessage());
    return result;
}

} // namespace relm

#include "PlannerReader.h"

#include "import/PlannerCalendars.h"
#include "import/XmlPlanText.h"
#include "schedule/ScheduleLimits.h"
#include "schedule/ScheduleValidation.h"

#include <QCoreApplication>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::PlannerReader", text);
}

const QString kTool = u"Planner"_s;
/// Planner's lags are elapsed time; Relm counts a calendar day of lag as one working day.
constexpr qint64 kSecondsPerDay = 24 * 60 * 60;

struct RawTask {
    int id = 0;
    QString name;
    qint64 work = 0;     ///< seconds of work
    qint64 duration = 0; ///< seconds, for fixed-duration tasks
    bool fixedDuration = false;
    bool milestone = false;
    qint64 percent = 0;
    int parent = -1;
    bool hasChildren = false;
    ConstraintType constraint = ConstraintType::AsSoonAsPossible;
    QDateTime constraintDate;
    QDateTime start;
    QDateTime finish;
    qint64 line = 0;
};

struct RawPredecessor {
    int successor = -1; ///< index of the task it sits on
    int predecessorId = 0;
    LinkType type = LinkType::FinishToStart;
    qint64 lagSeconds = 0;
    qint64 line = 0;
};

struct RawPlan {
    QString name;
    QDateTime start;
    qint64 calendar = -1;
    QList<planner::RawCalendar> calendars;
    QList<RawTask> tasks;
    QList<RawPredecessor> predecessors;
    QHash<int, qint64> units; ///< task id -> percent of resources assigned, summed
    QStringList ignoredConstraints;
    qint64 problemLine = 0;
    QString problem;
};

/// "20070223T080000Z": Planner writes a Z, but the time is the calendar's own wall-clock time.
/// Read by hand: files hold two of them per task, and a general date parser is slow. `spec`:
/// Qt::LocalTime as Relm plans, or Qt::UTC for a wall-clock time only compared later (cheap to make).
QDateTime parseTime(QStringView text, Qt::TimeSpec spec = Qt::LocalTime) {
    QStringView t = text.trimmed();
    if (t.endsWith(u'Z'))
        t.chop(1);
    if (t.size() != 15 || t[8] != u'T')
        return {};
    using xml_plan::digits;
    const QDate date(digits(t, 0, 4), digits(t, 4, 2), digits(t, 6, 2));
    const QTime time(digits(t, 9, 2), digits(t, 11, 2), digits(t, 13, 2));
    if (!date.isValid() || !time.isValid() || date < scheduleLimits::firstDate() || date > scheduleLimits::lastDate())
        return {};
    return QDateTime(date, time, spec);
}

class Parser {
public:
    Parser(xml_plan::XmlReader &xml, RawPlan &plan)
        : m_xml(xml)
        , m_plan(plan) {}

    void readProject() {
        const xml_plan::XmlAttributes &attributes = m_xml.attributes();
        m_plan.name = attributes.value("name"_L1).trimmed();
        m_plan.start = parseTime(attributes.value("project-start"_L1));
        if (!m_plan.start.isValid())
            return fail(tr("the project start \u201C%1\u201D is not a time such as 20260105T000000Z between %2 and %3.")
                            .arg(attributes.value("project-start"_L1))
                            .arg(scheduleLimits::kFirstYear)
                            .arg(scheduleLimits::kLastYear));
        if (!xml_plan::intAttribute(attributes, "calendar"_L1, m_plan.calendar))
            return fail(
                tr("the project calendar \u201C%1\u201D is not a calendar id.").arg(attributes.value("calendar"_L1)));
        while (ok() && m_xml.readNextStartElement()) {
            const auto name = m_xml.name();
            if (name == u"calendars"_s) {
                QString problem;
                if (!planner::readCalendars(m_xml, m_plan.calendars, problem))
                    fail(problem);
            } else if (name == u"tasks"_s) {
                readTasks(-1, 1);
            } else if (name == u"allocations"_s) {
                readAllocations();
            } else {
                m_xml.skipCurrentElement();
            }
        }
    }

private:
    bool ok() const { return m_plan.problem.isEmpty() && !m_xml.hasError(); }

    void fail(const QString &problem) {
        if (!m_plan.problem.isEmpty())
            return;
        m_plan.problem = problem;
        m_plan.problemLine = m_xml.lineNumber();
    }

    void readTasks(int parent, int depth) {
        while (ok() && m_xml.readNextStartElement()) {
            const auto name = m_xml.name();
            if (name == u"task"_s)
                readTask(parent, depth);
            else if (name == u"constraint"_s && parent >= 0)
                readConstraint(m_plan.tasks[parent]);
            else if (name == u"predecessors"_s && parent >= 0)
                readPredecessors(parent);
            else
                m_xml.skipCurrentElement();
        }
    }

    void readTask(int parent, int depth) {
        if (depth > scheduleLimits::kMaxOutlineDepth)
            return fail(tr("tasks are nested more than %1 levels deep.").arg(scheduleLimits::kMaxOutlineDepth));
        const xml_plan::XmlAttributes &attributes = m_xml.attributes();
        RawTask task;
        task.line = m_xml.lineNumber();
        task.parent = parent;
        task.name = attributes.value("name"_L1);
        qint64 id = -1;
        if (!attributes.hasAttribute("id"_L1) || !xml_plan::intAttribute(attributes, "id"_L1, id) || id < 0 ||
            id > std::numeric_limits<int>::max())
            return fail(tr("the task \u201C%1\u201D has no id, or one that is not a whole number (\u201C%2\u201D).")
                            .arg(task.name, attributes.value("id"_L1)));
        task.id = int(id);
        const auto label = [&task] {
            return tr("task \u201C%1\u201D (id %2)").arg(task.name).arg(task.id);
        };
        constexpr qint64 maxSeconds = scheduleLimits::kMaxWorkingMinutes * 60;
        for (const auto &[attribute, field] :
             {std::pair{"work"_L1, &task.work}, std::pair{"duration"_L1, &task.duration}}) {
            if (!xml_plan::intAttribute(attributes, attribute, *field) || *field < 0 || *field > maxSeconds)
                return fail(tr("%1 has %2=\u201C%3\u201D; that is a whole number of seconds from 0 to %4.")
                                .arg(label(), attribute, attributes.value(attribute))
                                .arg(maxSeconds));
        }
        if (!xml_plan::intAttribute(attributes, "percent-complete"_L1, task.percent) || task.percent < 0 ||
            task.percent > scheduleLimits::kMaxPercentComplete)
            return fail(tr("%1 is \u201C%2\u201D percent complete; that is a whole number from 0 to 100.")
                            .arg(label(), attributes.value("percent-complete"_L1)));
        task.fixedDuration = attributes.value("scheduling"_L1) == u"fixed-duration"_s;
        task.milestone = attributes.value("type"_L1) == u"milestone"_s;
        const QString workStart = attributes.value("work-start"_L1);
        task.start = parseTime(workStart.isEmpty() ? attributes.value("start"_L1) : workStart, Qt::UTC);
        task.finish = parseTime(attributes.value("end"_L1), Qt::UTC);
        if (parent >= 0)
            m_plan.tasks[parent].hasChildren = true;
        m_plan.tasks.append(task);
        readTasks(int(m_plan.tasks.size()) - 1, depth + 1);
    }

    void readConstraint(RawTask &task) {
        const xml_plan::XmlAttributes &attributes = m_xml.attributes();
        const QString type = attributes.value("type"_L1);
        ConstraintType constraint = ConstraintType::AsSoonAsPossible;
        if (type == u"must-start-on"_s)
            constraint = ConstraintType::MustStartOn;
        else if (type == u"start-no-earlier-than"_s)
            constraint = ConstraintType::StartNoEarlierThan;
        else if (type == u"finish-no-later-than"_s)
            constraint = ConstraintType::FinishNoLaterThan;
        else if (type != u"as-soon-as-possible"_s)
            m_plan.ignoredConstraints.append(task.name);
        if (constraint != ConstraintType::AsSoonAsPossible) {
            task.constraintDate = parseTime(attributes.value("time"_L1));
            if (!task.constraintDate.isValid())
                return fail(
                    tr("the constraint of task \u201C%1\u201D (id %2) has the time \u201C%3\u201D, which is not "
                       "a time such as 20260105T080000Z.")
                        .arg(task.name)
                        .arg(task.id)
                        .arg(attributes.value("time"_L1)));
            task.constraint = constraint;
        }
        m_xml.skipCurrentElement();
    }

    void readPredecessors(int successor) {
        static const QHash<QString, LinkType> types = {{u"FS"_s, LinkType::FinishToStart},
                                                       {u"SS"_s, LinkType::StartToStart},
                                                       {u"FF"_s, LinkType::FinishToFinish},
                                                       {u"SF"_s, LinkType::StartToFinish}};
        const RawTask &task = m_plan.tasks.at(successor);
        while (ok() && m_xml.readNextStartElement()) {
            if (m_xml.name() != u"predecessor"_s) {
                m_xml.skipCurrentElement();
                continue;
            }
            const xml_plan::XmlAttributes &attributes = m_xml.attributes();
            RawPredecessor link;
            link.line = m_xml.lineNumber();
            link.successor = successor;
            qint64 id = -1;
            if (!xml_plan::intAttribute(attributes, "predecessor-id"_L1, id) || id < 0 ||
                id > std::numeric_limits<int>::max())
                return fail(
                    tr("a predecessor of task \u201C%1\u201D (id %2) is \u201C%3\u201D, which is not a task id.")
                        .arg(task.name)
                        .arg(task.id)
                        .arg(attributes.value("predecessor-id"_L1)));
            link.predecessorId = int(id);
            const QString type = attributes.value("type"_L1);
            if (!type.isEmpty() && !types.contains(type))
                return fail(tr("the dependency of task \u201C%1\u201D (id %2) on id %3 has the type \u201C%4\u201D; "
                               "Planner writes FS, SS, FF or SF.")
                                .arg(task.name)
                                .arg(task.id)
                                .arg(link.predecessorId)
                                .arg(type));
            link.type = types.value(type, LinkType::FinishToStart);
            constexpr qint64 maxLag =
                scheduleLimits::kMaxWorkingMinutes / scheduleLimits::kMinutesPerDay * kSecondsPerDay;
            if (!xml_plan::intAttribute(attributes, "lag"_L1, link.lagSeconds) || link.lagSeconds < -maxLag ||
                link.lagSeconds > maxLag)
                return fail(
                    tr("the dependency of task \u201C%1\u201D (id %2) on id %3 has the lag \u201C%4\u201D; a lag "
                       "is a whole number of seconds from -%5 to %5.")
                        .arg(task.name)
                        .arg(task.id)
                        .arg(link.predecessorId)
                        .arg(attributes.value("lag"_L1))
                        .arg(maxLag));
            m_plan.predecessors.append(link);
            m_xml.skipCurrentElement();
        }
    }

    void readAllocations() {
        while (ok() && m_xml.readNextStartElement()) {
            if (m_xml.name() == u"allocation"_s) {
                qint64 task = -1;
                qint64 units = 100;
                if (!xml_plan::intAttribute(m_xml.attributes(), "task-id"_L1, task) ||
                    !xml_plan::intAttribute(m_xml.attributes(), "units"_L1, units) || task < 0 ||
                    task > std::numeric_limits<int>::max() || units < 0 || units > 100'000)
                    return fail(
                        tr("an allocation names the task \u201C%1\u201D with the units \u201C%2\u201D; it needs "
                           "a task id and units from 0 to 100000 (percent).")
                            .arg(m_xml.attributes().value("task-id"_L1), m_xml.attributes().value("units"_L1)));
                m_plan.units[int(task)] += units;
            }
            m_xml.skipCurrentElement();
        }
    }

    xml_plan::XmlReader &m_xml;
    RawPlan &m_plan;
};

/// Working minutes a task lasts: a fixed duration, or its work shared by the resources assigned.
qint64 durationOf(const RawTask &task, qint64 units) {
    if (task.milestone || task.hasChildren)
        return 0;
    const qint64 seconds = task.fixedDuration ? task.duration : task.work;
    if (task.fixedDuration || units <= 0)
        return seconds / 60;
    return std::llround(double(seconds) / 60.0 * 100.0 / double(units));
}

Result<void> addTasks(const RawPlan &plan, const QString &source, PlanFile &result, QHash<int, int> &indexOfId) {
    ScheduleInput &input = result.schedule.input;
    input.tasks.reserve(size_t(plan.tasks.size()));
    for (qsizetype i = 0; i < plan.tasks.size(); ++i) {
        const RawTask &raw = plan.tasks.at(i);
        if (indexOfId.contains(raw.id))
            return xml_plan::refuse(source, raw.line,
                                    tr("two tasks have the id %1 (\u201C%2\u201D and \u201C%3\u201D); each needs its "
                                       "own.")
                                        .arg(raw.id)
                                        .arg(plan.tasks.at(indexOfId.value(raw.id)).name, raw.name));
        indexOfId.insert(raw.id, int(i));
        ScheduleTask t;
        t.id = QString::number(raw.id);
        t.name = raw.name;
        t.parent = raw.parent;
        t.duration = durationOf(raw, plan.units.value(raw.id));
        if (t.duration > scheduleLimits::kMaxWorkingMinutes)
            return xml_plan::refuse(source, raw.line,
                                    tr("task \u201C%1\u201D (id %2) would last %3, longer than the %4 Relm plans.")
                                        .arg(raw.name)
                                        .arg(raw.id)
                                        .arg(ScheduleValidation::workingTime(t.duration),
                                             ScheduleValidation::workingTime(scheduleLimits::kMaxWorkingMinutes)));
        t.milestone = !raw.hasChildren && (raw.milestone || t.duration == 0);
        t.constraint = raw.constraint;
        t.constraintDate = raw.constraintDate;
        t.percentComplete = int(raw.percent);
        input.tasks.push_back(t);
        result.schedule.sourceUids.append(raw.id);
        result.schedule.elapsed.append(false);
        result.stored.append({raw.start, raw.finish});
    }
    return {};
}

Result<void> addLinks(const RawPlan &plan, const QString &source, const QHash<int, int> &indexOfId, PlanFile &result) {
    bool lagged = false;
    for (const RawPredecessor &l : plan.predecessors) {
        const RawTask &task = plan.tasks.at(l.successor);
        if (!indexOfId.contains(l.predecessorId))
            return xml_plan::refuse(source, l.line,
                                    tr("task \u201C%1\u201D (id %2) depends on the task id %3, which is not in the "
                                       "file.")
                                        .arg(task.name)
                                        .arg(task.id)
                                        .arg(l.predecessorId));
        if (l.predecessorId == task.id)
            return xml_plan::refuse(source, l.line,
                                    tr("task \u201C%1\u201D (id %2) depends on itself.").arg(task.name).arg(task.id));
        const qint64 lag = l.lagSeconds * scheduleLimits::kMinutesPerDay / kSecondsPerDay;
        lagged = lagged || lag != 0;
        result.schedule.input.links.push_back({indexOfId.value(l.predecessorId), l.successor, l.type, lag, 0.0, false});
    }
    if (lagged)
        result.notes.append(tr("Planner counts lags in elapsed time; Relm counts each calendar day of lag as one "
                               "working day (8 hours)."));
    return {};
}

Result<PlanFile> toPlanFile(const RawPlan &plan, const QString &source) {
    if (plan.tasks.isEmpty())
        return xml_plan::refuse(source, 1, tr("it holds no tasks; there is nothing to import."));
    PlanFile result;
    result.format = kTool;
    result.calendars = int(plan.calendars.size());
    result.schedule.name = plan.name;
    ScheduleInput &input = result.schedule.input;
    input.projectStart = plan.start;
    const auto projectCalendar = std::find_if(plan.calendars.cbegin(), plan.calendars.cend(),
                                              [&](const planner::RawCalendar &c) { return c.id == plan.calendar; });
    if (projectCalendar != plan.calendars.cend()) {
        auto calendar =
            planner::resolve(plan.calendars, int(projectCalendar - plan.calendars.cbegin()), result.calendarDays);
        if (!calendar)
            return xml_plan::refuse(source, projectCalendar->line, calendar.errorMessage());
        input.calendar = *calendar;
    } else {
        result.notes.append(tr("The file names no calendar Relm can find; the standard calendar is used."));
    }
    QHash<int, int> indexOfId;
    if (auto added = addTasks(plan, source, result, indexOfId); !added)
        return added.error();
    if (auto linked = addLinks(plan, source, indexOfId, result); !linked)
        return linked.error();
    if (!plan.ignoredConstraints.isEmpty())
        result.notes.append(tr("Relm has no as-late-as-possible tasks; these start as soon as possible: %1.")
                                .arg(plan.ignoredConstraints.join(u", "_s)));
    if (auto checked = ScheduleValidation::checkInput(input); !checked)
        return makeError(ErrorCode::Invalid,
                         tr("\u201C%1\u201D cannot be imported: %2").arg(source, checked.errorMessage()));
    return result;
}

} // namespace

Result<PlanFile> PlannerReader::read(const QString &path) {
    auto bytes = xml_plan::readFile(path);
    if (!bytes)
        return bytes.error();
    return readBytes(*bytes, path);
}

Result<PlanFile> PlannerReader::readBytes(const QByteArray &bytes, const QString &source) {
    const QString name = source.isEmpty() ? tr("the file") : source;
    xml_plan::XmlReader xml(bytes);
    RawPlan plan;
    const bool isProject = xml.readNextStartElement() && xml.name() == u"project"_s;
    if (isProject && xml_plan::writerOfProject(xml.attributes()) == xml_plan::ProjectWriter::GanttProject)
        return makeError(
            ErrorCode::Invalid,
            tr("\u201C%1\u201D is a GanttProject file, not a GNOME Planner file: import it as a GanttProject file "
               "(relm-cli import gan).")
                .arg(name));
    if (isProject) {
        Parser(xml, plan).readProject();
        if (plan.problem.isEmpty())
            xml.readToEnd(); // the rest must be well-formed too
    }
    if (xml.hasError())
        return xml_plan::damaged(xml, bytes, name, kTool);
    if (!isProject)
        return makeError(ErrorCode::Invalid,
                         tr("\u201C%1\u201D is not a Planner file (it has no <project>).").arg(name));
    if (!plan.problem.isEmpty())
        return xml_plan::refuse(name, plan.problemLine, plan.problem);
    return toPlanFile(plan, name);
}

} // namespace relm

#include "GanttProjectReader.h"

#include "import/XmlPlanText.h"
#include "schedule/ScheduleLimits.h"
#include "schedule/ScheduleValidation.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::GanttProjectReader", text);
}

const QString kTool = u"GanttProject"_s;
/// GanttProject counts in working days and keeps no working hours: Relm's standard day.
constexpr qint64 kMinutesPerDay = scheduleLimits::kMinutesPerDay;
constexpr qint64 kMaxDays = scheduleLimits::kMaxWorkingMinutes / kMinutesPerDay;
/// A yearly holiday is set for this many years from the year before the plan starts.
constexpr int kYearlyHolidayYears = 12;

struct RawTask {
    int id = 0;
    QString name;
    QDate start;
    qint64 days = 0;
    bool milestone = false;
    qint64 percent = 0;
    int parent = -1;
    QDate earliest; ///< an earliest start set in GanttProject
    qint64 line = 0;
    bool hasChildren = false;
};

struct RawDepend {
    int predecessor = -1; ///< index of the task it sits on
    int successorId = 0;
    qint64 type = 2;
    qint64 lagDays = 0;
    bool firm = true; ///< "Strong": the successor follows exactly; "Rubber": at least
    qint64 line = 0;
};

struct RawDay {
    int year = 0; ///< 0: every year
    int month = 0;
    int day = 0;
    QString type;
    qint64 line = 0;
};

struct RawPlan {
    QString name;
    QList<bool> weekend = QList<bool>(7, false); ///< Monday first
    QString holidaySet;                          ///< a predefined holiday calendar the file names
    QList<RawDay> days;
    QList<RawTask> tasks;
    QList<RawDepend> depends;
    int calendars = 0;
    qint64 problemLine = 0;
    QString problem;
};

class Parser {
public:
    Parser(xml_plan::XmlReader &xml, RawPlan &plan)
        : m_xml(xml)
        , m_plan(plan) {}

    void readProject() {
        m_plan.name = m_xml.attributes().value("name"_L1).trimmed();
        while (ok() && m_xml.readNextStartElement()) {
            if (m_xml.name() == u"calendars"_s)
                readCalendars();
            else if (m_xml.name() == u"tasks"_s)
                readTasks(-1, 1);
            else
                m_xml.skipCurrentElement();
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

    void readCalendars() {
        ++m_plan.calendars;
        const QString base = m_xml.attributes().value("base-id"_L1);
        if (!base.isEmpty() && base != u"none"_s)
            m_plan.holidaySet = base;
        while (ok() && m_xml.readNextStartElement()) {
            if (m_xml.name() == u"day-types"_s)
                readDayTypes();
            else if (m_xml.name() == u"date"_s)
                readDate();
            else
                m_xml.skipCurrentElement();
        }
    }

    void readDayTypes() {
        const auto &days = xml_plan::kWeekdayAttributes;
        while (ok() && m_xml.readNextStartElement()) {
            if (m_xml.name() == u"default-week"_s) {
                const xml_plan::XmlAttributes &attributes = m_xml.attributes();
                for (int d = 0; d < 7; ++d) {
                    const QString value = attributes.value(days.at(d));
                    if (value != u"0"_s && value != u"1"_s && !value.isEmpty())
                        return fail(tr("<default-week> gives %1=\u201C%2\u201D; each day is 0 (working) or 1 "
                                       "(weekend).")
                                        .arg(days.at(d), value));
                    m_plan.weekend[d] = value == u"1"_s;
                }
            }
            m_xml.skipCurrentElement();
        }
    }

    void readDate() {
        const xml_plan::XmlAttributes &attributes = m_xml.attributes();
        RawDay day;
        day.line = m_xml.lineNumber();
        day.type = attributes.value("type"_L1);
        qint64 year = 0, month = 0, date = 0;
        if (!xml_plan::intAttribute(attributes, "year"_L1, year) ||
            !xml_plan::intAttribute(attributes, "month"_L1, month) ||
            !xml_plan::intAttribute(attributes, "date"_L1, date) ||
            !QDate(year ? int(year) : 2000, int(month), int(date)).isValid())
            return fail(
                tr("the calendar date year=\u201C%1\u201D month=\u201C%2\u201D date=\u201C%3\u201D is not a "
                   "date.")
                    .arg(attributes.value("year"_L1), attributes.value("month"_L1), attributes.value("date"_L1)));
        day.year = int(year);
        day.month = int(month);
        day.day = int(date);
        m_plan.days.append(day);
        m_xml.skipCurrentElement();
    }

    void readTasks(int parent, int depth) {
        while (ok() && m_xml.readNextStartElement()) {
            if (m_xml.name() == u"task"_s)
                readTask(parent, depth);
            else if (m_xml.name() == u"depend"_s && parent >= 0)
                readDepend(parent);
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
        task.start = QDate::fromString(attributes.value("start"_L1), Qt::ISODate);
        if (!task.start.isValid() || task.start < scheduleLimits::firstDate() ||
            task.start > scheduleLimits::lastDate())
            return fail(tr("%1 starts on \u201C%2\u201D, which is not a date (YYYY-MM-DD) between %3 and %4.")
                            .arg(label(), attributes.value("start"_L1))
                            .arg(scheduleLimits::kFirstYear)
                            .arg(scheduleLimits::kLastYear));
        if (!xml_plan::intAttribute(attributes, "duration"_L1, task.days) || task.days < 0 || task.days > kMaxDays)
            return fail(tr("%1 lasts \u201C%2\u201D days; a duration is a whole number of days from 0 to %3.")
                            .arg(label(), attributes.value("duration"_L1))
                            .arg(kMaxDays));
        if (!xml_plan::intAttribute(attributes, "complete"_L1, task.percent) || task.percent < 0 ||
            task.percent > scheduleLimits::kMaxPercentComplete)
            return fail(tr("%1 is \u201C%2\u201D percent complete; that is a whole number from 0 to 100.")
                            .arg(label(), attributes.value("complete"_L1)));
        task.milestone = attributes.value("meeting"_L1) == u"true"_s;
        if (attributes.value("thirdDate-constraint"_L1) == u"1"_s) {
            task.earliest = QDate::fromString(attributes.value("thirdDate"_L1), Qt::ISODate);
            if (!task.earliest.isValid() || task.earliest < scheduleLimits::firstDate() ||
                task.earliest > scheduleLimits::lastDate())
                return fail(tr("%1 has the earliest start \u201C%2\u201D, which is not a date (YYYY-MM-DD).")
                                .arg(label(), attributes.value("thirdDate"_L1)));
        }
        if (parent >= 0)
            m_plan.tasks[parent].hasChildren = true;
        m_plan.tasks.append(task);
        readTasks(int(m_plan.tasks.size()) - 1, depth + 1);
    }

    void readDepend(int predecessor) {
        const xml_plan::XmlAttributes &attributes = m_xml.attributes();
        RawDepend depend;
        depend.line = m_xml.lineNumber();
        depend.predecessor = predecessor;
        const RawTask &from = m_plan.tasks.at(predecessor);
        qint64 id = -1;
        if (!attributes.hasAttribute("id"_L1) || !xml_plan::intAttribute(attributes, "id"_L1, id) || id < 0 ||
            id > std::numeric_limits<int>::max())
            return fail(tr("a dependency of task \u201C%1\u201D (id %2) names the successor \u201C%3\u201D, which is "
                           "not a task id.")
                            .arg(from.name)
                            .arg(from.id)
                            .arg(attributes.value("id"_L1)));
        depend.successorId = int(id);
        if (!xml_plan::intAttribute(attributes, "type"_L1, depend.type) || depend.type < 1 || depend.type > 4)
            return fail(tr("the dependency of task id %1 on task \u201C%2\u201D (id %3) has the type \u201C%4\u201D; "
                           "GanttProject writes 1 (start-start), 2 (finish-start), 3 (finish-finish) or 4 "
                           "(start-finish).")
                            .arg(depend.successorId)
                            .arg(from.name)
                            .arg(from.id)
                            .arg(attributes.value("type"_L1)));
        if (!xml_plan::intAttribute(attributes, "difference"_L1, depend.lagDays) || depend.lagDays < -kMaxDays ||
            depend.lagDays > kMaxDays)
            return fail(tr("the dependency of task id %1 on task \u201C%2\u201D (id %3) has the lag \u201C%4\u201D; "
                           "a lag is a whole number of days from -%5 to %5.")
                            .arg(depend.successorId)
                            .arg(from.name)
                            .arg(from.id)
                            .arg(attributes.value("difference"_L1))
                            .arg(kMaxDays));
        depend.firm = attributes.value("hardness"_L1) != u"Rubber"_s;
        m_plan.depends.append(depend);
        m_xml.skipCurrentElement();
    }

    xml_plan::XmlReader &m_xml;
    RawPlan &m_plan;
};

LinkType linkType(qint64 code) {
    switch (code) {
    case 1:
        return LinkType::StartToStart;
    case 3:
        return LinkType::FinishToFinish;
    case 4:
        return LinkType::StartToFinish;
    default:
        return LinkType::FinishToStart;
    }
}

/// The working week and the dates the file sets apart; yearly ones for the years around the plan.
Result<WorkCalendar> calendarOf(const RawPlan &plan, const QDate &projectStart, const QString &source, int &days) {
    const WorkCalendar standard = WorkCalendar::standard();
    const QList<WorkInterval> workday = standard.weekday(Qt::Monday);
    WorkCalendar calendar;
    calendar.name = tr("%1 calendar").arg(plan.name.isEmpty() ? kTool : plan.name);
    for (int d = 0; d < 7; ++d)
        calendar.setWeekday(d + 1, plan.weekend.at(d) ? QList<WorkInterval>() : workday);
    if (!calendar.hasWorkingTime())
        return xml_plan::refuse(source, 1, tr("its week has no working day (every day is a weekend day)."));
    days = 0;
    for (const RawDay &day : plan.days) {
        if (day.type != u"HOLIDAY"_s && day.type != u"WORKING_DAY"_s)
            continue;
        const QList<WorkInterval> hours = day.type == u"HOLIDAY"_s ? QList<WorkInterval>() : workday;
        const int first = day.year ? day.year : projectStart.year() - 1;
        const int last = day.year ? day.year : first + kYearlyHolidayYears - 1;
        for (int year = first; year <= last; ++year) {
            const QDate date(year, day.month, day.day); // 29 February only in leap years
            if (!date.isValid())
                continue;
            if (date < scheduleLimits::firstDate() || date > scheduleLimits::lastDate())
                return xml_plan::refuse(source, day.line,
                                        tr("the holiday %1 lies outside the years %2 to %3.")
                                            .arg(date.toString(Qt::ISODate))
                                            .arg(scheduleLimits::kFirstYear)
                                            .arg(scheduleLimits::kLastYear));
            if (++days > scheduleLimits::kMaxExceptionDays)
                return xml_plan::refuse(
                    source, day.line,
                    tr("the calendar sets apart more than %1 days.").arg(scheduleLimits::kMaxExceptionDays));
            calendar.setException(date, hours);
        }
    }
    return calendar;
}

/// Whether a firm dependency drives the task or one of its phases (then it does not keep its stored start).
QList<bool> drivenTasks(const RawPlan &plan, const QHash<int, int> &indexOfId) {
    QList<bool> firm(plan.tasks.size(), false);
    for (const RawDepend &d : plan.depends) {
        if (d.firm)
            firm[indexOfId.value(d.successorId)] = true;
    }
    QList<bool> driven(plan.tasks.size(), false);
    for (qsizetype i = 0; i < plan.tasks.size(); ++i) { // phases come before their tasks
        const int parent = plan.tasks.at(i).parent;
        driven[i] = firm.at(i) || (parent >= 0 && driven.at(parent));
    }
    return driven;
}

Result<PlanFile> toPlanFile(const RawPlan &plan, const QString &source) {
    if (plan.tasks.isEmpty())
        return xml_plan::refuse(source, 1, tr("it holds no tasks; there is nothing to import."));
    QHash<int, int> indexOfId;
    QDate projectStart;
    for (qsizetype i = 0; i < plan.tasks.size(); ++i) {
        const RawTask &t = plan.tasks.at(i);
        if (indexOfId.contains(t.id))
            return xml_plan::refuse(source, t.line,
                                    tr("two tasks have the id %1 (\u201C%2\u201D and \u201C%3\u201D); each needs its "
                                       "own.")
                                        .arg(t.id)
                                        .arg(plan.tasks.at(indexOfId.value(t.id)).name, t.name));
        indexOfId.insert(t.id, int(i));
        if (!projectStart.isValid() || t.start < projectStart)
            projectStart = t.start;
    }
    for (const RawDepend &d : plan.depends) {
        const RawTask &from = plan.tasks.at(d.predecessor);
        if (!indexOfId.contains(d.successorId))
            return xml_plan::refuse(source, d.line,
                                    tr("task \u201C%1\u201D (id %2) has a dependency on the task id %3, which is not "
                                       "in the file.")
                                        .arg(from.name)
                                        .arg(from.id)
                                        .arg(d.successorId));
        if (d.successorId == from.id)
            return xml_plan::refuse(source, d.line,
                                    tr("task \u201C%1\u201D (id %2) depends on itself.").arg(from.name).arg(from.id));
    }
    PlanFile result;
    result.format = kTool;
    result.calendars = plan.calendars;
    ImportedSchedule &schedule = result.schedule;
    schedule.name = plan.name;
    ScheduleInput &input = schedule.input;
    input.projectStart = QDateTime(projectStart, QTime(0, 0));
    auto calendar = calendarOf(plan, projectStart, source, result.calendarDays);
    if (!calendar)
        return calendar.error();
    input.calendar = *calendar;
    const QList<bool> driven = drivenTasks(plan, indexOfId);
    input.tasks.reserve(size_t(plan.tasks.size()));
    for (qsizetype i = 0; i < plan.tasks.size(); ++i) {
        const RawTask &raw = plan.tasks.at(i);
        ScheduleTask t;
        t.id = QString::number(raw.id);
        t.name = raw.name;
        t.parent = raw.parent;
        t.duration = raw.milestone ? 0 : raw.days * kMinutesPerDay;
        t.milestone = !raw.hasChildren && (raw.milestone || raw.days == 0);
        t.percentComplete = int(raw.percent);
        const QDate keep = driven.at(i) ? raw.earliest : std::max(raw.start, raw.earliest);
        if (!raw.hasChildren && keep.isValid() && keep > projectStart) {
            t.constraint = ConstraintType::StartNoEarlierThan;
            t.constraintDate = QDateTime(keep, QTime(0, 0));
        }
        input.tasks.push_back(t);
        schedule.sourceUids.append(raw.id);
        schedule.elapsed.append(false);
        result.stored.append({QDateTime(raw.start, QTime(0, 0)), QDateTime()});
    }
    for (const RawDepend &d : plan.depends)
        input.links.push_back(
            {d.predecessor, indexOfId.value(d.successorId), linkType(d.type), d.lagDays * kMinutesPerDay, 0.0, false});
    result.notes.append(tr("GanttProject keeps no working hours: Relm counts 8 hours a day (08:00 to 12:00 and "
                           "13:00 to 17:00) on its working days."));
    if (!plan.holidaySet.isEmpty())
        result.notes.append(tr("The file uses GanttProject's holiday calendar \u201C%1\u201D, which it does not "
                               "contain; only the holidays it lists were read.")
                                .arg(plan.holidaySet));
    if (auto checked = ScheduleValidation::checkInput(input); !checked)
        return makeError(ErrorCode::Invalid,
                         tr("\u201C%1\u201D cannot be imported: %2").arg(source, checked.errorMessage()));
    return result;
}

} // namespace

Result<PlanFile> GanttProjectReader::read(const QString &path) {
    auto bytes = xml_plan::readFile(path);
    if (!bytes)
        return bytes.error();
    return readBytes(*bytes, path);
}

Result<PlanFile> GanttProjectReader::readBytes(const QByteArray &bytes, const QString &source) {
    const QString name = source.isEmpty() ? tr("the file") : source;
    xml_plan::XmlReader xml(bytes);
    RawPlan plan;
    const bool isProject = xml.readNextStartElement() && xml.name() == u"project"_s;
    if (isProject && xml_plan::writerOfProject(xml.attributes()) == xml_plan::ProjectWriter::Planner)
        return makeError(
            ErrorCode::Invalid,
            tr("\u201C%1\u201D is a GNOME Planner file, not a GanttProject file: import it as a Planner file "
               "(relm-cli import planner).")
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
                         tr("\u201C%1\u201D is not a GanttProject file (it has no <project>).").arg(name));
    if (!plan.problem.isEmpty())
        return xml_plan::refuse(name, plan.problemLine, plan.problem);
    return toPlanFile(plan, name);
}

} // namespace relm

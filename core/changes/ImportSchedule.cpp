#include "changes/ChangeContext.h"
#include "changes/PlanChanges.h"
#include "domain/Validation.h"
#include "storage/PlanStore.h"
#include "storage/ReleaseStore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::ImportSchedule", text);
}

/// Names stay unique (tasks within a release, calendars everywhere): a name already used gets
/// " (2)", " (3)" and so on.
class UniqueNames {
public:
    explicit UniqueNames(qsizetype expected) { m_taken.reserve(expected); }

    void reserve(const QString &name) { m_taken.insert(name.trimmed().toCaseFolded()); }

    QString take(const QString &wanted) {
        const QString trimmed = wanted.trimmed();
        if (takeIfFree(trimmed))
            return trimmed;
        for (int n = 2;; ++n) {
            QString numbered = u"%1 (%2)"_s.arg(trimmed).arg(n);
            if (takeIfFree(numbered))
                return numbered;
        }
    }

private:
    bool takeIfFree(const QString &name) {
        const qsizetype before = m_taken.size();
        m_taken.insert(name.toCaseFolded());
        return m_taken.size() != before;
    }

    QSet<QString> m_taken;
};

QDateTime shifted(const QDateTime &date, qint64 days) {
    return date.isValid() ? date.addDays(days) : date;
}

} // namespace

/// The stored calendar of the file's project calendar and of each task calendar (0: the release's).
struct ImportSchedule::Calendars {
    Id project = 0;
    QList<Id> tasks;
};

ImportSchedule::ImportSchedule(Id releaseId, ImportedSchedule schedule, QString source, ImportOptions options)
    : ImportSchedule(releaseId, std::make_shared<const ImportedSchedule>(std::move(schedule)), std::move(source),
                     options) {}

ImportSchedule::ImportSchedule(Id releaseId, std::shared_ptr<const ImportedSchedule> schedule, QString source,
                               ImportOptions options)
    : m_releaseId(releaseId)
    , m_schedule(std::move(schedule))
    , m_source(std::move(source))
    , m_options(options) {}

QString ImportSchedule::text() const {
    return QCoreApplication::translate("relm::ImportSchedule", "Import %n task(s) from %1", nullptr,
                                       int(m_schedule->input.tasks.size()))
        .arg(m_source);
}

Result<ImportSchedule::Calendars> ImportSchedule::storeCalendars(ChangeContext &context, bool freshPlan) {
    auto stored = context.plan().calendars();
    auto release = context.releases().release(m_releaseId);
    if (!stored || !release)
        return !stored ? stored.error() : release.error();
    QList<PlanCalendar> known = *stored;
    UniqueNames names(known.size());
    for (const PlanCalendar &c : known)
        names.reserve(c.name);
    // A calendar with the same working times as one already kept is that one.
    const auto idOf = [&](const WorkCalendar &calendar) -> Result<Id> {
        const QByteArray definition = calendar.toJson();
        for (const PlanCalendar &c : known) {
            if (c.calendar.toJson() == definition)
                return c.id;
        }
        PlanCalendar created{
            0,
            names.take(u"%1 (%2)"_s.arg(calendar.name.trimmed().isEmpty() ? tr("Calendar") : calendar.name.trimmed(),
                                        m_source)),
            calendar};
        if (auto r = validation::check(created); !r)
            return makeError(r.error().code, tr("The calendar %1: %2").arg(created.name, r.errorMessage()));
        auto id = context.plan().insert(created);
        if (!id)
            return id.error();
        created.id = *id;
        known.append(created);
        m_createdCalendars.append(*id);
        return *id;
    };
    Calendars result;
    auto project = idOf(m_schedule->input.calendar);
    if (!project)
        return project.error();
    const Id releaseCalendar = release->calendarId;
    const bool sameAsRelease =
        *project == releaseCalendar ||
        (releaseCalendar == 0 && m_schedule->input.calendar.toJson() == WorkCalendar::standard().toJson());
    if (freshPlan && !sameAsRelease) {
        // The release takes the file's calendar, so that its chart shades the file's days off.
        m_previousCalendar = releaseCalendar;
        m_calendarChanged = true;
        Release updated = *release;
        updated.calendarId = *project;
        if (auto r = context.releases().update(updated); !r)
            return r.error();
        context.notify({Entity::Release, ChangeNotice::Kind::Updated, m_releaseId, m_releaseId});
    } else if (!sameAsRelease) {
        result.project = *project;
    }
    for (const WorkCalendar &calendar : m_schedule->input.taskCalendars) {
        auto id = idOf(calendar);
        if (!id)
            return id.error();
        result.tasks.append(*id);
    }
    return result;
}

Result<void> ImportSchedule::storeSettings(ChangeContext &context, const Release &release) {
    auto previous = context.plan().settings(m_releaseId);
    if (!previous)
        return previous.error();
    m_previousSettings = *previous;
    m_settings = *previous;
    m_shiftDays = 0;
    if (m_options.moveToReleaseStart) {
        // The plan moves as a whole: its fixed dates keep their distance to its start.
        const QDate to = previous->start.isValid() ? previous->start.date() : release.plannedStart;
        if (to.isValid())
            m_shiftDays = m_schedule->input.projectStart.date().daysTo(to);
    } else {
        m_settings.start = m_schedule->input.projectStart;
    }
    if (m_schedule->input.statusDate.isValid())
        m_settings.statusDate = shifted(m_schedule->input.statusDate, m_shiftDays);
    return context.plan().setSettings(m_releaseId, m_settings);
}

Result<QList<PlanTask>> ImportSchedule::tasksOf(ChangeContext &context, const Calendars &calendars, int offset,
                                                const QList<std::pair<Id, QString>> &existing) {
    const QList<Id> previous = m_created;
    const auto &tasks = m_schedule->input.tasks;
    // A redo keeps the ids; a first run reserves new ones, so that phases have
    // their ids before their tasks are stored, all in a few statements.
    QList<Id> ids = previous;
    if (ids.size() != qsizetype(tasks.size())) {
        auto reserved = context.plan().reserveTaskIds(qsizetype(tasks.size()));
        if (!reserved)
            return reserved.error();
        ids = std::move(reserved).value();
    }
    UniqueNames names(qsizetype(existing.size() + tasks.size()));
    for (const auto &[id, name] : existing)
        names.reserve(name);
    QList<PlanTask> stored;
    stored.reserve(qsizetype(tasks.size()));
    for (size_t i = 0; i < tasks.size(); ++i) {
        const ScheduleTask &s = tasks[i];
        const KeptDates kept = m_schedule->kept.value(int(i));
        PlanTask t;
        t.id = ids.at(qsizetype(i));
        t.releaseId = m_releaseId;
        if (s.parent >= int(i) || s.parent < -1)
            return makeError(ErrorCode::Invalid,
                             tr("The file places task %1 in a phase that does not come before it.").arg(s.name));
        t.parentId = s.parent >= 0 ? stored.at(s.parent).id : 0;
        t.position = offset + int(i);
        t.name = names.take(s.name.trimmed().isEmpty() ? tr("Task %1").arg(s.id) : s.name);
        t.duration = s.duration;
        t.milestone = s.milestone;
        t.constraint = s.constraint;
        t.constraintDate = shifted(s.constraintDate, m_shiftDays);
        t.calendarId = s.calendar >= 0 ? calendars.tasks.value(s.calendar) : calendars.project;
        t.percentComplete = s.percentComplete;
        t.manualStart = shifted(kept.manualStart, m_shiftDays);
        t.actualStart = shifted(kept.actualStart, m_shiftDays);
        t.actualFinish = shifted(kept.actualFinish, m_shiftDays);
        t.sourceUid = QString::number(m_schedule->sourceUids.value(int(i)));
        if (auto r = validation::check(t); !r)
            return makeError(r.error().code,
                             tr("Task %1 (id %2 in the file): %3").arg(t.name, t.sourceUid, r.errorMessage()));
        stored.append(t);
    }
    return stored;
}

Result<QList<PlanLink>> ImportSchedule::linksOf(ChangeContext &context) {
    const auto &tasks = m_schedule->input.tasks;
    const auto &links = m_schedule->input.links;
    auto ids = context.plan().reserveLinkIds(qsizetype(links.size()));
    if (!ids)
        return ids.error();
    QList<PlanLink> stored;
    stored.reserve(qsizetype(links.size()));
    for (const ScheduleLink &l : links) {
        if (l.predecessor < 0 || l.successor < 0 || l.predecessor >= m_created.size() ||
            l.successor >= m_created.size())
            return makeError(ErrorCode::Invalid, tr("The file links a task that is not in it."));
        const PlanLink link{
            ids->at(stored.size()), m_created.at(l.predecessor), m_created.at(l.successor), l.type, l.lag, l.lagPercent,
            l.lagIsPercent};
        if (auto r = validation::check(link); !r)
            return makeError(r.error().code, tr("The dependency of %1 on %2: %3")
                                                 .arg(tasks[size_t(l.successor)].name,
                                                      tasks[size_t(l.predecessor)].name, r.errorMessage()));
        stored.append(link);
    }
    return stored;
}

Result<void> ImportSchedule::redo(ChangeContext &context) {
    auto existing = context.plan().taskNames(m_releaseId);
    auto release = context.releases().release(m_releaseId);
    if (!existing || !release)
        return !existing ? existing.error() : release.error();
    m_createdCalendars.clear();
    m_calendarChanged = false;
    auto calendars = storeCalendars(context, existing->isEmpty());
    if (!calendars)
        return calendars.error();
    if (auto r = storeSettings(context, *release); !r)
        return r;
    // Every row is made and checked first; then they are written. When they are the release's
    // whole plan the door is told before they are written, and schedules them meanwhile.
    auto tasks = tasksOf(context, *calendars, int(existing->size()), *existing);
    if (!tasks)
        return tasks.error();
    m_created.clear();
    for (const PlanTask &t : *tasks)
        m_created.append(t.id);
    auto links = linksOf(context);
    if (!links)
        return links.error();
    context.notify({Entity::Task, ChangeNotice::Kind::Created, 0, m_releaseId});
    WrittenPlan plan{existing->isEmpty() ? m_releaseId : 0, std::move(*tasks), std::move(*links)};
    const WrittenPlan &rows = plan.releaseId != 0 ? context.setWrittenPlan(std::move(plan)) : plan;
    if (auto r = context.plan().insertAll(rows.tasks); !r)
        return r;
    if (auto r = context.plan().insertAll(rows.links); !r)
        return r;
    const auto dateText = [](const QDateTime &d) {
        return d.isValid() ? d.toString(Qt::ISODate) : QString();
    };
    return context.audit(u"task"_s, m_releaseId, u"import"_s, m_releaseId, text(), {},
                         {{u"source"_s, m_source},
                          {u"tasks"_s, int(m_schedule->input.tasks.size())},
                          {u"links"_s, int(m_schedule->input.links.size())},
                          {u"plan_start"_s, dateText(m_settings.start)},
                          {u"status_date"_s, dateText(m_settings.statusDate)},
                          {u"calendars_created"_s, int(m_createdCalendars.size())}});
}

Result<void> ImportSchedule::undo(ChangeContext &context) {
    // Children first, so that removing a phase never takes a task with it twice.
    for (auto it = m_created.crbegin(); it != m_created.crend(); ++it) {
        if (auto r = context.plan().removeTask(*it); !r)
            return r;
    }
    if (auto r = context.plan().setSettings(m_releaseId, m_previousSettings); !r)
        return r;
    if (m_calendarChanged) {
        auto release = context.releases().release(m_releaseId);
        if (!release)
            return release.error();
        Release restored = *release;
        restored.calendarId = m_previousCalendar;
        if (auto r = context.releases().update(restored); !r)
            return r;
        context.notify({Entity::Release, ChangeNotice::Kind::Updated, m_releaseId, m_releaseId});
    }
    for (const Id calendar : m_createdCalendars) {
        if (auto r = context.plan().removeCalendar(calendar); !r)
            return r;
    }
    context.notify({Entity::Task, ChangeNotice::Kind::Removed, 0, m_releaseId});
    return context.audit(u"task"_s, m_releaseId, u"delete"_s, m_releaseId, tr("Undo: %1").arg(text()), {}, {});
}

} // namespace relm

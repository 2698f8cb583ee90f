#include "PlanChanges.h"

#include "changes/ChangeContext.h"
#include "domain/Validation.h"
#include "storage/PlanStore.h"
#include "storage/ReleaseStore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace relm {

SaveScheduleBaseline::SaveScheduleBaseline(PlanBaseline baseline)
    : m_baseline(std::move(baseline)) {}

QString SaveScheduleBaseline::text() const {
    return QCoreApplication::translate("relm::SaveScheduleBaseline", "Save schedule baseline \u201C%1\u201D")
        .arg(m_baseline.name);
}

Result<void> SaveScheduleBaseline::redo(ChangeContext &context) {
    if (m_baseline.name.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("relm::SaveScheduleBaseline", "A baseline needs a name."));
    if (!m_baseline.savedAt.isValid())
        m_baseline.savedAt = context.now();
    if (m_baseline.savedBy.isEmpty())
        m_baseline.savedBy = context.actor().login;
    auto id = context.plan().insert(m_baseline);
    if (!id)
        return id.error();
    m_baseline.id = *id;
    context.notify({Entity::ScheduleBaseline, ChangeNotice::Kind::Created, m_baseline.id, m_baseline.releaseId});
    return context.audit(u"schedule_baseline"_s, m_baseline.id, u"create"_s, m_baseline.releaseId, text(), {},
                         {{u"name"_s, m_baseline.name}, {u"tasks"_s, m_baseline.dates.size()}});
}

Result<void> SaveScheduleBaseline::undo(ChangeContext &context) {
    if (auto r = context.plan().removeBaseline(m_baseline.id); !r)
        return r;
    context.notify({Entity::ScheduleBaseline, ChangeNotice::Kind::Removed, m_baseline.id, m_baseline.releaseId});
    return context.audit(u"schedule_baseline"_s, m_baseline.id, u"delete"_s, m_baseline.releaseId,
                         QCoreApplication::translate("relm::SaveScheduleBaseline", "Undo: %1").arg(text()),
                         {{u"name"_s, m_baseline.name}}, {});
}

GiveReleaseCalendar::GiveReleaseCalendar(Id releaseId, PlanCalendar calendar)
    : m_releaseId(releaseId)
    , m_calendar(std::move(calendar)) {}

QString GiveReleaseCalendar::text() const {
    return QCoreApplication::translate("relm::GiveReleaseCalendar", "Use the calendar %1").arg(m_calendar.name);
}

Result<void> GiveReleaseCalendar::redo(ChangeContext &context) {
    auto id = context.plan().insert(m_calendar);
    if (!id)
        return id.error();
    m_calendar.id = *id;
    auto release = context.releases().release(m_releaseId);
    if (!release)
        return release.error();
    m_previous = release->calendarId;
    Release updated = *release;
    updated.calendarId = m_calendar.id;
    if (auto r = context.releases().update(updated); !r)
        return r;
    context.notify({Entity::Calendar, ChangeNotice::Kind::Created, m_calendar.id, m_releaseId});
    context.notify({Entity::Release, ChangeNotice::Kind::Updated, m_releaseId, m_releaseId});
    return context.audit(u"calendar"_s, m_calendar.id, u"create"_s, m_releaseId, text(), {},
                         {{u"name"_s, m_calendar.name}, {u"release_calendar"_s, m_calendar.id}});
}

Result<void> GiveReleaseCalendar::undo(ChangeContext &context) {
    auto release = context.releases().release(m_releaseId);
    if (!release)
        return release.error();
    Release restored = *release;
    restored.calendarId = m_previous;
    if (auto r = context.releases().update(restored); !r)
        return r;
    if (auto r = context.plan().removeCalendar(m_calendar.id); !r)
        return r;
    context.notify({Entity::Calendar, ChangeNotice::Kind::Removed, m_calendar.id, m_releaseId});
    context.notify({Entity::Release, ChangeNotice::Kind::Updated, m_releaseId, m_releaseId});
    return context.audit(u"calendar"_s, m_calendar.id, u"delete"_s, m_releaseId,
                         QCoreApplication::translate("relm::GiveReleaseCalendar", "Undo: %1").arg(text()), {}, {});
}

ImportSchedule::ImportSchedule(Id releaseId, ImportedSchedule schedule, QString source)
    : m_releaseId(releaseId)
    , m_schedule(std::move(schedule))
    , m_source(std::move(source)) {}

QString ImportSchedule::text() const {
    return QCoreApplication::translate("relm::ImportSchedule", "Import %n task(s) from %1", nullptr,
                                       int(m_schedule.input.tasks.size()))
        .arg(m_source);
}

namespace {

/// Task names stay unique within a release (they identify tasks): a name the release or the file
/// already uses gets " (2)", " (3)" and so on.
class UniqueNames {
public:
    explicit UniqueNames(const QList<std::pair<Id, QString>> &existing) {
        for (const auto &[id, name] : existing)
            m_taken.insert(name.trimmed().toCaseFolded());
    }

    QString take(const QString &wanted) {
        QString name = wanted.trimmed();
        for (int n = 2; m_taken.contains(name.toCaseFolded()); ++n)
            name = u"%1 (%2)"_s.arg(wanted.trimmed()).arg(n);
        m_taken.insert(name.toCaseFolded());
        return name;
    }

private:
    QSet<QString> m_taken;
};

} // namespace

Result<void> ImportSchedule::redo(ChangeContext &context) {
    const QList<Id> previous = m_created;
    m_created.clear();
    auto existing = context.plan().taskNames(m_releaseId);
    if (!existing)
        return existing.error();
    const int offset = int(existing->size());
    UniqueNames names(*existing);
    const auto &tasks = m_schedule.input.tasks;
    for (size_t i = 0; i < tasks.size(); ++i) {
        const ScheduleTask &s = tasks[i];
        PlanTask t;
        t.id = i < size_t(previous.size()) ? previous.at(int(i)) : 0; // a redo keeps the ids
        t.releaseId = m_releaseId;
        if (s.parent >= int(i) || s.parent < -1)
            return makeError(ErrorCode::Invalid, QCoreApplication::translate("relm::ImportSchedule",
                                                                             "The file places task %1 in a phase that "
                                                                             "does not come before it.")
                                                     .arg(s.name));
        t.parentId = s.parent >= 0 ? m_created.at(s.parent) : 0;
        t.position = offset + int(i);
        t.name = names.take(s.name.trimmed().isEmpty()
                                ? QCoreApplication::translate("relm::ImportSchedule", "Task %1").arg(s.id)
                                : s.name);
        t.duration = s.duration;
        t.milestone = s.milestone;
        t.constraint = s.constraint;
        t.constraintDate = s.constraintDate;
        t.sourceUid = QString::number(m_schedule.sourceUids.value(int(i)));
        if (auto r = validation::check(t); !r)
            return makeError(r.error().code, QCoreApplication::translate("relm::ImportSchedule", "Task %1 (id %2 in "
                                                                                                 "the file): %3")
                                                 .arg(t.name, t.sourceUid, r.errorMessage()));
        auto id = context.plan().insert(t);
        if (!id)
            return id.error();
        m_created.append(*id);
    }
    for (const ScheduleLink &l : m_schedule.input.links) {
        if (l.predecessor < 0 || l.successor < 0 || l.predecessor >= m_created.size() ||
            l.successor >= m_created.size())
            return makeError(ErrorCode::Invalid,
                             QCoreApplication::translate("relm::ImportSchedule", "The file links a task that is not in "
                                                                                 "it."));
        const PlanLink link{
            0, m_created.at(l.predecessor), m_created.at(l.successor), l.type, l.lag, l.lagPercent, l.lagIsPercent};
        if (auto r = validation::check(link); !r)
            return makeError(
                r.error().code,
                QCoreApplication::translate("relm::ImportSchedule", "The dependency of %1 on %2: %3")
                    .arg(tasks[size_t(l.successor)].name, tasks[size_t(l.predecessor)].name, r.errorMessage()));
        auto id = context.plan().insert(link);
        if (!id)
            return id.error();
    }
    context.notify({Entity::Task, ChangeNotice::Kind::Created, 0, m_releaseId});
    return context.audit(
        u"task"_s, m_releaseId, u"import"_s, m_releaseId, text(), {},
        {{u"source"_s, m_source}, {u"tasks"_s, int(tasks.size())}, {u"links"_s, int(m_schedule.input.links.size())}});
}

Result<void> ImportSchedule::undo(ChangeContext &context) {
    // Children first, so that removing a phase never takes a task with it twice.
    for (auto it = m_created.crbegin(); it != m_created.crend(); ++it) {
        if (auto r = context.plan().removeTask(*it); !r)
            return r;
    }
    context.notify({Entity::Task, ChangeNotice::Kind::Removed, 0, m_releaseId});
    return context.audit(u"task"_s, m_releaseId, u"delete"_s, m_releaseId,
                         QCoreApplication::translate("relm::ImportSchedule", "Undo: %1").arg(text()), {}, {});
}

} // namespace relm

#include "PlanChanges.h"

#include "changes/ChangeContext.h"
#include "changes/RecordChanges.h"
#include "domain/Validation.h"
#include "storage/PlanStore.h"
#include "storage/ReleaseStore.h"

#include <QCoreApplication>
#include <QJsonObject>

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

std::unique_ptr<CompositeChange> predecessorsChange(const PlanTask &successor, const QList<PlanLink> &current,
                                                    const QList<PlanLink> &wanted) {
    QList<PlanLink> asked; // one link between two tasks: the first one asked for
    QSet<Id> predecessors;
    for (const PlanLink &link : wanted) {
        if (!predecessors.contains(link.predecessorId)) {
            predecessors.insert(link.predecessorId);
            asked.append(link);
        }
    }
    auto change = std::make_unique<CompositeChange>(
        QCoreApplication::translate("relm::PlanChanges", "Change the predecessors of %1").arg(successor.name));
    QHash<Id, PlanLink> existing; // by predecessor
    // Removals first, so that a link taken out and another put in cannot form a cycle in between.
    for (const PlanLink &link : current) {
        if (link.successorId != successor.id)
            continue;
        if (predecessors.contains(link.predecessorId))
            existing.insert(link.predecessorId, link);
        else
            change->add(std::make_unique<RemoveRecord<PlanLink>>(link));
    }
    for (PlanLink link : std::as_const(asked)) {
        link.successorId = successor.id;
        const auto it = existing.constFind(link.predecessorId);
        link.id = it == existing.cend() ? 0 : it->id;
        if (link.id == 0)
            change->add(std::make_unique<CreateRecord<PlanLink>>(link));
        else if (!(link == *it))
            change->add(std::make_unique<EditRecord<PlanLink>>(*it, link));
    }
    return change->isEmpty() ? nullptr : std::move(change);
}

} // namespace relm

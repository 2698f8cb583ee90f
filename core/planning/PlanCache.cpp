#include "PlanCache.h"

#include "changes/ChangeContext.h"
#include "changes/Workspace.h"
#include "storage/PlanStore.h"

#include <QtConcurrent>

#include <algorithm>

namespace relm::planning {

PlanCache::PlanCache(Database &database)
    : m_database(database) {}

PlanCache::~PlanCache() {
    dropPending();
}

void PlanCache::dropPending() {
    if (!m_pending)
        return;
    m_pending->schedule.waitForFinished();
    m_pending.reset();
}

void PlanCache::startScheduling(Workspace &workspace, const WrittenPlan &written) {
    dropPending();
    // What the plan needs from the database (calendars, freezes, the release) is read here, on
    // this connection's thread; only the computation runs beside the change's writing.
    auto plan = ReleasePlan::of(workspace, written.releaseId, written.tasks, written.links);
    if (!plan)
        return; // scheduleAfter() reads and reports it
    Pending pending{&written, std::move(plan).value(), {}};
    const ReleasePlan *computing = pending.plan.get();
    pending.schedule = QtConcurrent::run([computing] { return computing->compute(); });
    m_pending = std::move(pending);
}

bool PlanCache::movesPlans(const ChangeNotice &notice) {
    switch (notice.entity) {
    case Entity::Release:
    case Entity::Environment:
    case Entity::Task:
    case Entity::TaskLink:
    case Entity::FreezeWindow:
    case Entity::Calendar:
        return true;
    default:
        return false;
    }
}

bool PlanCache::editsTasksOfOnly(Id releaseId, const QList<ChangeNotice> &notices) {
    return std::all_of(notices.cbegin(), notices.cend(), [releaseId](const ChangeNotice &n) {
        return !movesPlans(n) ||
               (n.entity == Entity::Task && n.kind == ChangeNotice::Kind::Updated && n.releaseId == releaseId);
    });
}

void PlanCache::clear() {
    dropPending();
    m_entries.clear();
    m_seen.reset();
}

void PlanCache::forgetIfWrittenElsewhere() {
    const auto now = m_database.writeStamp();
    if (!now || !m_seen || *now != *m_seen)
        m_entries.clear();
    m_seen = now;
}

Result<ReleaseSchedule> PlanCache::computeInto(Entry &entry) {
    auto computed = entry.plan->compute();
    if (!computed) {
        entry.schedule.reset();
        return computed.error();
    }
    entry.schedule = *computed;
    return computed;
}

Result<ReleaseSchedule> PlanCache::loadAndCompute(Workspace &workspace, Id releaseId, const WrittenPlan *written) {
    auto plan = written ? ReleasePlan::of(workspace, releaseId, written->tasks, written->links)
                        : ReleasePlan::load(workspace, releaseId);
    if (!plan) {
        m_entries.erase(releaseId);
        return plan.error();
    }
    Entry &entry = m_entries[releaseId];
    entry.plan = std::move(plan).value();
    return computeInto(entry);
}

Result<ReleaseSchedule> PlanCache::schedule(Workspace &workspace, Id releaseId) {
    if (!m_database.inTransaction())
        forgetIfWrittenElsewhere();
    if (const auto found = m_entries.find(releaseId); found != m_entries.end() && found->second.schedule)
        return *found->second.schedule;
    auto computed = loadAndCompute(workspace, releaseId);
    if (m_database.inTransaction())
        m_entries.erase(releaseId); // what a transaction reads may still be rolled back
    return computed;
}

Result<ReleaseSchedule> PlanCache::scheduleAfter(Workspace &workspace, Id releaseId, const QList<ChangeNotice> &notices,
                                                 const WrittenPlan *written) {
    if (written && m_pending && m_pending->written == written && written->releaseId == releaseId) {
        Pending pending = std::move(*m_pending);
        m_pending.reset();
        Entry &entry = m_entries[releaseId];
        entry.plan = std::move(pending.plan);
        entry.recomputedInChange = true;
        Result<ReleaseSchedule> computed = pending.schedule.result();
        if (computed)
            entry.schedule = *computed;
        else
            entry.schedule.reset();
        return computed;
    }
    const auto found = m_entries.find(releaseId);
    if (!written && found != m_entries.end() && found->second.plan && editsTasksOfOnly(releaseId, notices)) {
        Entry &entry = found->second;
        bool inPlace = true;
        for (const ChangeNotice &notice : notices) {
            if (notice.entity != Entity::Task)
                continue;
            auto task = workspace.plan().task(notice.id);
            inPlace = task && entry.plan->updateTask(*task);
            if (!inPlace)
                break;
        }
        if (inPlace) {
            entry.recomputedInChange = true;
            return computeInto(entry);
        }
    }
    auto computed = loadAndCompute(workspace, releaseId, written);
    if (const auto entry = m_entries.find(releaseId); entry != m_entries.end())
        entry->second.recomputedInChange = true;
    return computed;
}

void PlanCache::beginChange() {
    dropPending();
    forgetIfWrittenElsewhere();
    for (auto &[id, entry] : m_entries)
        entry.recomputedInChange = false;
}

void PlanCache::changeCommitted(const QList<ChangeNotice> &notices) {
    dropPending();
    // Plans of other releases may pin dates of the ones that changed: forget them.
    if (std::any_of(notices.cbegin(), notices.cend(), &PlanCache::movesPlans))
        std::erase_if(m_entries, [](const auto &item) { return !item.second.recomputedInChange; });
    m_seen = m_database.writeStamp();
}

void PlanCache::forgetAll() {
    clear();
}

} // namespace relm::planning

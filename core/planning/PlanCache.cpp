#include "PlanCache.h"

#include "changes/ChangeContext.h"
#include "changes/Workspace.h"
#include "storage/PlanStore.h"

#include <algorithm>

namespace relm::planning {

PlanCache::PlanCache(Database &database)
    : m_database(database) {}

PlanCache::~PlanCache() = default;

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
    forgetIfWrittenElsewhere();
    for (auto &[id, entry] : m_entries)
        entry.recomputedInChange = false;
}

void PlanCache::changeCommitted(const QList<ChangeNotice> &notices) {
    // Plans of other releases may pin dates of the ones that changed: forget them.
    if (std::any_of(notices.cbegin(), notices.cend(), &PlanCache::movesPlans))
        std::erase_if(m_entries, [](const auto &item) { return !item.second.recomputedInChange; });
    m_seen = m_database.writeStamp();
}

void PlanCache::forgetAll() {
    clear();
}

} // namespace relm::planning

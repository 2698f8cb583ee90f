#include "LinkSteps.h"

#include "RandomPick.h"

#include "changes/PlanChanges.h"
#include "changes/RecordChanges.h"
#include "changes/Workspace.h"
#include "storage/PlanStore.h"

using namespace Qt::Literals::StringLiterals;

namespace relm::test {

QString LinkSteps::addLink(std::mt19937 &rng) {
    const QList<PlanTask> tasks = m_someTasks(rng);
    const QList<PlanTask> others = chance(rng, 15) ? m_someTasks(rng) : tasks;
    if (tasks.isEmpty() || others.isEmpty())
        return u"no tasks"_s;
    PlanLink link{0,
                  pick(rng, others).id,
                  pick(rng, tasks).id,
                  LinkType(between(rng, 0, 3)),
                  qint64(between(rng, -8, 16)) * 60,
                  0,
                  false};
    if (chance(rng, 10)) {
        link.lagIsPercent = true;
        link.lagPercent = between(rng, -100, 200);
    }
    return m_perform(std::make_unique<CreateRecord<PlanLink>>(link));
}

QString LinkSteps::removeLink(std::mt19937 &rng) {
    const QList<PlanTask> tasks = m_someTasks(rng);
    auto links = m_ws.plan().links(tasks.isEmpty() ? 0 : tasks.first().releaseId);
    if (!links || links->isEmpty())
        return u"no link"_s;
    return m_perform(std::make_unique<RemoveRecord<PlanLink>>(pick(rng, *links)));
}

QString LinkSteps::replacePredecessors(std::mt19937 &rng) {
    // What the predecessors dialog sends: some links kept, some changed or dropped, some new (now
    // and then from another release, or closing a loop), in one step.
    const QList<PlanTask> tasks = m_someTasks(rng);
    if (tasks.isEmpty())
        return u"no tasks"_s;
    const PlanTask successor = pick(rng, tasks);
    auto links = m_ws.plan().links(successor.releaseId);
    if (!links)
        return links.errorMessage();
    QList<PlanLink> wanted;
    for (const PlanLink &link : std::as_const(*links)) {
        if (link.successorId != successor.id || chance(rng, 30))
            continue;
        PlanLink kept = link;
        if (chance(rng, 30))
            kept.type = LinkType(between(rng, 0, 3));
        if (chance(rng, 30))
            kept.lag = qint64(between(rng, -8, 16)) * 60;
        wanted.append(kept);
    }
    const QList<PlanTask> others = chance(rng, 15) ? m_someTasks(rng) : tasks;
    for (int added = between(rng, 0, 2); added > 0 && !others.isEmpty(); --added)
        wanted.append(PlanLink{0, pick(rng, others).id, successor.id, LinkType(between(rng, 0, 3)),
                               qint64(between(rng, 0, 8)) * 60, 0, false});
    std::unique_ptr<CompositeChange> change = predecessorsChange(successor, *links, wanted);
    return change ? m_perform(std::move(change)) : u"no difference"_s;
}

} // namespace relm::test

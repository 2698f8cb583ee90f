#include "ScheduleRule.h"

#include "changes/ChangeContext.h"
#include "changes/Workspace.h"
#include "planning/PlanCache.h"
#include "storage/PlanStore.h"
#include "storage/ReleaseStore.h"

#include <QCoreApplication>
#include <QSet>

namespace relm::schedule_rule {

namespace {

/// The releases whose plans the notices say were added to or changed: their tasks, their
/// dependencies, their calendars, or the release itself (planned start, calendar).
Result<QSet<Id>> touchedReleases(Workspace &workspace, const QList<ChangeNotice> &notices) {
    QSet<Id> releases;
    for (const ChangeNotice &notice : notices) {
        if (notice.kind == ChangeNotice::Kind::Removed)
            continue; // taking tasks or links away cannot make a plan unschedulable
        if (notice.entity == Entity::Task && notice.releaseId != 0) {
            releases.insert(notice.releaseId);
        } else if (notice.entity == Entity::Calendar && notice.id != 0) {
            auto users = workspace.plan().releasesUsing(notice.id);
            if (!users)
                return users.error();
            for (Id id : *users)
                releases.insert(id);
        } else if (notice.entity == Entity::Release && notice.id != 0) {
            releases.insert(notice.id); // its planned start or calendar may have moved the plan
        } else if (notice.entity == Entity::TaskLink && notice.id != 0) {
            auto link = workspace.plan().link(notice.id);
            if (!link)
                return link.error();
            for (Id taskId : {link->predecessorId, link->successorId}) {
                auto task = workspace.plan().task(taskId);
                if (!task)
                    return task.error();
                releases.insert(task->releaseId);
            }
        }
    }
    // A release the change removed has no plan left to compute (one step may edit it, then remove it).
    for (const ChangeNotice &notice : notices) {
        if (notice.entity == Entity::Release && notice.kind == ChangeNotice::Kind::Removed)
            releases.remove(notice.id);
    }
    return releases;
}

} // namespace

Result<void> check(Workspace &workspace, const QList<ChangeNotice> &notices, const WrittenPlan *written) {
    auto releases = touchedReleases(workspace, notices);
    if (!releases)
        return releases.error();
    for (Id releaseId : *releases) {
        const WrittenPlan *writtenHere = written && written->releaseId == releaseId ? written : nullptr;
        auto schedule = workspace.plans().scheduleAfter(workspace, releaseId, notices, writtenHere);
        if (schedule)
            continue;
        auto release = workspace.releases().release(releaseId);
        return makeError(schedule.error().code,
                         QCoreApplication::translate("relm::schedule_rule",
                                                     "The schedule of %1 could not be computed after this change, "
                                                     "so nothing was changed: %2")
                             .arg(release ? release->name : QString::number(releaseId), schedule.error().message));
    }
    return {};
}

} // namespace relm::schedule_rule

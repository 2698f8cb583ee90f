#pragma once

#include "changes/PlanChanges.h"
#include "changes/ReleaseChanges.h"
#include "import/PlanFile.h"

#include <memory>
#include <optional>

namespace relm {

/// Imports a plan file into a release as one step: the file's calendar becomes the release's
/// calendar (under a name no other calendar has), then its tasks, phases and dependencies come in.
/// Made for a new release, it creates the release first, named after the file and starting on the
/// plan's start, so that the plan keeps its own dates. Undo takes all of it out again.
class ImportPlanFile final : public Change {
public:
    /// Into an existing release.
    ImportPlanFile(Id releaseId, std::shared_ptr<const PlanFile> plan, QString source);
    /// Into a new release; its name is made unique in the database (" (2)" and so on).
    ImportPlanFile(Release release, std::shared_ptr<const PlanFile> plan, QString source);
    ImportPlanFile(Id releaseId, PlanFile plan, QString source);
    ImportPlanFile(Release release, PlanFile plan, QString source);

    /// The release the plan went into (known once applied).
    Id releaseId() const;
    QString releaseName() const;
    /// The id each of the file's tasks was stored under (once applied), in the file's order.
    QList<Id> taskIds() const;

    QString text() const override;
    Result<void> redo(ChangeContext &context) override;
    Result<void> undo(ChangeContext &context) override;

private:
    Result<void> createRelease(ChangeContext &context);

    Id m_releaseId = 0;
    std::optional<Release> m_newRelease;
    std::shared_ptr<const PlanFile> m_plan;
    QString m_source;
    std::optional<CreateRelease> m_create;
    std::optional<GiveReleaseCalendar> m_calendar;
    std::optional<ImportSchedule> m_tasks;
};

} // namespace relm

#pragma once

#include "changes/Change.h"
#include "domain/Plan.h"

namespace relm {

/// Saves a named copy of a release's task dates; undo removes it.
class SaveScheduleBaseline final : public Change {
public:
    explicit SaveScheduleBaseline(PlanBaseline baseline);

    QString text() const override;
    Result<void> redo(ChangeContext &context) override;
    Result<void> undo(ChangeContext &context) override;

private:
    PlanBaseline m_baseline;
};

} // namespace relm

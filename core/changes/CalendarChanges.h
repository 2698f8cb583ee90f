#pragma once

#include "changes/Change.h"
#include "domain/ChangeWindow.h"

namespace relm {

/// Lets one planned deployment run in one freeze. Only a person holding the freeze's overriding
/// role may, with a reason, and only for a deployment whose planned slot runs in the freeze and is
/// not overridden already. The override holds while the deployment keeps that slot.
class OverrideFreeze final : public Change {
public:
    OverrideFreeze(Id windowId, Id deploymentId, QString reason);

    const FreezeOverride &freezeOverride() const { return m_override; }

    QString text() const override;
    Result<void> redo(ChangeContext &context) override;
    Result<void> undo(ChangeContext &context) override;

private:
    FreezeOverride m_override;
};

/// Withdraws an override, so that the freeze holds for the deployment again. The overriding role
/// may. Undo gives the override again, checked as a new one.
class WithdrawOverride final : public Change {
public:
    explicit WithdrawOverride(FreezeOverride freezeOverride);

    QString text() const override;
    Result<void> redo(ChangeContext &context) override;
    Result<void> undo(ChangeContext &context) override;

private:
    FreezeOverride m_override;
};

} // namespace relm

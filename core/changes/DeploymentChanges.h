#pragma once

#include "changes/Change.h"
#include "domain/Deployment.h"

#include <memory>
#include <vector>

namespace relm {

/// Records how a planned deployment ran: actual start and end, who ran it, the outcome, notes.
/// A succeeded deployment puts the deployed versions into the environment's inventory (the state
/// before is kept as the rollback target). A production deployment needs an approved release that
/// passes its gate (approvals, lead time) unless it is an emergency authorised by the policy's
/// emergency role, which is recorded; it moves the release to Deployed (or Deploying when it did
/// not succeed).
class RecordDeploymentRun final : public Change {
public:
    struct Run {
        DeploymentOutcome outcome = DeploymentOutcome::Succeeded;
        QDateTime start;
        QDateTime end;
        QString notes;
        bool emergency = false;
        QString emergencyReason;
    };

    RecordDeploymentRun(Id deploymentId, Run run);
    ~RecordDeploymentRun() override;

    const Deployment &deployment() const { return m_after; }

    QString text() const override;
    Result<void> redo(ChangeContext &context) override;
    Result<void> undo(ChangeContext &context) override;

private:
    Id m_deploymentId;
    Run m_run;
    Deployment m_before;
    Deployment m_after;
    std::vector<std::unique_ptr<Change>> m_effects; ///< inventory and status changes, in order
};

/// Rolls a deployment back: the environment gets back exactly what it ran before, the rollback is
/// recorded as its own event with its reason, and a production release moves to Rolled back.
/// Refused once a step marked as the point of no return was checked off.
class RollBackDeployment final : public Change {
public:
    RollBackDeployment(Id deploymentId, QString reason);
    ~RollBackDeployment() override;

    QString text() const override;
    Result<void> redo(ChangeContext &context) override;
    Result<void> undo(ChangeContext &context) override;

private:
    Id m_deploymentId;
    QString m_reason;
    Deployment m_before;
    Id m_rollbackId = 0;
    std::vector<std::unique_ptr<Change>> m_effects;
};

/// Settles a runbook step: checks it off as done, or skips it with a reason, stamped by core with
/// the time and the acting person; or reopens a settled step. A step of a deployment recorded as
/// succeeded stays settled (unless it is a back-out step). Undo puts the step back as it was.
class SettleRunbookStep final : public Change {
public:
    enum class Mode { Done, Skip, Reopen };

    SettleRunbookStep(Id stepId, Mode mode, QString reason = {});

    const RunbookStep &step() const { return m_after; }

    QString text() const override;
    Result<void> redo(ChangeContext &context) override;
    Result<void> undo(ChangeContext &context) override;

private:
    Result<void> write(ChangeContext &context, const RunbookStep &expected, const RunbookStep &target,
                       const QString &action);

    Id m_stepId;
    Id m_releaseId = 0;
    Mode m_mode;
    QString m_reason;
    RunbookStep m_before;
    RunbookStep m_after;
};

} // namespace relm

#include "DeploymentChanges.h"

#include "changes/ChangeContext.h"
#include "changes/DeliveryChanges.h"
#include "changes/ReleaseChanges.h"
#include "domain/JsonCodec.h"
#include "domain/ReleaseLifecycle.h"
#include "domain/Validation.h"
#include "i18n/ShownDates.h"
#include "rules/DeploymentRules.h"
#include "rules/RecordRules.h"
#include "storage/DeliveryStore.h"
#include "storage/DeploymentStore.h"
#include "storage/DirectoryStore.h"
#include "storage/ReleaseStore.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::DeploymentChanges", text);
}

/// Runs a change and keeps it for undo.
Result<void> runEffect(ChangeContext &context, std::vector<std::unique_ptr<Change>> &effects,
                       std::unique_ptr<Change> change) {
    if (auto r = change->redo(context); !r)
        return r;
    effects.push_back(std::move(change));
    return {};
}

Result<void> undoEffects(ChangeContext &context, std::vector<std::unique_ptr<Change>> &effects) {
    for (auto it = effects.rbegin(); it != effects.rend(); ++it) {
        if (auto r = (*it)->undo(context); !r)
            return r;
    }
    effects.clear();
    return {};
}

/// Moves a release step by step along the lifecycle's forward path to `target` (its gate was
/// checked by the caller).
Result<void> moveReleaseTo(ChangeContext &context, std::vector<std::unique_ptr<Change>> &effects, Id releaseId,
                           ReleaseStatus target) {
    for (int guard = 0; guard < 4; ++guard) {
        auto release = context.releases().release(releaseId);
        if (!release)
            return release.error();
        if (release->status == target)
            return {};
        std::optional<ReleaseStatus> next = ReleaseLifecycle::canMove(release->status, target)
                                                ? std::optional<ReleaseStatus>(target)
                                                : ReleaseLifecycle::forwardStep(release->status);
        if (!next)
            return {};
        if (auto r = runEffect(context, effects,
                               std::make_unique<SetReleaseStatus>(*release, *next, SetReleaseStatus::Gate::Skip));
            !r)
            return r;
    }
    return {};
}

Result<Contents> deployedContent(ChangeContext &context, const Deployment &deployment) {
    if (deployment.packageId == 0)
        return context.releases().content(deployment.releaseId);
    auto package = context.releases().package(deployment.packageId);
    if (!package)
        return package.error();
    return package->contents;
}

} // namespace

RecordDeploymentRun::RecordDeploymentRun(Id deploymentId, Run run)
    : m_deploymentId(deploymentId)
    , m_run(std::move(run)) {}

RecordDeploymentRun::~RecordDeploymentRun() = default;

QString RecordDeploymentRun::text() const {
    return tr("Record deployment #%1: %2").arg(m_deploymentId).arg(labelOf(m_run.outcome));
}

Result<void> RecordDeploymentRun::redo(ChangeContext &context) {
    auto current = context.deployments().deployment(m_deploymentId);
    if (!current)
        return current.error();
    // Runs of one release are recorded one after another (its status follows from them).
    if (auto r = context.lockRelease(current->releaseId); !r)
        return r;
    if (current->outcome != DeploymentOutcome::Planned)
        return makeError(
            ErrorCode::Invalid,
            tr("Deployment #%1 was already recorded as %2.").arg(m_deploymentId).arg(labelOf(current->outcome)));
    if (m_run.outcome == DeploymentOutcome::Planned || m_run.outcome == DeploymentOutcome::RolledBack)
        return makeError(ErrorCode::Invalid, tr("Record a deployment as succeeded, failed or partially deployed; "
                                                "a rollback is recorded by rolling back."));
    m_before = *current;
    auto release = context.releases().release(current->releaseId);
    if (!release)
        return release.error();
    auto environment = context.directory().environment(current->environmentId);
    if (!environment)
        return environment.error();
    const bool production = environment->kind == EnvironmentKind::Production;

    m_after = *current;
    m_after.outcome = m_run.outcome;
    m_after.actualStart = m_run.start;
    m_after.actualEnd = m_run.end;
    m_after.notes = m_run.notes.isEmpty() ? current->notes : m_run.notes;
    m_after.executedBy = context.actor().id;
    m_after.emergency = m_run.emergency;
    m_after.emergencyReason = m_run.emergencyReason.trimmed();
    if (auto r = validation::check(m_after); !r)
        return r;

    if (auto r = deployment_rules::checkRun(context, m_after, *environment, *release); !r)
        return r;

    auto before = context.delivery().inventory(current->environmentId);
    if (!before)
        return before.error();
    m_after.inventoryBefore = *before;
    if (auto r = context.deployments().update(m_after); !r)
        return r;

    if (m_run.outcome == DeploymentOutcome::Succeeded) {
        auto deployed = deployedContent(context, *current);
        if (!deployed)
            return deployed.error();
        if (auto r = runEffect(context, m_effects,
                               std::make_unique<SetEnvironmentInventory>(
                                   environment->id, environment->name, contents::deployOnto(*before, *deployed),
                                   tr("Deployment #%1 of %2").arg(current->id).arg(release->name), release->id));
            !r)
            return r;
    }
    if (production) {
        const ReleaseStatus target =
            m_run.outcome == DeploymentOutcome::Succeeded ? ReleaseStatus::Deployed : ReleaseStatus::Deploying;
        if (auto r = moveReleaseTo(context, m_effects, release->id, target); !r)
            return r;
    }
    context.notify({Entity::Deployment, ChangeNotice::Kind::Updated, m_after.id, m_after.releaseId});
    QJsonObject after = json::toJson(m_after);
    after.remove(u"inventory_before"_s);
    return context.audit(
        u"deployment"_s, m_after.id, m_after.emergency ? u"emergency_run"_s : u"run"_s, m_after.releaseId,
        tr("Deployment #%1 of %2 to %3: %4%5")
            .arg(m_after.id)
            .arg(release->name, environment->name, labelOf(m_after.outcome),
                 m_after.emergency ? tr(" (authorised emergency: %1)").arg(m_after.emergencyReason) : QString()),
        {{u"outcome"_s, keyOf(m_before.outcome)}}, after);
}

Result<void> RecordDeploymentRun::undo(ChangeContext &context) {
    if (auto r = undoEffects(context, m_effects); !r)
        return r;
    if (auto r = context.deployments().update(m_before); !r)
        return r;
    context.notify({Entity::Deployment, ChangeNotice::Kind::Updated, m_before.id, m_before.releaseId});
    return context.audit(u"deployment"_s, m_before.id, u"update"_s, m_before.releaseId,
                         tr("Undo: record deployment #%1").arg(m_before.id), {{u"outcome"_s, keyOf(m_after.outcome)}},
                         {{u"outcome"_s, keyOf(m_before.outcome)}});
}

RollBackDeployment::RollBackDeployment(Id deploymentId, QString reason)
    : m_deploymentId(deploymentId)
    , m_reason(std::move(reason)) {}

RollBackDeployment::~RollBackDeployment() = default;

QString RollBackDeployment::text() const {
    return tr("Roll back deployment #%1").arg(m_deploymentId);
}

Result<void> RollBackDeployment::redo(ChangeContext &context) {
    if (m_reason.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("A rollback needs its reason."));
    auto current = context.deployments().deployment(m_deploymentId);
    if (!current)
        return current.error();
    if (current->outcome != DeploymentOutcome::Succeeded && current->outcome != DeploymentOutcome::Partial &&
        current->outcome != DeploymentOutcome::Failed)
        return makeError(ErrorCode::Invalid, tr("Deployment #%1 is %2: only a deployment that ran can be rolled back.")
                                                 .arg(m_deploymentId)
                                                 .arg(labelOf(current->outcome)));
    auto steps = context.deployments().runbook(m_deploymentId);
    if (!steps)
        return steps.error();
    for (const RunbookStep &step : *steps) {
        if (step.pointOfNoReturn && step.doneAt.isValid())
            return makeError(ErrorCode::Invalid,
                             tr("Deployment #%1 passed its point of no return (\u201C%2\u201D at %3 UTC): roll "
                                "forward instead.")
                                 .arg(m_deploymentId)
                                 .arg(step.title, shown_dates::dateTime(step.doneAt.toUTC())));
    }
    m_before = *current;
    auto release = context.releases().release(current->releaseId);
    if (!release)
        return release.error();
    auto environment = context.directory().environment(current->environmentId);
    if (!environment)
        return environment.error();

    if (auto r = runEffect(context, m_effects,
                           std::make_unique<SetEnvironmentInventory>(
                               environment->id, environment->name, current->inventoryBefore,
                               tr("Rollback of deployment #%1: %2").arg(current->id).arg(m_reason), release->id));
        !r)
        return r;
    Deployment after = *current;
    after.outcome = DeploymentOutcome::RolledBack;
    if (auto r = context.deployments().update(after); !r)
        return r;
    auto rollback = context.deployments().insert(
        Rollback{m_rollbackId, current->id, context.now(), context.actor().login, m_reason.trimmed()});
    if (!rollback)
        return rollback.error();
    m_rollbackId = *rollback;
    if (environment->kind == EnvironmentKind::Production &&
        ReleaseLifecycle::canMove(release->status, ReleaseStatus::RolledBack)) {
        if (auto r = runEffect(
                context, m_effects,
                std::make_unique<SetReleaseStatus>(*release, ReleaseStatus::RolledBack, SetReleaseStatus::Gate::Skip));
            !r)
            return r;
    }
    context.notify({Entity::Deployment, ChangeNotice::Kind::Updated, current->id, current->releaseId});
    return context.audit(u"deployment"_s, current->id, u"rollback"_s, current->releaseId,
                         tr("Rolled back deployment #%1 of %2 on %3: %4")
                             .arg(current->id)
                             .arg(release->name, environment->name, m_reason.trimmed()),
                         {{u"outcome"_s, keyOf(current->outcome)}},
                         {{u"outcome"_s, keyOf(after.outcome)}, {u"reason"_s, m_reason.trimmed()}});
}

Result<void> RollBackDeployment::undo(ChangeContext &context) {
    if (auto r = undoEffects(context, m_effects); !r)
        return r;
    if (auto r = context.deployments().removeRollback(m_rollbackId); !r)
        return r;
    if (auto r = context.deployments().update(m_before); !r)
        return r;
    context.notify({Entity::Deployment, ChangeNotice::Kind::Updated, m_before.id, m_before.releaseId});
    return context.audit(u"deployment"_s, m_before.id, u"update"_s, m_before.releaseId,
                         tr("Undo: roll back deployment #%1").arg(m_before.id),
                         {{u"outcome"_s, keyOf(DeploymentOutcome::RolledBack)}},
                         {{u"outcome"_s, keyOf(m_before.outcome)}});
}

SettleRunbookStep::SettleRunbookStep(Id stepId, Mode mode, QString reason)
    : m_stepId(stepId)
    , m_mode(mode)
    , m_reason(reason.trimmed()) {}

QString SettleRunbookStep::text() const {
    switch (m_mode) {
    case Mode::Done:
        return tr("Check off runbook step %1").arg(m_after.title);
    case Mode::Skip:
        return tr("Skip runbook step %1").arg(m_after.title);
    case Mode::Reopen:
        break;
    }
    return tr("Reopen runbook step %1").arg(m_after.title);
}

Result<void> SettleRunbookStep::redo(ChangeContext &context) {
    auto current = context.deployments().step(m_stepId);
    if (!current)
        return current.error();
    auto deployment = context.deployments().deployment(current->deploymentId);
    if (!deployment)
        return deployment.error();
    m_releaseId = deployment->releaseId;
    m_before = *current;
    m_after = *current;
    if (m_mode == Mode::Reopen) {
        if (!current->isSettled())
            return makeError(ErrorCode::Invalid, tr("\u201C%1\u201D is not checked off.").arg(current->title));
        if (deployment->outcome == DeploymentOutcome::Succeeded && !current->backout)
            return makeError(ErrorCode::Invalid,
                             tr("Deployment #%1 was recorded as succeeded with \u201C%2\u201D settled; it stays so.")
                                 .arg(deployment->id)
                                 .arg(current->title));
        m_after.doneAt = {};
        m_after.doneBy.clear();
        m_after.skipReason.clear();
        return write(context, m_before, m_after, u"reopen"_s);
    }
    if (current->isSettled())
        return makeError(ErrorCode::Invalid,
                         tr("\u201C%1\u201D was already %2 by %3 at %4 UTC.")
                             .arg(current->title, current->isSkipped() ? tr("skipped") : tr("checked off"),
                                  current->doneBy, shown_dates::dateTime(current->doneAt.toUTC())));
    if (m_mode == Mode::Skip) {
        if (auto r = validation::checkText(m_reason, tr("Skipping a step needs the reason it was not run.")); !r)
            return r;
    }
    QDateTime now = context.now().toUTC();
    now.setTime(QTime(now.time().hour(), now.time().minute(), now.time().second()));
    m_after.doneAt = now;
    m_after.doneBy = context.actor().login;
    m_after.skipReason = m_mode == Mode::Skip ? m_reason : QString();
    return write(context, m_before, m_after, m_mode == Mode::Skip ? u"skip"_s : u"check_off"_s);
}

Result<void> SettleRunbookStep::undo(ChangeContext &context) {
    return write(context, m_after, m_before, u"undo"_s);
}

Result<void> SettleRunbookStep::write(ChangeContext &context, const RunbookStep &expected, const RunbookStep &target,
                                      const QString &action) {
    auto current = context.deployments().step(m_stepId);
    if (!current)
        return current.error();
    if (auto r = rules::unchangedSince(tr("Runbook step \u201C%1\u201D").arg(current->title), json::toJson(expected),
                                       json::toJson(*current));
        !r)
        return r;
    if (auto r = context.deployments().update(target); !r)
        return r;
    context.notify({Entity::RunbookStep, ChangeNotice::Kind::Updated, target.id, m_releaseId});
    const auto [before, after] = json::difference(json::toJson(*current), json::toJson(target));
    return context.audit(u"runbook_step"_s, target.id, action, m_releaseId, text(), before, after);
}

} // namespace relm

#pragma once

#include "Result.h"
#include "domain/Deployment.h"

#include <QList>

#include <optional>

namespace relm {

class Database;

/// Deployments with their runbooks and rollbacks, known errors, and post-release reviews.
class DeploymentStore final {
public:
    explicit DeploymentStore(Database &db);

    /// The deployments of one release (or of all for 0), in planned order.
    Result<QList<Deployment>> deployments(Id releaseId = 0);
    Result<Deployment> deployment(Id id);
    /// Deployments to one environment that ran (have an actual start), in time order.
    Result<QList<Deployment>> runsIn(Id environmentId);
    Result<Id> insert(const Deployment &deployment);
    Result<void> update(const Deployment &deployment);
    Result<void> removeDeployment(Id id);

    Result<QList<RunbookStep>> runbook(Id deploymentId);
    Result<RunbookStep> step(Id id);
    Result<Id> insert(const RunbookStep &step);
    Result<void> update(const RunbookStep &step);
    Result<void> removeStep(Id id);

    Result<QList<Rollback>> rollbacks(Id deploymentId = 0);
    Result<Id> insert(const Rollback &rollback);
    Result<void> removeRollback(Id id);

    /// Known errors recorded in one release (or all for 0).
    Result<QList<KnownError>> knownErrors(Id releaseId = 0);
    Result<KnownError> knownError(Id id);
    Result<Id> insert(const KnownError &error);
    Result<void> update(const KnownError &error);
    Result<void> removeKnownError(Id id);

    Result<std::optional<ReleaseReview>> reviewOf(Id releaseId);
    Result<ReleaseReview> review(Id id);
    Result<Id> insert(const ReleaseReview &review);
    Result<void> update(const ReleaseReview &review);
    Result<void> removeReview(Id id);

private:
    Result<QList<Deployment>> queryDeployments(const QString &where, const QVariantList &values);
    Result<QList<RunbookStep>> querySteps(const QString &where, const QVariantList &values);
    Result<QList<KnownError>> queryKnownErrors(const QString &where, const QVariantList &values);
    Result<QList<ReleaseReview>> queryReviews(const QString &where, const QVariantList &values);

    Database &m_db;
};

} // namespace relm

#pragma once

#include "Result.h"
#include "domain/Acceptance.h"
#include "domain/Waiver.h"

#include <QList>

#include <optional>

namespace relm {

class Database;

/// Acceptance criteria of the releases, the release policies per release type, and the waivers of
/// package findings.
class AcceptanceStore final {
public:
    explicit AcceptanceStore(Database &db);

    /// The criteria of one release (or of all when releaseId is 0), in the order they were added.
    Result<QList<AcceptanceCriterion>> criteria(Id releaseId = 0);
    Result<AcceptanceCriterion> criterion(Id id);
    Result<Id> insert(const AcceptanceCriterion &criterion);
    Result<void> update(const AcceptanceCriterion &criterion);
    Result<void> removeCriterion(Id id);

    Result<QList<ReleasePolicy>> policies();
    Result<ReleasePolicy> policy(Id id);
    /// The policy for a release type, if one is defined.
    Result<std::optional<ReleasePolicy>> policyFor(ReleaseType type);
    Result<Id> insert(const ReleasePolicy &policy);
    Result<void> update(const ReleasePolicy &policy);
    Result<void> removePolicy(Id id);

    /// The waivers of one release's findings, oldest first.
    Result<QList<FindingWaiver>> waivers(Id releaseId);
    Result<FindingWaiver> waiver(Id id);
    Result<Id> insert(const FindingWaiver &waiver);
    Result<void> removeWaiver(Id id);

private:
    Result<QList<AcceptanceCriterion>> queryCriteria(const QString &where, const QVariantList &values);
    Result<QList<ReleasePolicy>> queryPolicies(const QString &where, const QVariantList &values);
    Result<QList<FindingWaiver>> queryWaivers(const QString &where, const QVariantList &values);

    Database &m_db;
};

} // namespace relm

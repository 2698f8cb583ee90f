#pragma once

#include "Result.h"
#include "checks/Finding.h"
#include "domain/Acceptance.h"
#include "domain/Deployment.h"
#include "domain/Release.h"
#include "domain/Risk.h"
#include "domain/Waiver.h"
#include "signing/AssuranceSources.h"
#include "signing/SignOffVerifier.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace relm {

/// One line of a gate's checklist.
struct GateCheck {
    QString text; ///< what is required, e.g. "Change board: 3 approvals"
    bool passed = false;
    QString detail;     ///< what was found, e.g. "2 of 3: Chen, Weber"
    QString findingKey; ///< for a package finding: Finding::key(), so that it can be waived
};

/// The checklist for moving a release to a status; the move may go ahead only when every check passes.
struct GateResult {
    ReleaseStatus from = ReleaseStatus::Draft;
    ReleaseStatus to = ReleaseStatus::Draft;
    QString policyName; ///< e.g. "Policy for Major releases", or a note that none is defined
    QList<GateCheck> checks;

    bool passed() const;
    QList<GateCheck> missing() const;
    /// "Moving 2026.4 to Approved needs: …" with one line per missing check.
    QString refusal(const QString &releaseName) const;
    QJsonObject toJson() const;
};

/// Everything the gate looks at for one release.
struct GateInput {
    Release release;
    std::optional<ReleasePolicy> policy;
    QList<AcceptanceCriterion> criteria;
    QList<VerifiedSignOff> signOffs;
    bool baselineFrozen = false;
    bool baselineChanged = false;
    QList<Risk> risks;
    std::optional<ReleaseReview> review;
    QList<Finding> findings; ///< the package checker's findings
    QList<FindingWaiver> waivers;
    /// Planned production deployments of the release whose window touches a change freeze.
    struct FrozenDeployment {
        Id deploymentId = 0;
        QString environment;
        QDateTime plannedStart; ///< UTC
        QString freeze;         ///< the freeze window, described
        QString overriddenBy;   ///< who let it run in the freeze and why; empty: not overridden
    };
    QList<FrozenDeployment> frozenDeployments;
    /// Clashes with other releases on the change calendar (environment bookings, deployment order,
    /// the same components at once), one line each with its fix; freezes are above.
    QList<Finding> calendarConflicts;
    QDateTime now;
};

/// The release policy gates: moves forward to Awaiting sign-off, Approved and Deploying are
/// checked against the release type's policy, its criteria and its sign-offs; Approved and
/// Deploying also need a package without unwaived errors and no production deployment planned in
/// a change freeze unless it is an authorised emergency; the move to Reviewed needs a complete
/// post-release review. Other moves (back, cancel) are not gated.
class ReleaseGate final {
public:
    /// Whether moving from one status to another is gated at all.
    static bool isGated(ReleaseStatus from, ReleaseStatus to);
    /// Whether a release arrives at this status only through a gate.
    static bool isGatedStatus(ReleaseStatus status);
    static GateResult evaluate(const GateInput &input, ReleaseStatus to);

    /// What the gate looks at. The change calendar's clashes are read only `withCalendar` (the
    /// moves to Approved and Deploying): recording a run that happened never waits on them.
    static Result<GateInput> load(AssuranceSources sources, Id releaseId, const QDateTime &now,
                                  bool withCalendar = false);
    /// The standing emergency authorisation (a valid "authorised" signature in the policy's
    /// emergency role), or null.
    static const VerifiedSignOff *emergencyAuthorisation(const GateInput &input);
    static Result<GateResult> check(AssuranceSources sources, Id releaseId, ReleaseStatus to, const QDateTime &now);
};

} // namespace relm

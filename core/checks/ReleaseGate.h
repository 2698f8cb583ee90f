#pragma once

#include "Result.h"
#include "domain/Acceptance.h"
#include "domain/Deployment.h"
#include "domain/Release.h"
#include "domain/Risk.h"
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
    QString detail; ///< what was found, e.g. "2 of 3: Chen, Weber"
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
    QDateTime now;
};

/// The release policy gates: moves forward to Awaiting sign-off, Approved and Deploying are
/// checked against the release type's policy, its criteria and its sign-offs; the move to
/// Reviewed needs a complete post-release review. Other moves (back, cancel) are not gated.
class ReleaseGate final {
public:
    /// Whether moving from one status to another is gated at all.
    static bool isGated(ReleaseStatus from, ReleaseStatus to);
    static GateResult evaluate(const GateInput &input, ReleaseStatus to);

    static Result<GateInput> load(AssuranceSources sources, Id releaseId, const QDateTime &now);
    static Result<GateResult> check(AssuranceSources sources, Id releaseId, ReleaseStatus to, const QDateTime &now);
};

} // namespace relm

#pragma once

#include "Result.h"
#include "domain/Vocabulary.h"

namespace relm {

/// The release status lifecycle: which transitions are allowed.
class ReleaseLifecycle final {
public:
    static QList<ReleaseStatus> nextStatuses(ReleaseStatus from);
    static bool canMove(ReleaseStatus from, ReleaseStatus to);
    static Result<void> checkMove(ReleaseStatus from, ReleaseStatus to);
    static bool isFinal(ReleaseStatus status);
    /// Whether the release went out (Deployed, Reviewed, Rolled back): what it shipped is on record.
    static bool hasShipped(ReleaseStatus status);
    /// Where a status lies on the forward path: Draft 0, Planned 1 ... Reviewed 8; -1 for the exits
    /// (Rolled back, Cancelled).
    static int stage(ReleaseStatus status);
    /// The usual next step, as offered by the toolbar ("Submit for sign-off"...).
    static std::optional<ReleaseStatus> forwardStep(ReleaseStatus from);
    /// The verb for moving to a status, e.g. "Submit for sign-off".
    static QString actionLabel(ReleaseStatus to);
};

} // namespace relm

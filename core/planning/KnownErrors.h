#pragma once

#include "Result.h"
#include "domain/Deployment.h"

namespace relm {

class DeploymentStore;
class ReleaseStore;

/// A known error as it stands for one release: where it was found and whether it is carried over.
struct ApplicableKnownError {
    KnownError error;
    QString foundIn;     ///< the name of the release it was found in
    bool carriedForward; ///< found in an earlier release and not fixed yet
};

/// The known errors a release ships with: its own, and those of earlier releases (by planned
/// start) not fixed in a release at or before it.
Result<QList<ApplicableKnownError>> knownErrorsFor(ReleaseStore &releases, DeploymentStore &deployments, Id releaseId);

} // namespace relm

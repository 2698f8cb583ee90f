#pragma once

#include "Result.h"
#include "domain/Acceptance.h"
#include "signing/AssuranceSources.h"

#include <optional>

namespace relm::signedContent {

/// A SHA-256 over what a release-level signature covers: the release's description and plan
/// (not its status, which moves on after approval), its package contents with fingerprints, its
/// frozen baseline, and every acceptance criterion with its evidence.
Result<QString> releaseHash(AssuranceSources &sources, Id releaseId);

/// A SHA-256 over one criterion and its evidence (description, category, role, note, link, file
/// fingerprint, status and waiver reason).
QString criterionHash(const AcceptanceCriterion &criterion);

/// The hash of what a sign-off on (releaseId, criterionId) covers today; nullopt when the
/// criterion no longer exists.
Result<std::optional<QString>> currentHash(AssuranceSources &sources, Id releaseId, Id criterionId);

} // namespace relm::signedContent

#pragma once

#include "Result.h"
#include "domain/SignOff.h"
#include "signing/AssuranceSources.h"

#include <QHash>
#include <QList>

#include <optional>

namespace relm {

/// A sign-off together with what checking it today found.
struct VerifiedSignOff {
    SignOff signOff;
    SignatureState state = SignatureState::Valid;
    QString problem; ///< why it is void or invalid, for people to read

    bool isValid() const { return state == SignatureState::Valid; }
};

/// Checks sign-offs: the signature must verify under the signer's recorded public key over the
/// row's own fields (so a row copied to another release or criterion fails), the audit chain head
/// it names must be in the trail, and what it covers must hash as it did when it was signed.
/// Keys and content hashes are cached, so checking many sign-offs costs one read of each.
class SignOffVerifier final {
public:
    explicit SignOffVerifier(AssuranceSources sources);

    Result<VerifiedSignOff> verify(const SignOff &signOff);
    /// Every sign-off on a release (or on all releases for 0), checked, oldest first.
    Result<QList<VerifiedSignOff>> verifyRelease(Id releaseId);

private:
    Result<std::optional<QString>> contentHash(Id releaseId, Id criterionId);

    AssuranceSources m_sources;
    QHash<Id, std::optional<SigningKey>> m_keys;
    QHash<QPair<Id, Id>, std::optional<QString>> m_hashes;
};

} // namespace relm

#pragma once

#include "Result.h"
#include "domain/Acceptance.h"
#include "domain/Directory.h"
#include "domain/Release.h"
#include "signing/SignOffVerifier.h"

#include <optional>

namespace relm {

/// What someone asks to sign.
struct SignOffRequest {
    Release release;
    std::optional<AcceptanceCriterion> criterion; ///< empty: the release as a whole
    Person signer;
    Role role = Role::ChangeBoard;
    SignMeaning meaning = SignMeaning::Approved;
    QString comment;
};

namespace signOffRules {

/// The roles that test or accept a release, which its owner may not sign.
bool isIndependentRole(Role role);

/// Checks a request against the independence rules and the sign-offs already made on the release:
/// only holders of a role sign in it; the owner does not sign test or acceptance roles; nobody
/// signs one release in two roles; a criterion is signed in the role that accepts it; nobody signs
/// the same thing twice while their first signature stands; a rejection says why.
Result<void> check(const SignOffRequest &request, const QList<VerifiedSignOff> &existing);

/// Whether the signature accepts its criterion: "approved" in the criterion's acceptor role, on a
/// criterion not yet met or waived. Signing then marks it met in the same step.
bool acceptsCriterion(const SignOffRequest &request);
/// Accepting marks a criterion met, and met needs evidence: refused when it has none.
Result<void> checkAcceptance(const SignOffRequest &request);

} // namespace signOffRules

} // namespace relm

#pragma once

// Signing as the demo's people, and the records the sign-off and gate suites build on.
#include "TestSupport.h"

#include "changes/SignOffChanges.h"
#include "demo/DemoAssurance.h"
#include "signing/Crypto.h"
#include "signing/SignOffRules.h"
#include "signing/TrailVerification.h"
#include "storage/AcceptanceStore.h"
#include "storage/ReleaseStore.h"
#include "storage/SignOffStore.h"

namespace relm::test {

using namespace Qt::Literals::StringLiterals;

inline const QString autumnName = u"2026.4 Autumn"_s;
inline const QString hotfixName = u"Hotfix 2026.3.1"_s;

/// Signs as `login` with the demo passphrase; returns the stored sign-off or the refusal.
inline Result<SignOff> signAs(Workspace &ws, const QString &login, const QString &releaseName, Role role,
                              SignMeaning meaning, Id criterionId = 0, const QString &comment = {}) {
    if (auto r = ws.actAs(login); !r)
        return r.error();
    auto release = ws.releases().releaseByName(releaseName);
    if (!release)
        return release.error();
    auto key = ws.signOffs().currentKey(ws.actingPerson().id);
    if (!key || !*key)
        return makeError(ErrorCode::NotFound, u"no key"_s);
    auto secret = crypto::unlockSecretKey(**key, demoPassphrase(), login);
    if (!secret)
        return secret.error();
    SignOff draft;
    draft.releaseId = release->id;
    draft.criterionId = criterionId;
    draft.role = role;
    draft.meaning = meaning;
    draft.comment = comment;
    SignOffChange change(draft, **key, std::move(secret).value());
    if (auto r = ws.apply(change); !r)
        return r.error();
    return change.signOff();
}

/// The state of one sign-off as the verifier sees it now.
inline SignatureState stateOf(Workspace &ws, Id signOffId) {
    auto all = SignOffVerifier(AssuranceSources::of(ws)).verifyRelease(0);
    for (const VerifiedSignOff &v : *all) {
        if (v.signOff.id == signOffId)
            return v.state;
    }
    return SignatureState::Invalid;
}

inline AcceptanceCriterion criterionNamed(Workspace &ws, const QString &releaseName, const QString &start) {
    const Id releaseId = ws.releases().releaseByName(releaseName)->id;
    auto criteria = ws.acceptance().criteria(releaseId);
    for (const AcceptanceCriterion &c : *criteria) {
        if (c.description.startsWith(start))
            return c;
    }
    return {};
}

inline Person personWithRoles(Id id, QList<Role> roles) {
    return Person{id, u"p%1"_s.arg(id), u"Person %1"_s.arg(id), {}, std::move(roles)};
}

inline VerifiedSignOff existing(Id personId, Id releaseId, Role role, SignatureState state = SignatureState::Valid,
                                Id criterionId = 0) {
    SignOff s;
    s.personId = personId;
    s.releaseId = releaseId;
    s.role = role;
    s.criterionId = criterionId;
    return {s, state, {}};
}

} // namespace relm::test

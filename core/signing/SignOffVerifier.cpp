#include "SignOffVerifier.h"

#include "signing/Crypto.h"
#include "signing/SignedContent.h"
#include "storage/AuditLog.h"
#include "storage/SignOffStore.h"

#include <QCoreApplication>

namespace relm {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::SignOffVerifier", text);
}

} // namespace

SignOffVerifier::SignOffVerifier(AssuranceSources sources)
    : m_sources(sources) {}

Result<std::optional<QString>> SignOffVerifier::contentHash(Id releaseId, Id criterionId) {
    const QPair<Id, Id> key(releaseId, criterionId);
    if (auto it = m_hashes.constFind(key); it != m_hashes.cend())
        return *it;
    auto hash = signedContent::currentHash(m_sources, releaseId, criterionId);
    if (!hash)
        return hash.error();
    m_hashes.insert(key, *hash);
    return *hash;
}

Result<VerifiedSignOff> SignOffVerifier::verify(const SignOff &signOff) {
    VerifiedSignOff result{signOff, SignatureState::Valid, {}};
    if (!m_keys.contains(signOff.keyId)) {
        auto key = m_sources.signOffs.key(signOff.keyId);
        if (!key && key.error().code != ErrorCode::NotFound)
            return key.error();
        m_keys.insert(signOff.keyId, key ? std::optional<SigningKey>(*key) : std::nullopt);
    }
    if (!signOff.readable) {
        result.state = SignatureState::Invalid;
        result.problem = tr("Its role or meaning is not one Relm writes: the record was altered.");
        return result;
    }
    const std::optional<SigningKey> &key = m_keys[signOff.keyId];
    if (!key || key->personId != signOff.personId) {
        result.state = SignatureState::Invalid;
        result.problem = tr("The signing key it names is not %1's.").arg(signOff.printedName);
        return result;
    }
    if (!crypto::verify(key->publicKey, signOff.signedMessage(), signOff.signature)) {
        result.state = SignatureState::Invalid;
        result.problem = tr("The signature does not match the record: it was altered or copied from elsewhere.");
        return result;
    }
    auto known = AuditLog(m_sources.db).contains(signOff.auditHead);
    if (!known)
        return known.error();
    if (!*known) {
        result.state = SignatureState::Invalid;
        result.problem = tr("The audit trail it was signed against no longer contains the entry it names.");
        return result;
    }
    auto hash = contentHash(signOff.releaseId, signOff.criterionId);
    if (!hash)
        return hash.error();
    if (!*hash) {
        result.state = SignatureState::ContentChanged;
        result.problem = tr("The criterion it signed was removed.");
    } else if (**hash != signOff.contentHash) {
        result.state = SignatureState::ContentChanged;
        result.problem = signOff.criterionId != 0 ? tr("The criterion or its evidence changed after signing.")
                                                  : tr("The release, its contents or its criteria changed after "
                                                       "signing.");
    }
    return result;
}

Result<QList<VerifiedSignOff>> SignOffVerifier::verifyRelease(Id releaseId) {
    auto signOffs = m_sources.signOffs.signOffs(releaseId);
    if (!signOffs)
        return signOffs.error();
    QList<VerifiedSignOff> result;
    result.reserve(signOffs->size());
    for (const SignOff &s : *signOffs) {
        auto verified = verify(s);
        if (!verified)
            return verified.error();
        result.append(*verified);
    }
    return result;
}

} // namespace relm

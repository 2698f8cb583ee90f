#include "SignOffChanges.h"

#include "changes/ChangeContext.h"
#include "changes/RecordChanges.h"
#include "domain/JsonCodec.h"
#include "signing/Crypto.h"
#include "signing/SignOffRules.h"
#include "signing/SignedContent.h"
#include "storage/AcceptanceStore.h"
#include "storage/AuditLog.h"
#include "storage/ReleaseStore.h"
#include "storage/SignOffStore.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::SignOffChanges", text);
}

QJsonObject keyJson(const SigningKey &key) {
    return {{u"person_id"_s, key.personId},
            {u"public_key"_s, QString::fromLatin1(key.publicKey.toHex())},
            {u"fingerprint"_s, key.fingerprint()}};
}

/// Accepting a criterion in its acceptor role marks it met, in the same transaction and before the
/// content hash is taken, so that the signature covers the criterion as met.
Result<void> acceptCriterion(ChangeContext &context, const SignOffRequest &request) {
    if (!signOffRules::acceptsCriterion(request))
        return {};
    if (auto r = signOffRules::checkAcceptance(request); !r)
        return r;
    AcceptanceCriterion met = *request.criterion;
    met.status = CriterionStatus::Met;
    EditRecord<AcceptanceCriterion> edit(*request.criterion, met,
                                         tr("Criterion #%1 accepted: met").arg(request.criterion->id));
    return edit.redo(context);
}

} // namespace

SetSigningKey::SetSigningKey(SigningKey key)
    : m_key(std::move(key)) {}

QString SetSigningKey::text() const {
    return tr("Set signing passphrase");
}

Result<void> SetSigningKey::redo(ChangeContext &context) {
    if (context.actor().id != m_key.personId)
        return makeError(ErrorCode::Invalid, tr("Only the person themselves can set their signing passphrase."));
    auto previous = context.signOffs().currentKey(m_key.personId);
    if (!previous)
        return previous.error();
    m_previousKeyId = *previous ? std::optional<Id>((*previous)->id) : std::nullopt;
    auto id = context.signOffs().insert(m_key);
    if (!id)
        return id.error();
    m_key.id = *id;
    if (auto r = context.signOffs().retireKeysExcept(m_key.personId, m_key.id); !r)
        return r;
    context.notify({Entity::SigningKey, ChangeNotice::Kind::Created, m_key.id, 0});
    return context.audit(u"signing_key"_s, m_key.id, u"create"_s, 0,
                         tr("New signing key for %1 (fingerprint %2)").arg(context.actor().login, m_key.fingerprint()),
                         {}, keyJson(m_key));
}

Result<void> SetSigningKey::undo(ChangeContext &context) {
    if (auto r = context.signOffs().removeKey(m_key.id); !r)
        return r;
    if (m_previousKeyId) {
        if (auto r = context.signOffs().setRetired(*m_previousKeyId, false); !r)
            return r;
    }
    context.notify({Entity::SigningKey, ChangeNotice::Kind::Removed, m_key.id, 0});
    return context.audit(u"signing_key"_s, m_key.id, u"delete"_s, 0,
                         tr("Undo: new signing key for %1").arg(context.actor().login), keyJson(m_key), {});
}

SignOffChange::SignOffChange(SignOff draft, SigningKey key, QByteArray secretKey)
    : m_signOff(std::move(draft))
    , m_key(std::move(key))
    , m_secretKey(std::move(secretKey)) {}

SignOffChange::~SignOffChange() {
    crypto::wipe(m_secretKey);
}

QString SignOffChange::text() const {
    return tr("Sign off as %1 (%2)").arg(labelOf(m_signOff.role), labelOf(m_signOff.meaning));
}

Result<void> SignOffChange::redo(ChangeContext &context) {
    const Person &signer = context.actor();
    if (m_key.personId != signer.id || m_key.retired)
        return makeError(ErrorCode::Invalid, tr("Sign with your own current key."));
    if (auto r = context.lockRelease(m_signOff.releaseId); !r)
        return r;
    AssuranceSources sources = AssuranceSources::of(context);
    SignOffRequest request;
    auto release = context.releases().release(m_signOff.releaseId);
    if (!release)
        return release.error();
    request.release = *release;
    if (m_signOff.criterionId != 0) {
        auto criterion = context.acceptance().criterion(m_signOff.criterionId);
        if (!criterion)
            return criterion.error();
        if (criterion->releaseId != release->id)
            return makeError(ErrorCode::Invalid,
                             tr("Criterion #%1 is not part of %2.").arg(criterion->id).arg(release->name));
        request.criterion = *criterion;
    }
    request.signer = signer;
    request.role = m_signOff.role;
    request.meaning = m_signOff.meaning;
    request.comment = m_signOff.comment.trimmed();
    auto existing = SignOffVerifier(sources).verifyRelease(release->id);
    if (!existing)
        return existing.error();
    if (auto r = signOffRules::check(request, *existing); !r)
        return r;
    if (auto r = acceptCriterion(context, request); !r)
        return r;

    auto hash = signedContent::currentHash(sources, release->id, m_signOff.criterionId);
    if (!hash)
        return hash.error();
    auto head = AuditLog(context.database()).head();
    if (!head)
        return head.error();

    m_signOff.id = 0;
    m_signOff.personId = signer.id;
    m_signOff.keyId = m_key.id;
    m_signOff.login = signer.login;
    m_signOff.printedName = signer.displayName;
    m_signOff.comment = request.comment;
    QDateTime at = context.now().toUTC();
    at.setTime(QTime(at.time().hour(), at.time().minute(), at.time().second()));
    m_signOff.signedAt = at;
    m_signOff.contentHash = hash->value_or(QString());
    m_signOff.auditHead = *head;
    m_signOff.signature = crypto::sign(m_secretKey, m_signOff.signedMessage());
    crypto::wipe(m_secretKey);

    auto id = context.signOffs().insert(m_signOff);
    if (!id)
        return id.error();
    m_signOff.id = *id;
    context.notify({Entity::SignOff, ChangeNotice::Kind::Created, m_signOff.id, release->id});
    const QString what =
        m_signOff.criterionId ? tr("criterion #%1 of %2").arg(m_signOff.criterionId).arg(release->name) : release->name;
    return context.audit(
        u"signoff"_s, m_signOff.id, u"sign"_s, release->id,
        tr("%1 signed %2 as %3: %4").arg(signer.displayName, what, labelOf(m_signOff.role), labelOf(m_signOff.meaning)),
        {}, json::toJson(m_signOff));
}

Result<void> SignOffChange::undo(ChangeContext &) {
    return makeError(ErrorCode::Invalid, tr("A signature cannot be undone; sign again to supersede it."));
}

} // namespace relm

#include "SignOff.h"

#include <QCoreApplication>
#include <QCryptographicHash>

using namespace Qt::Literals::StringLiterals;

namespace relm {

QString SigningKey::fingerprint() const {
    return QString::fromLatin1(QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).toHex().left(16));
}

QByteArray SignOff::signedMessage() const {
    // One field per line, in a fixed order, so that the same sign-off always gives the same bytes.
    // Free text is percent-encoded so that no field can pose as another.
    const QStringList lines = {
        u"relm-signoff-v1"_s,
        u"release=%1"_s.arg(releaseId),
        u"criterion=%1"_s.arg(criterionId),
        u"person=%1"_s.arg(personId),
        u"key=%1"_s.arg(keyId),
        u"login=%1"_s.arg(QString::fromLatin1(login.toUtf8().toPercentEncoding())),
        u"name=%1"_s.arg(QString::fromLatin1(printedName.toUtf8().toPercentEncoding())),
        u"role=%1"_s.arg(keyOf(role)),
        u"meaning=%1"_s.arg(keyOf(meaning)),
        u"comment=%1"_s.arg(QString::fromLatin1(comment.toUtf8().toPercentEncoding())),
        u"signed_at=%1"_s.arg(signedAt.toUTC().toString(Qt::ISODate)),
        u"content=%1"_s.arg(contentHash),
        u"audit_head=%1"_s.arg(auditHead),
    };
    return lines.join(u'\n').toUtf8();
}

QString signatureStateKey(SignatureState state) {
    switch (state) {
    case SignatureState::Valid:
        return u"valid"_s;
    case SignatureState::ContentChanged:
        return u"void_content_changed"_s;
    case SignatureState::Invalid:
        return u"invalid"_s;
    }
    return {};
}

QString signatureStateLabel(SignatureState state) {
    switch (state) {
    case SignatureState::Valid:
        return QCoreApplication::translate("relm::SignOff", "Valid");
    case SignatureState::ContentChanged:
        return QCoreApplication::translate("relm::SignOff", "Void: content changed after signing");
    case SignatureState::Invalid:
        return QCoreApplication::translate("relm::SignOff", "Invalid: the signature does not match this record");
    }
    return {};
}

} // namespace relm

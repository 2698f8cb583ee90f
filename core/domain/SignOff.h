#pragma once

#include "domain/Ids.h"
#include "domain/Vocabulary.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace relm {

/// A person's Ed25519 key pair; the secret half is kept only encrypted under their passphrase.
struct SigningKey {
    Id id = 0;
    Id personId = 0;
    QByteArray publicKey;       ///< 32 bytes
    QByteArray sealedSecretKey; ///< the 64-byte secret key, encrypted (XSalsa20-Poly1305)
    QByteArray salt;            ///< for Argon2id
    QByteArray nonce;
    qint64 opsLimit = 0;
    qint64 memLimit = 0;
    QDateTime createdAt;
    bool retired = false; ///< replaced by a newer key; still verifies what it signed

    /// The first 16 hex digits of the public key's SHA-256, for reading out and comparing.
    QString fingerprint() const;
};

/// One signature: who signed what, in which role, meaning what, and when.
struct SignOff {
    Id id = 0;
    Id releaseId = 0;
    Id criterionId = 0; ///< 0: the release as a whole
    Id personId = 0;
    Id keyId = 0;
    QString login;
    QString printedName;
    Role role = Role::ChangeBoard;
    SignMeaning meaning = SignMeaning::Approved;
    QString comment;
    QDateTime signedAt; ///< UTC, whole seconds
    QString contentHash;
    QString auditHead;    ///< the audit chain's newest hash when it was signed
    QByteArray signature; ///< Ed25519, 64 bytes
    bool readable = true; ///< false when the stored role or meaning is not one Relm knows

    bool operator==(const SignOff &) const = default;

    /// The exact bytes the signature covers: every field above except the id and signature.
    QByteArray signedMessage() const;
};

/// What checking a signature today finds.
enum class SignatureState {
    Valid,          ///< it verifies and what it covers is unchanged
    ContentChanged, ///< void: what was signed has changed since
    Invalid,        ///< the signature does not verify: the row was altered or copied
};

QString signatureStateKey(SignatureState state);
QString signatureStateLabel(SignatureState state);

} // namespace relm

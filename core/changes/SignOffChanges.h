#pragma once

#include "changes/Change.h"
#include "domain/SignOff.h"

#include <QByteArray>

#include <optional>

namespace relm {

/// Gives the acting person a new signing key (made by crypto::createKey under their passphrase);
/// keys they had before are retired but still verify what they signed. Only people themselves
/// set their passphrase.
class SetSigningKey final : public Change {
public:
    explicit SetSigningKey(SigningKey key);

    const SigningKey &key() const { return m_key; }

    QString text() const override;
    Result<void> redo(ChangeContext &context) override;
    Result<void> undo(ChangeContext &context) override;

private:
    SigningKey m_key;
    std::optional<Id> m_previousKeyId;
};

/// Signs a release or one of its criteria as the acting person, with their unlocked secret key.
/// Checks the independence rules, then records the signature over the content hash and the audit
/// chain head. A signature is never undone: a new one (e.g. a rejection) supersedes it.
class SignOffChange final : public Change {
public:
    /// draft names the release, the criterion (0: the whole release), role, meaning and comment.
    SignOffChange(SignOff draft, SigningKey key, QByteArray secretKey);
    ~SignOffChange() override;
    Q_DISABLE_COPY_MOVE(SignOffChange)

    /// The signature as stored, after a successful redo.
    const SignOff &signOff() const { return m_signOff; }

    QString text() const override;
    Result<void> redo(ChangeContext &context) override;
    Result<void> undo(ChangeContext &context) override;

private:
    SignOff m_signOff;
    SigningKey m_key;
    QByteArray m_secretKey;
};

} // namespace relm

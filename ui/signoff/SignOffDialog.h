#pragma once

#include "domain/Acceptance.h"
#include "domain/Release.h"
#include "domain/SignOff.h"

#include <QDialog>
#include <QFutureWatcher>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;

namespace relm {

class Workspace;

/// Signs a release, or one of its criteria, as the acting person: role (one they hold), meaning,
/// comment and passphrase. Shows exactly what is signed and warns before the passphrase is typed
/// when an independence rule would refuse. Unlocking the key (Argon2id) runs off the UI thread.
class SignOffDialog final : public QDialog {
    Q_OBJECT

public:
    SignOffDialog(Workspace &workspace, const Release &release, std::optional<AcceptanceCriterion> criterion,
                  QWidget *parent = nullptr);
    ~SignOffDialog() override;
    Q_DISABLE_COPY_MOVE(SignOffDialog)

    void setRole(Role role);
    void setMeaning(SignMeaning meaning);
    void setComment(const QString &comment);
    void setPassphrase(const QString &passphrase);
    /// Unlocks the key and signs (what the Sign button does); the dialog closes when it worked.
    void sign();

    /// Why signing is refused or failed, empty when nothing is wrong.
    QString problem() const;
    /// What signing does besides signing (accepting a criterion marks it met), empty when nothing.
    QString effect() const;
    /// The stored sign-off after a successful sign().
    const std::optional<SignOff> &result() const { return m_result; }

Q_SIGNALS:
    /// Signing ended, successfully or not (see result() and problem()).
    void signingFinished();

private:
    void preflight();
    void finishSigning();
    SignOff draft() const;

    Workspace &m_workspace;
    Release m_release;
    std::optional<AcceptanceCriterion> m_criterion;
    std::optional<SigningKey> m_key;
    QComboBox *m_role;
    QComboBox *m_meaning;
    QPlainTextEdit *m_comment;
    QLineEdit *m_passphrase;
    QProgressBar *m_busy;
    QLabel *m_problem;
    QLabel *m_effect;
    QDialogButtonBox *m_buttons;
    /// The unlocked secret key, or empty with the reason.
    using UnlockOutcome = std::pair<QByteArray, QString>;
    QFutureWatcher<UnlockOutcome> m_unlock;
    std::optional<SignOff> m_result;
};

} // namespace relm

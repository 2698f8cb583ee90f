#pragma once

#include "domain/SignOff.h"

#include <QDialog>
#include <QFutureWatcher>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace relm {

class Workspace;

/// Sets the acting person's signing passphrase: makes a new key pair sealed under it. Replacing an
/// existing key asks for the current passphrase first. The key derivation runs off the UI thread.
class PassphraseDialog final : public QDialog {
    Q_OBJECT

public:
    explicit PassphraseDialog(Workspace &workspace, QWidget *parent = nullptr);
    ~PassphraseDialog() override;
    Q_DISABLE_COPY_MOVE(PassphraseDialog)

    void setPassphrases(const QString &current, const QString &next, const QString &confirmation);
    void save();
    QString problem() const;
    /// The new key's fingerprint after a successful save().
    QString fingerprint() const { return m_fingerprint; }

Q_SIGNALS:
    void saveFinished();

private:
    void check();
    void finishSaving();

    /// The new sealed key, or nothing with the reason.
    using KeyOutcome = std::pair<std::optional<SigningKey>, QString>;

    Workspace &m_workspace;
    std::optional<SigningKey> m_currentKey;
    QLineEdit *m_current;
    QLineEdit *m_next;
    QLineEdit *m_confirmation;
    QProgressBar *m_busy;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QFutureWatcher<KeyOutcome> m_work;
    QString m_fingerprint;
};

} // namespace relm

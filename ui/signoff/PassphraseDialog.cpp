#include "PassphraseDialog.h"

#include "changes/SignOffChanges.h"
#include "changes/Workspace.h"
#include "signing/Crypto.h"
#include "storage/SignOffStore.h"
#include "widgets/Legible.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QtConcurrent>

using namespace Qt::Literals::StringLiterals;

namespace relm {

PassphraseDialog::PassphraseDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_current(new QLineEdit(this))
    , m_next(new QLineEdit(this))
    , m_confirmation(new QLineEdit(this))
    , m_busy(new QProgressBar(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    const Person &person = workspace.actingPerson();
    setWindowTitle(tr("Signing Passphrase for %1").arg(person.displayName));
    if (auto key = workspace.signOffs().currentKey(person.id); key && *key)
        m_currentKey = **key;
    for (QLineEdit *edit : {m_current, m_next, m_confirmation})
        edit->setEchoMode(QLineEdit::Password);
    m_busy->setRange(0, 0);
    m_busy->setVisible(false);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(legible::problemStyle());
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Set Passphrase"));

    auto *intro = new QLabel(
        m_currentKey ? tr("You have a signing key (fingerprint %1). A new passphrase gives you a new key; what you "
                          "signed before still verifies.")
                           .arg(m_currentKey->fingerprint())
                     : tr("Choose a passphrase of at least %1 characters. You type it each time you sign; nobody "
                          "else can sign in your name without it.")
                           .arg(crypto::minimumPassphraseLength),
        this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout(this);
    form->addRow(intro);
    if (m_currentKey)
        form->addRow(tr("&Current passphrase:"), m_current);
    else
        m_current->setVisible(false);
    form->addRow(tr("&New passphrase:"), m_next);
    form->addRow(tr("Con&firm:"), m_confirmation);
    form->addRow(m_busy);
    form->addRow(m_problem);
    form->addRow(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &PassphraseDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_current, m_next, m_confirmation})
        connect(edit, &QLineEdit::textChanged, this, &PassphraseDialog::check);
    connect(&m_work, &QFutureWatcher<KeyOutcome>::finished, this, &PassphraseDialog::finishSaving);
    check();
}

PassphraseDialog::~PassphraseDialog() {
    m_work.waitForFinished();
}

void PassphraseDialog::setPassphrases(const QString &current, const QString &next, const QString &confirmation) {
    m_current->setText(current);
    m_next->setText(next);
    m_confirmation->setText(confirmation);
}

QString PassphraseDialog::problem() const {
    return m_problem->text();
}

void PassphraseDialog::check() {
    QString problem;
    if (m_next->text().size() < crypto::minimumPassphraseLength)
        problem = tr("At least %1 characters.").arg(crypto::minimumPassphraseLength);
    else if (m_next->text() != m_confirmation->text())
        problem = tr("The two new passphrases differ.");
    else if (m_currentKey && m_current->text().isEmpty())
        problem = tr("Type your current passphrase first.");
    m_problem->setText(m_next->text().isEmpty() ? QString() : problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty() && !m_work.isRunning());
}

void PassphraseDialog::save() {
    check();
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    m_busy->setVisible(true);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    const Person person = m_workspace.actingPerson();
    const QDateTime now = m_workspace.clock()();
    m_work.setFuture(QtConcurrent::run(
        [currentKey = m_currentKey, current = m_current->text(), next = m_next->text(), person, now]() -> KeyOutcome {
            if (currentKey) {
                auto unlocked = crypto::unlockSecretKey(*currentKey, current, person.displayName);
                if (!unlocked)
                    return {std::nullopt, unlocked.errorMessage()};
                crypto::wipe(unlocked.value());
            }
            auto key = crypto::createKey(person.id, next, now);
            if (!key)
                return {std::nullopt, key.errorMessage()};
            return {*key, {}};
        }));
}

void PassphraseDialog::finishSaving() {
    m_busy->setVisible(false);
    const auto [key, error] = m_work.result();
    if (!key) {
        check();
        m_problem->setText(error);
        Q_EMIT saveFinished();
        return;
    }
    SetSigningKey change(*key);
    if (auto r = m_workspace.apply(change); !r) {
        m_problem->setText(r.errorMessage());
        Q_EMIT saveFinished();
        return;
    }
    m_fingerprint = change.key().fingerprint();
    Q_EMIT saveFinished();
    accept();
}

} // namespace relm

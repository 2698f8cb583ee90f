#include "SignOffDialog.h"

#include "changes/SignOffChanges.h"
#include "changes/Workspace.h"
#include "signing/Crypto.h"
#include "signing/SignOffRules.h"
#include "signing/SignedContent.h"
#include "storage/SignOffStore.h"
#include "widgets/Legible.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QtConcurrent>

using namespace Qt::Literals::StringLiterals;

namespace relm {

SignOffDialog::SignOffDialog(Workspace &workspace, const Release &release, std::optional<AcceptanceCriterion> criterion,
                             QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_release(release)
    , m_criterion(std::move(criterion))
    , m_role(new QComboBox(this))
    , m_meaning(new QComboBox(this))
    , m_comment(new QPlainTextEdit(this))
    , m_passphrase(new QLineEdit(this))
    , m_busy(new QProgressBar(this))
    , m_problem(new QLabel(this))
    , m_effect(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)) {
    const Person &signer = workspace.actingPerson();
    setWindowTitle(tr("Sign Off"));
    if (auto key = workspace.signOffs().currentKey(signer.id); key && *key)
        m_key = **key;

    for (Role role : signer.roles)
        m_role->addItem(labelOf(role), int(role));
    if (m_criterion)
        m_role->setCurrentIndex(std::max(0, m_role->findData(int(m_criterion->acceptorRole))));
    for (SignMeaning meaning : allOf<SignMeaning>())
        m_meaning->addItem(labelOf(meaning), int(meaning));
    m_meaning->setCurrentIndex(m_meaning->findData(int(SignMeaning::Approved)));
    m_comment->setTabChangesFocus(true);
    m_comment->setFixedHeight(fontMetrics().lineSpacing() * 3);
    m_comment->setPlaceholderText(tr("Required when you reject"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Signing passphrase"));
    m_busy->setRange(0, 0);
    m_busy->setVisible(false);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(legible::problemStyle());
    m_effect->setWordWrap(true);
    m_effect->setObjectName(u"effect"_s);
    QPushButton *signButton = m_buttons->addButton(tr("&Sign"), QDialogButtonBox::AcceptRole);
    signButton->setObjectName(u"sign"_s);

    AssuranceSources sources = AssuranceSources::of(workspace);
    auto hash = signedContent::currentHash(sources, release.id, m_criterion ? m_criterion->id : 0);
    const QString what = m_criterion ? tr("Criterion #%1 of %2: \u201C%3\u201D, with its evidence")
                                           .arg(m_criterion->id)
                                           .arg(release.name, m_criterion->description)
                                     : tr("Release %1 as a whole: its plan, package contents, baseline and all "
                                          "its acceptance criteria")
                                           .arg(release.name);
    auto *whatLabel = new QLabel(what, this);
    whatLabel->setWordWrap(true);
    auto *hashLabel = new QLabel(hash && *hash ? u"SHA-256 "_s + **hash : QString(), this);
    hashLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    hashLabel->setStyleSheet(u"font-family: monospace;"_s);
    auto *signerLabel =
        new QLabel(m_key ? tr("%1 (%2), key %3").arg(signer.displayName, signer.login, m_key->fingerprint())
                         : tr("%1 (%2) has no signing key: set a passphrase first (Release \u25B8 Set Signing "
                              "Passphrase\u2026).")
                               .arg(signer.displayName, signer.login),
                   this);
    signerLabel->setWordWrap(true);

    auto *form = new QFormLayout(this);
    form->addRow(tr("You sign:"), whatLabel);
    form->addRow(tr("Content:"), hashLabel);
    form->addRow(tr("Printed name:"), signerLabel);
    form->addRow(tr("In the &role:"), m_role);
    form->addRow(tr("&Meaning:"), m_meaning);
    form->addRow(tr("C&omment:"), m_comment);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    form->addRow(new QLabel(tr("The signature also records the date and time (UTC) and the audit trail's current "
                               "head. Any later change to what you sign voids it visibly."),
                            this));
    form->addRow(m_effect);
    form->addRow(m_busy);
    form->addRow(m_problem);
    form->addRow(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignOffDialog::sign);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_role, &QComboBox::currentIndexChanged, this, &SignOffDialog::preflight);
    connect(m_meaning, &QComboBox::currentIndexChanged, this, &SignOffDialog::preflight);
    connect(m_comment, &QPlainTextEdit::textChanged, this, &SignOffDialog::preflight);
    connect(&m_unlock, &QFutureWatcher<UnlockOutcome>::finished, this, &SignOffDialog::finishSigning);
    resize(fontMetrics().averageCharWidth() * 90, sizeHint().height());
    preflight();
}

SignOffDialog::~SignOffDialog() {
    m_unlock.waitForFinished();
}

void SignOffDialog::setRole(Role role) {
    m_role->setCurrentIndex(m_role->findData(int(role)));
}

void SignOffDialog::setMeaning(SignMeaning meaning) {
    m_meaning->setCurrentIndex(m_meaning->findData(int(meaning)));
}

void SignOffDialog::setComment(const QString &comment) {
    m_comment->setPlainText(comment);
}

void SignOffDialog::setPassphrase(const QString &passphrase) {
    m_passphrase->setText(passphrase);
}

QString SignOffDialog::problem() const {
    return m_problem->text();
}

QString SignOffDialog::effect() const {
    return m_effect->text();
}

SignOff SignOffDialog::draft() const {
    SignOff s;
    s.releaseId = m_release.id;
    s.criterionId = m_criterion ? m_criterion->id : 0;
    s.role = Role(m_role->currentData().toInt());
    s.meaning = SignMeaning(m_meaning->currentData().toInt());
    s.comment = m_comment->toPlainText().trimmed();
    return s;
}

void SignOffDialog::preflight() {
    QString problem;
    QString effect;
    if (!m_key) {
        problem = tr("You have no signing key yet.");
    } else if (m_role->count() == 0) {
        problem = tr("You hold no role, so you cannot sign.");
    } else {
        const SignOff s = draft();
        SignOffRequest request{m_release, m_criterion, m_workspace.actingPerson(), s.role, s.meaning, s.comment};
        auto existing = SignOffVerifier(AssuranceSources::of(m_workspace)).verifyRelease(m_release.id);
        auto allowed = existing ? signOffRules::check(request, *existing) : Result<void>(existing.error());
        if (allowed)
            allowed = signOffRules::checkAcceptance(request);
        if (!allowed)
            problem = allowed.errorMessage();
        else if (signOffRules::acceptsCriterion(request))
            effect = tr("Signing accepts criterion #%1: its status becomes Met, and your signature covers it as "
                        "met.")
                         .arg(m_criterion->id);
    }
    m_problem->setText(problem);
    m_effect->setText(effect);
    m_effect->setVisible(!effect.isEmpty());
    for (QAbstractButton *b : m_buttons->buttons()) {
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            b->setEnabled(problem.isEmpty() && !m_unlock.isRunning());
    }
}

void SignOffDialog::sign() {
    preflight();
    if (!m_problem->text().isEmpty() || m_unlock.isRunning())
        return;
    m_busy->setVisible(true);
    for (QAbstractButton *b : m_buttons->buttons())
        b->setEnabled(m_buttons->buttonRole(b) == QDialogButtonBox::RejectRole);
    const SigningKey key = *m_key;
    const QString passphrase = m_passphrase->text();
    const QString whose = m_workspace.actingPerson().displayName;
    // Argon2id is deliberately slow: derive the key on a worker thread; errors come back as text.
    m_unlock.setFuture(QtConcurrent::run([key, passphrase, whose]() -> UnlockOutcome {
        auto secret = crypto::unlockSecretKey(key, passphrase, whose);
        if (!secret)
            return {{}, secret.errorMessage()};
        return {std::move(secret).value(), {}};
    }));
}

void SignOffDialog::finishSigning() {
    m_busy->setVisible(false);
    auto [secret, error] = m_unlock.result();
    if (secret.isEmpty()) {
        m_problem->setText(error);
        m_passphrase->selectAll();
        m_passphrase->setFocus();
        for (QAbstractButton *b : m_buttons->buttons())
            b->setEnabled(true);
        Q_EMIT signingFinished();
        return;
    }
    SignOffChange change(draft(), *m_key, std::move(secret));
    if (auto r = m_workspace.apply(change); !r) {
        m_problem->setText(r.errorMessage());
        for (QAbstractButton *b : m_buttons->buttons())
            b->setEnabled(true);
        Q_EMIT signingFinished();
        return;
    }
    m_result = change.signOff();
    Q_EMIT signingFinished();
    accept();
}

} // namespace relm

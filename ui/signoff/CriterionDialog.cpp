#include "CriterionDialog.h"

#include "domain/Validation.h"
#include "widgets/FingerprintJob.h"
#include "widgets/Legible.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

template<typename E>
void fillTerms(QComboBox *combo, E current) {
    for (E value : allOf<E>())
        combo->addItem(labelOf(value), int(value));
    combo->setCurrentIndex(combo->findData(int(current)));
}

} // namespace

CriterionDialog::CriterionDialog(const AcceptanceCriterion &criterion, QWidget *parent)
    : QDialog(parent)
    , m_criterion(criterion)
    , m_description(new QPlainTextEdit(criterion.description, this))
    , m_category(new QComboBox(this))
    , m_role(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_reason(new QLineEdit(criterion.waiverReason, this))
    , m_note(new QPlainTextEdit(criterion.evidenceNote, this))
    , m_link(new QLineEdit(criterion.evidenceLink, this))
    , m_file(new QLabel(this))
    , m_attach(new QPushButton(tr("Attach &File\u2026"), this))
    , m_detach(new QPushButton(tr("Remove File"), this))
    , m_job(new FingerprintJob(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_fileName(criterion.evidenceFile)
    , m_fileSha(criterion.evidenceSha256) {
    setWindowTitle(criterion.id ? tr("Criterion #%1").arg(criterion.id) : tr("New Acceptance Criterion"));
    fillTerms(m_category, criterion.category);
    fillTerms(m_role, criterion.acceptorRole);
    fillTerms(m_status, criterion.status);
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(fontMetrics().lineSpacing() * 4);
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(fontMetrics().lineSpacing() * 4);
    m_reason->setPlaceholderText(tr("Why it is waived, and who agreed"));
    m_link->setPlaceholderText(tr("https://\u2026 (test run, report, ticket)"));
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_file->setWordWrap(true);
    m_problem->setStyleSheet(legible::problemStyle());
    m_problem->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"ok"_s);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_attach);
    fileRow->addWidget(m_detach);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Criterion:"), m_description);
    form->addRow(tr("C&ategory:"), m_category);
    form->addRow(tr("Accepted &by:"), m_role);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("&Waiver reason:"), m_reason);
    form->addRow(tr("Evidence &note:"), m_note);
    form->addRow(tr("Evidence &link:"), m_link);
    form->addRow(tr("Evidence file:"), fileRow);
    form->addRow(QString(), m_job);
    form->addRow(
        new QLabel(tr("A signature on this criterion covers all of the above: any later change voids it."), this));
    form->addRow(m_problem);
    form->addRow(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_attach, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Attach Evidence"));
        if (!path.isEmpty())
            attachFile(path);
    });
    connect(m_detach, &QPushButton::clicked, this, [this] {
        m_fileName.clear();
        m_fileSha.clear();
        check();
    });
    connect(m_job, &FingerprintJob::fingerprinted, this, [this](const QString &path, const QString &sha) {
        m_fileName = QFileInfo(path).fileName();
        m_fileSha = sha;
    });
    connect(m_job, &FingerprintJob::failed, this, [this](const QString &message) { m_fileError = message; });
    connect(m_job, &FingerprintJob::done, this, [this] {
        m_attach->setEnabled(true);
        check();
        Q_EMIT fileAttached();
    });
    connect(m_description, &QPlainTextEdit::textChanged, this, &CriterionDialog::check);
    connect(m_note, &QPlainTextEdit::textChanged, this, &CriterionDialog::check);
    connect(m_link, &QLineEdit::textChanged, this, &CriterionDialog::check);
    connect(m_reason, &QLineEdit::textChanged, this, &CriterionDialog::check);
    connect(m_status, &QComboBox::currentIndexChanged, this, &CriterionDialog::check);
    resize(fontMetrics().averageCharWidth() * 90, sizeHint().height());
    check();
}

void CriterionDialog::attachFile(const QString &path) {
    m_attach->setEnabled(false);
    m_fileError.clear();
    m_job->start(path);
    check();
}

AcceptanceCriterion CriterionDialog::criterion() const {
    AcceptanceCriterion c = m_criterion;
    c.description = m_description->toPlainText().trimmed();
    c.category = CriterionCategory(m_category->currentData().toInt());
    c.acceptorRole = Role(m_role->currentData().toInt());
    c.status = CriterionStatus(m_status->currentData().toInt());
    c.waiverReason = c.status == CriterionStatus::Waived ? m_reason->text().trimmed() : QString();
    c.evidenceNote = m_note->toPlainText().trimmed();
    c.evidenceLink = m_link->text().trimmed();
    c.evidenceFile = m_fileName;
    c.evidenceSha256 = m_fileSha;
    return c;
}

void CriterionDialog::check() {
    const AcceptanceCriterion c = criterion();
    m_reason->setEnabled(c.status == CriterionStatus::Waived);
    m_file->setText(m_fileSha.isEmpty() ? tr("No file attached") : tr("%1\nSHA-256 %2").arg(m_fileName, m_fileSha));
    m_detach->setEnabled(!m_fileSha.isEmpty());
    const auto valid = validation::check(c);
    m_problem->setText(!m_fileError.isEmpty() ? m_fileError : valid ? QString() : valid.errorMessage());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid && !m_job->isRunning());
}

} // namespace relm

#include "VersionDialog.h"

#include "domain/Validation.h"
#include "domain/VersionNumber.h"
#include "widgets/FingerprintJob.h"
#include "widgets/Legible.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace relm {

VersionDialog::VersionDialog(const ComponentVersion &version, QWidget *parent)
    : QDialog(parent)
    , m_version(version)
    , m_versionEdit(new QLineEdit(version.version, this))
    , m_sha(new QLineEdit(version.sha256, this))
    , m_compute(new QPushButton(tr("Compute from &File\u2026"), this))
    , m_fingerprint(new FingerprintJob(this))
    , m_source(new QLineEdit(version.sourceRef, this))
    , m_relations(new QPlainTextEdit(relationsToText(version.relations), this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(version.id ? tr("Edit %1 %2").arg(version.componentName, version.version)
                              : tr("New Version of %1").arg(version.componentName));
    m_versionEdit->setPlaceholderText(tr("e.g. 2.4.0 or 3.0.0-rc.1"));
    m_sha->setPlaceholderText(tr("64 hexadecimal digits, or compute it from the artefact"));
    m_source->setPlaceholderText(tr("repository tag, supplier reference"));
    m_relations->setPlaceholderText(
        tr("One per line, e.g.\nrequires auth-service >=2.3 <3\nconflicts payments-gateway <7.5"));
    m_relations->setTabChangesFocus(true);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(legible::problemStyle());
    m_versionEdit->setAccessibleName(tr("Version"));
    m_sha->setAccessibleName(tr("SHA-256 fingerprint"));
    m_relations->setAccessibleName(tr("Requirements and conflicts"));

    auto *hashRow = new QHBoxLayout;
    hashRow->addWidget(m_sha, 1);
    hashRow->addWidget(m_compute);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Version:"), m_versionEdit);
    form->addRow(tr("&SHA-256:"), hashRow);
    form->addRow(QString(), m_fingerprint);
    form->addRow(tr("S&ource:"), m_source);
    form->addRow(tr("&Requires / conflicts:"), m_relations);
    form->addRow(new QLabel(tr("Ranges: >=2.3 <3 (all must hold), =2.3.1, !=2.4.0, * (any), || between "
                               "alternatives. A pre-release matches only a range that names one."),
                            this));
    form->addRow(m_problem);
    form->addRow(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_compute, &QPushButton::clicked, this, &VersionDialog::chooseFile);
    connect(m_fingerprint, &FingerprintJob::fingerprinted, m_sha,
            [this](const QString &, const QString &sha256) { m_sha->setText(sha256); });
    connect(m_fingerprint, &FingerprintJob::failed, m_problem, &QLabel::setText);
    connect(m_fingerprint, &FingerprintJob::done, this, [this] {
        m_compute->setEnabled(true);
        if (m_problem->text().isEmpty())
            check();
        Q_EMIT fingerprintFinished();
    });
    for (QLineEdit *edit : {m_versionEdit, m_sha, m_source})
        connect(edit, &QLineEdit::textChanged, this, &VersionDialog::check);
    connect(m_relations, &QPlainTextEdit::textChanged, this, &VersionDialog::check);
    check();
}

void VersionDialog::chooseFile() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the Artefact to Fingerprint"));
    if (!path.isEmpty())
        computeFingerprint(path);
}

void VersionDialog::computeFingerprint(const QString &path) {
    m_compute->setEnabled(false);
    m_problem->clear();
    m_fingerprint->start(path);
    check();
}

bool VersionDialog::isHashing() const {
    return m_fingerprint->isRunning();
}

ComponentVersion VersionDialog::version() const {
    ComponentVersion v = m_version;
    v.version = m_versionEdit->text().trimmed();
    v.sha256 = m_sha->text().trimmed().toLower();
    v.sourceRef = m_source->text().trimmed();
    QString ignored;
    v.relations = relationsFromText(m_relations->toPlainText(), &ignored);
    return v;
}

QString VersionDialog::problem() const {
    return m_problem->text();
}

void VersionDialog::check() {
    QString problem;
    relationsFromText(m_relations->toPlainText(), &problem);
    if (problem.isEmpty()) {
        if (auto valid = validation::check(version()); !valid && !m_versionEdit->text().isEmpty())
            problem = valid.errorMessage();
    }
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(problem.isEmpty() && validation::check(version()) && !isHashing());
}

QString VersionDialog::relationsToText(const QList<VersionRelation> &relations) {
    QStringList lines;
    for (const VersionRelation &r : relations)
        lines.append((r.kind == VersionRelation::Kind::Requires ? u"requires "_s : u"conflicts "_s) + r.component +
                     u' ' + r.range);
    return lines.join(u'\n');
}

QList<VersionRelation> VersionDialog::relationsFromText(const QString &text, QString *problem) {
    QList<VersionRelation> result;
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    for (const QString &raw : lines) {
        const QStringList words = raw.simplified().split(u' ');
        if (words.isEmpty() || words.first().isEmpty())
            continue;
        const QString verb = words.first().toLower();
        if ((verb != u"requires"_s && verb != u"conflicts"_s) || words.size() < 3) {
            *problem = tr("\u201C%1\u201D: write \u201Crequires COMPONENT RANGE\u201D or \u201C"
                          "conflicts COMPONENT "
                          "RANGE\u201D.")
                           .arg(raw.simplified());
            return {};
        }
        const QString range = words.mid(2).join(u' ');
        if (auto parsed = VersionRange::parse(range); !parsed) {
            *problem = parsed.errorMessage();
            return {};
        }
        result.append(
            VersionRelation{verb == u"requires"_s ? VersionRelation::Kind::Requires : VersionRelation::Kind::Conflicts,
                            words.at(1), range});
    }
    return result;
}

} // namespace relm

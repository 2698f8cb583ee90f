#include "MspdiImportDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace relm {

MspdiImportDialog::MspdiImportDialog(QWidget *parent)
    : QDialog(parent)
    , m_path(new QLineEdit(this))
    , m_move(new QCheckBox(tr("&Move the plan to the release's planned start"), this)) {
    setWindowTitle(tr("Import MS Project"));
    m_path->setObjectName(u"mspdiImportPath"_s);
    m_path->setPlaceholderText(tr("A Microsoft Project XML file"));
    m_move->setObjectName(u"mspdiImportMove"_s);
    auto *browse = new QPushButton(tr("&Browse\u2026"), this);
    browse->setObjectName(u"mspdiImportBrowse"_s);
    connect(browse, &QPushButton::clicked, this, &MspdiImportDialog::browse);
    setTabOrder(m_path, browse); // made after the box below the file's row
    auto *file = new QHBoxLayout;
    file->addWidget(m_path, 1);
    file->addWidget(browse);
    auto *explanation = new QLabel(tr("The plan keeps the dates it has in Microsoft Project: its start, constraints, "
                                      "manually scheduled tasks and progress. Moved, it starts at the release's "
                                      "planned start and its dates move with it."),
                                   this);
    explanation->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_path, &QLineEdit::textChanged, this, &MspdiImportDialog::updateButtons);
    auto *form = new QFormLayout;
    form->addRow(tr("&File:"), file);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_move);
    layout->addWidget(explanation);
    layout->addWidget(buttons);
    updateButtons();
}

QString MspdiImportDialog::path() const {
    return m_path->text().trimmed();
}

void MspdiImportDialog::setPath(const QString &path) {
    m_path->setText(path);
}

ImportOptions MspdiImportDialog::options() const {
    ImportOptions options;
    options.moveToReleaseStart = m_move->isChecked();
    return options;
}

void MspdiImportDialog::setMoveToReleaseStart(bool move) {
    m_move->setChecked(move);
}

void MspdiImportDialog::browse() {
    const QString chosen = QFileDialog::getOpenFileName(this, tr("Import a Schedule"), path(),
                                                        tr("Microsoft Project XML (*.xml);;All files (*)"));
    if (!chosen.isEmpty())
        setPath(chosen);
}

void MspdiImportDialog::updateButtons() {
    if (auto *box = findChild<QDialogButtonBox *>())
        box->button(QDialogButtonBox::Ok)->setEnabled(!path().isEmpty());
}

} // namespace relm

#include "CsvExportDialog.h"

#include "changes/Workspace.h"
#include "import/CsvExport.h"
#include "storage/ReleaseStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace relm {

CsvExportDialog::CsvExportDialog(Workspace &workspace, Id releaseId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_kind(new QComboBox(this))
    , m_release(new QComboBox(this))
    , m_delimiter(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_error(new QLabel(this)) {
    setWindowTitle(tr("Export CSV"));
    m_kind->setObjectName(u"csvExportKind"_s);
    for (csv::RecordKind kind : csv::recordKinds())
        m_kind->addItem(csv::labelOf(kind), csv::keyOf(kind));
    m_release->setObjectName(u"csvExportRelease"_s);
    m_release->addItem(tr("(all)"), Id(0));
    if (auto releases = workspace.releases().releases()) {
        for (const Release &r : *releases)
            m_release->addItem(r.name, r.id);
    }
    if (const int index = m_release->findData(releaseId); index > 0)
        m_release->setCurrentIndex(index);
    m_delimiter->setObjectName(u"csvExportDelimiter"_s);
    m_delimiter->addItem(tr("Comma (,)"), u","_s);
    m_delimiter->addItem(tr("Semicolon (;)"), u";"_s);
    m_delimiter->addItem(tr("Tab"), u"\t"_s);
    m_path->setObjectName(u"csvExportPath"_s);
    m_error->setObjectName(u"csvExportError"_s);
    m_error->setWordWrap(true);
    auto *browse = new QPushButton(tr("&Browse\u2026"), this);
    connect(browse, &QPushButton::clicked, this, &CsvExportDialog::chooseFile);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Records:"), m_kind);
    form->addRow(tr("&Release:"), m_release);
    form->addRow(tr("&Separator:"), m_delimiter);
    form->addRow(tr("&File:"), fileRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CsvExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void CsvExportDialog::chooseFile() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export CSV"), m_kind->currentData().toString() + u".csv"_s, tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

void CsvExportDialog::accept() {
    const auto kind = csv::recordKindFromKey(m_kind->currentData().toString()).value_or(csv::RecordKind::Changes);
    const QString path = m_path->text().trimmed();
    if (path.isEmpty()) {
        m_error->setText(tr("Choose the file to write."));
        return;
    }
    csv::ExportOptions options;
    options.releaseId = m_release->currentData().toLongLong();
    options.delimiter = m_delimiter->currentData().toString().at(0);
    auto exported = csv::exportRecords(m_workspace, kind, options);
    if (!exported) {
        m_error->setText(exported.errorMessage());
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(exported->data) != exported->data.size() ||
        !file.flush()) {
        m_error->setText(tr("Cannot write %1: %2").arg(path, file.errorString()));
        return;
    }
    m_summary = tr("Wrote %n record(s) to %1.", nullptr, exported->records).arg(path);
    QDialog::accept();
}

} // namespace relm

#include "CsvActions.h"

#include "changes/Workspace.h"
#include "csv/CsvExportDialog.h"
#include "csv/CsvImportDialog.h"
#include "undo/UndoController.h"
#include "widgets/MessageBar.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QMenu>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

/// Files larger than this are refused before they are read.
constexpr qint64 maximumFileBytes = 512LL * 1024 * 1024;

} // namespace

CsvActions::CsvActions(QWidget *window, UndoController &undo, MessageBar &messages, std::function<Id()> currentRelease)
    : QObject(window)
    , m_window(window)
    , m_undo(undo)
    , m_messages(messages)
    , m_currentRelease(std::move(currentRelease)) {}

void CsvActions::addTo(QMenu *menu) {
    QAction *import = menu->addAction(tr("&Import CSV\u2026"));
    import->setObjectName(u"fileImportCsv"_s);
    connect(import, &QAction::triggered, this, &CsvActions::chooseImportFile);
    QAction *exportAction = menu->addAction(tr("&Export CSV\u2026"));
    exportAction->setObjectName(u"fileExportCsv"_s);
    connect(exportAction, &QAction::triggered, this, &CsvActions::exportRecords);
}

void CsvActions::chooseImportFile() {
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import CSV"), QString(),
                                                      tr("CSV files (*.csv *.txt *.tsv);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void CsvActions::importFile(const QString &path) {
    Workspace *workspace = m_undo.workspace();
    if (!workspace)
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_messages.showError(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    if (file.size() > maximumFileBytes) {
        m_messages.showError(tr("%1 is larger than 512 MB; split it into smaller files.").arg(path));
        return;
    }
    auto *dialog = new CsvImportDialog(*workspace, path, file.readAll(), m_currentRelease(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString summary = dialog->analysis() ? dialog->analysis()->summary() : QString();
        auto change = dialog->takeChange();
        if (!change) {
            m_messages.showMessage(MessageBar::Kind::Information, tr("The file changes nothing: %1.").arg(summary));
            return;
        }
        if (auto r = m_undo.perform(std::move(change)); !r) {
            m_messages.showError(tr("Nothing was imported: %1").arg(r.errorMessage()));
            return;
        }
        m_messages.showMessage(MessageBar::Kind::Information, tr("Imported: %1.").arg(summary));
    });
    dialog->open();
}

void CsvActions::exportRecords() {
    Workspace *workspace = m_undo.workspace();
    if (!workspace)
        return;
    auto *dialog = new CsvExportDialog(*workspace, m_currentRelease(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { m_messages.showMessage(MessageBar::Kind::Information, dialog->summary()); });
    dialog->open();
}

} // namespace relm

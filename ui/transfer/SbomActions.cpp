#include "SbomActions.h"

#include "changes/Workspace.h"
#include "sbom/CycloneDxWriter.h"
#include "sbom/SbomReading.h"
#include "storage/ReleaseStore.h"
#include "undo/UndoController.h"
#include "widgets/MessageBar.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace relm::sbom_actions {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::SbomActions", text);
}

} // namespace

Result<SbomImportSummary> importFile(UndoController &undo, Id releaseId, const QString &package, const QString &path) {
    auto document = readSbom(path);
    if (!document)
        return document.error();
    auto change = std::make_unique<ImportSbom>(releaseId, package, *document, path);
    const ImportSbom *kept = change.get(); // the undo stack owns it from here
    if (auto r = undo.perform(std::move(change)); !r)
        return r.error();
    return kept->summary();
}

QString askForFile(QWidget *parent) {
    return QFileDialog::getOpenFileName(parent, tr("Import SBOM"), QString(),
                                        tr("Bills of materials (CycloneDX or SPDX JSON) (*.json)"));
}

void showOutcome(MessageBar *message, const Result<SbomImportSummary> &outcome) {
    if (!outcome) {
        message->showError(outcome.errorMessage());
        return;
    }
    message->showMessage(outcome->skipped.isEmpty() ? MessageBar::Kind::Information : MessageBar::Kind::Warning,
                         outcome->text());
}

void importInteractively(QWidget *parent, UndoController &undo, MessageBar *message, Id releaseId,
                         const QString &package) {
    if (releaseId == 0) {
        message->showError(tr("Open or select a release first: the bill of materials goes into one of its packages."));
        return;
    }
    const QString path = askForFile(parent);
    if (!path.isEmpty())
        showOutcome(message, importFile(undo, releaseId, package, path));
}

Result<void> exportFile(Workspace &workspace, Id releaseId, const QString &path) {
    auto bytes = CycloneDxWriter::exportRelease(workspace, releaseId, QDateTime::currentDateTimeUtc());
    if (!bytes)
        return bytes.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) < 0 || !file.commit())
        return makeError(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

void exportInteractively(QWidget *parent, Workspace &workspace, MessageBar *message, Id releaseId) {
    auto release = workspace.releases().release(releaseId);
    if (!release) {
        message->showError(tr("Open or select a release first: its content is what the bill of materials lists."));
        return;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString proposed = QDir(folder).filePath(QString(release->name).replace(u' ', u'-') + u".cdx.json"_s);
    const QString path =
        QFileDialog::getSaveFileName(parent, tr("Export SBOM"), proposed, tr("CycloneDX JSON (*.cdx.json *.json)"));
    if (path.isEmpty())
        return;
    if (auto r = exportFile(workspace, releaseId, path); !r) {
        message->showError(r.errorMessage());
        return;
    }
    message->showMessage(MessageBar::Kind::Information,
                         tr("Saved %1 as CycloneDX 1.5 to %2.").arg(release->name, QFileInfo(path).absoluteFilePath()));
}

} // namespace relm::sbom_actions

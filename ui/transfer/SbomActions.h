#pragma once

#include "Result.h"
#include "domain/Ids.h"
#include "sbom/SbomImport.h"

class QWidget;

namespace relm {

class MessageBar;
class UndoController;
class Workspace;

/// Import SBOM… and Export SBOM… for a release, from the Release menu and the Package page.
namespace sbom_actions {

/// Imports the file (CycloneDX or SPDX JSON) into the release's package (empty: the first) as one
/// undo step; the summary says what was added, reused and skipped.
Result<SbomImportSummary> importFile(UndoController &undo, Id releaseId, const QString &package, const QString &path);

/// Asks for a bill of materials to import; empty when the user cancels.
QString askForFile(QWidget *parent);
/// Shows what an import did (or why it was refused) in the message bar.
void showOutcome(MessageBar *message, const Result<SbomImportSummary> &outcome);

/// Asks for the file, imports it and shows the outcome in the message bar.
void importInteractively(QWidget *parent, UndoController &undo, MessageBar *message, Id releaseId,
                         const QString &package);

/// Writes the release's content as CycloneDX 1.5 JSON to the file.
Result<void> exportFile(Workspace &workspace, Id releaseId, const QString &path);

/// Asks where to save, exports and says where it went.
void exportInteractively(QWidget *parent, Workspace &workspace, MessageBar *message, Id releaseId);

} // namespace sbom_actions

} // namespace relm

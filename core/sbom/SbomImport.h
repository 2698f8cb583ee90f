#pragma once

#include "changes/Change.h"
#include "domain/Ids.h"
#include "sbom/SbomDocument.h"

#include <QJsonObject>

#include <memory>
#include <vector>

namespace relm {

/// What importing a bill of materials did, for the window's message and relm-cli's output.
struct SbomImportSummary {
    QString source;
    QString format;
    QString release;
    QString package;
    bool packageCreated = false;
    QStringList componentsAdded;  ///< "lodash"
    QStringList versionsAdded;    ///< "lodash 4.17.21"
    QStringList versionsReused;   ///< already in the catalogue, as the file says
    QStringList versionsUpdated;  ///< reused, and given the file's package URL or requirements
    QStringList addedToPackage;   ///< "lodash 4.17.21"
    QStringList alreadyInPackage; ///< in the package before the import
    int requirementsAdded = 0;
    QStringList skipped; ///< what the file holds that Relm did not take, and why

    QJsonObject toJson() const;
    /// A few lines saying what was added, reused and skipped.
    QString text() const;
};

/// Imports a bill of materials into a release's package as one step: components and versions
/// the catalogue lacks are added, those it has are reused (never duplicated), the file's
/// dependencies become requirements ("requires lodash =4.17.21") of the versions, and every
/// version goes into the package (made when it does not exist). A version the catalogue holds
/// with another SHA-256 than the file's is refused, and then nothing is imported.
class ImportSbom final : public Change {
public:
    /// packageName empty: the release's first package.
    ImportSbom(Id releaseId, QString packageName, SbomDocument document, QString source);
    ~ImportSbom() override;

    /// What the last redo did.
    const SbomImportSummary &summary() const { return m_summary; }

    QString text() const override;
    Result<void> redo(ChangeContext &context) override;
    Result<void> undo(ChangeContext &context) override;

private:
    Id m_releaseId;
    QString m_packageName;
    SbomDocument m_document;
    SbomImportSummary m_summary;
    /// The writes of the first redo, in order; a later redo replays them with the same ids.
    std::vector<std::unique_ptr<Change>> m_steps;
    bool m_planned = false;
};

} // namespace relm

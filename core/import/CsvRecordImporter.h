#pragma once

#include "Result.h"
#include "changes/Change.h"
#include "domain/Ids.h"
#include "import/CsvCells.h"

#include <memory>

namespace relm {
class Workspace;
}

namespace relm::csv {

/// What an import does to the database.
struct ImportCounts {
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    int linked = 0; ///< change requests linked to releases, dependencies added
};

/// A problem found after all rows were read (a name that refers to a later row, say), for the row
/// at `row` (0: the first row after the header).
struct LateProblem {
    int row = 0;
    CellProblem problem;
};

/// Turns the rows of one kind of record into one change. A row whose key (a name, a reference)
/// the database knows updates that record; others create one. Nothing is written here.
class RecordImporter {
public:
    virtual ~RecordImporter() = default;
    /// Reads what rows may refer to: existing records, people, releases, environments.
    virtual Result<void> load(Workspace &workspace, Id releaseId) = 0;
    /// Stages one row, reporting what is wrong through the cells; returns the row's key for messages.
    virtual QString read(RowCells &cells) = 0;
    /// After all rows: what only the whole file shows.
    virtual QList<LateProblem> finish() { return {}; }
    /// The change that writes every staged row, null when the file changes nothing.
    virtual std::unique_ptr<Change> change(const QString &source, ImportCounts &counts) = 0;
};

std::unique_ptr<RecordImporter> catalogueImporter(RecordKind kind);
std::unique_ptr<RecordImporter> riskImporter();
std::unique_ptr<RecordImporter> taskImporter();
std::unique_ptr<RecordImporter> changeRequestImporter();

/// The importer for a kind of record.
std::unique_ptr<RecordImporter> importerFor(RecordKind kind);

} // namespace relm::csv

#pragma once

#include "Result.h"
#include "changes/Change.h"
#include "import/CsvCells.h"
#include "import/CsvReader.h"
#include "import/CsvRecordImporter.h"

#include <memory>

namespace relm {

class Workspace;

namespace csv {

/// What to import and how the file is written.
struct ImportOptions {
    RecordKind kind = RecordKind::Changes;
    Id releaseId = 0;                     ///< the release of tasks and risks; for changes, a release to link each to
    QString source;                       ///< the file's name, for the undo text and the audit trail
    ValueFormats formats;                 ///< how dates are written
    QString mappingSpec;                  ///< "field=Column,…" over the mapping guessed from the header
    std::optional<ColumnMapping> mapping; ///< a whole mapping (the dialog's), instead of guess and spec
    int previewRows = 0;                  ///< how many rows to keep as the preview
};

/// A problem with one row (or the header, line 1) of a file.
struct RowProblem {
    int line = 0;
    QString key;    ///< the row's key (reference, name), empty when unknown
    QString column; ///< the file's column header, empty for the row as a whole
    QString field;  ///< the field's key
    QString message;

    /// "Line 3 (RFC-5002), column “Releases”: there is no release …"
    QString text() const;
};

/// A row as it would be imported: each field's value as Relm reads it, and its problems.
struct PreviewRow {
    int line = 0;
    QHash<QString, QString> values;   ///< field key -> value
    QHash<QString, QString> problems; ///< field key ("" for the row) -> message
};

/// The outcome of reading a file against the database: what would change, or every problem.
struct CsvImport {
    std::unique_ptr<Change> change; ///< null when there are problems or nothing changes
    ImportCounts counts;
    int rows = 0;
    QStringList header;
    ColumnMapping mapping;
    QChar delimiter;
    Encoding encoding = Encoding::Utf8;
    QList<RowProblem> problems;
    QList<PreviewRow> preview;

    /// "3 new, 2 updated, 1 unchanged, 4 links added"
    QString summary() const;
    /// Every problem, one a line (at most `limit`, then how many more), ending with "nothing was imported".
    QString problemReport(int limit = 50) const;
};

/// Reads every row against the database and collects all problems; writes nothing. Fails only
/// when the release or the database cannot be read.
Result<CsvImport> analyseTable(Workspace &workspace, const Table &table, const ImportOptions &options);

/// Reads the file and prepares one change for all its rows; any problem refuses the whole file
/// with the report of every problem (so nothing is written).
Result<CsvImport> prepareImport(Workspace &workspace, const QByteArray &data, const ReadOptions &read,
                                const ImportOptions &options);

} // namespace csv

} // namespace relm

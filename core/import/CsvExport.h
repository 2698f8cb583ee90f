#pragma once

#include "Result.h"
#include "domain/Ids.h"
#include "import/CsvCells.h"

#include <QByteArray>

namespace relm {

class Workspace;

namespace csv {

struct ExportOptions {
    Id releaseId = 0;       ///< tasks and risks: the release (required); changes: only this release's
    QChar delimiter = u','; ///< comma, semicolon or tab
    ValueFormats formats;   ///< how dates are written
};

struct ExportedCsv {
    QByteArray data;
    int records = 0;
};

/// The records of a kind as CSV (UTF-8, a header of field keys, CRLF line ends) that an import
/// of the same kind reads back: phases come before their tasks, and a task's predecessors are its
/// finish-to-start dependencies without lag inside the release.
Result<ExportedCsv> exportRecords(Workspace &workspace, RecordKind kind, const ExportOptions &options);

/// One CSV line: fields quoted when they hold the delimiter, a quote, a line break or outer spaces.
QString csvLine(const QStringList &fields, QChar delimiter);

} // namespace csv

} // namespace relm

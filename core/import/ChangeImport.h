#pragma once

#include "Result.h"
#include "changes/Change.h"
#include "domain/Ids.h"

#include <memory>

namespace relm {

class Workspace;

/// Change requests read from a CSV file, as one change to apply: new references are created,
/// known ones updated, and each is linked to the releases it names (and to `releaseId` when
/// given). Columns, by header name in any order: reference and title (required), kind, status,
/// summary, detail, action, releases (names separated by "|"); see csv::fieldsOf(Changes).
struct ChangeImport {
    std::unique_ptr<Change> change; ///< empty when the file changes nothing
    int created = 0;
    int updated = 0;
    int linked = 0;
    int unchanged = 0;

    /// "3 new, 2 updated, 4 links, 1 unchanged"
    QString summary() const;
};

/// Reads and checks the whole file before anything is written (the CSV import of change
/// requests with the columns named as above); every bad row is reported with its line and what
/// to do, and then nothing is imported.
Result<ChangeImport> prepareChangeImport(Workspace &workspace, const QByteArray &csv, Id releaseId = 0);

} // namespace relm

#pragma once

#include "Result.h"
#include "backup/BackupImage.h"

#include <QDateTime>

namespace relm {

class Database;

/// A whole Relm database as one JSON document, for backing up and moving between machines: the
/// format and its version, the schema version, and every table (the audit trail, signatures,
/// keys and Relm's own settings included) row by row with ids kept and every value as SQLite
/// holds it, read in one consistent snapshot.
class BackupWriter final {
public:
    /// `progress` counts tables read; stopped, it reads nothing more and fails.
    static Result<BackupImage> read(Database &db, const QDateTime &now, const BackupProgress &progress = {});
    static QByteArray toJson(const BackupImage &image);
    /// read() and toJson() together.
    static Result<QByteArray> write(Database &db, const QDateTime &now, const BackupProgress &progress = {});
};

} // namespace relm

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
    static Result<BackupImage> read(Database &db, const QDateTime &now);
    static QByteArray toJson(const BackupImage &image);
    /// read() and toJson() together.
    static Result<QByteArray> write(Database &db, const QDateTime &now);
};

} // namespace relm

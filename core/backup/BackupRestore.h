#pragma once

#include "Result.h"
#include "backup/BackupImage.h"

namespace relm {

struct ServerAddress;

/// What a restore made.
struct RestoreOutcome {
    QString path;
    int tables = 0;
    qint64 rows = 0;
    qint64 auditEntries = 0;
    int signatures = 0;
    int fromSchemaVersion = 0; ///< the backup's
    int schemaVersion = 0;     ///< the new database's (upgraded when the backup is older)
};

/// Restores a backup into a new database file, all or nothing: the rows go in with their ids into
/// a database of the backup's schema version (then upgraded when older), and the result must hold
/// together (every reference found), its audit chain must verify (a tampered entry is named) and
/// every signature must verify. Only then does the file appear under its name; otherwise nothing
/// is left. A file that exists and holds anything is never overwritten.
class BackupRestore final {
public:
    /// source names the backup in messages. `progress` counts rows stored; stopped, the restore
    /// fails and leaves nothing behind.
    static Result<RestoreOutcome> restore(const BackupImage &image, const QString &targetPath, const QString &source,
                                          const BackupProgress &progress = {});
    /// Restores a backup into an empty database on a server (Relm's tables are made there when
    /// it has none), all or nothing, checked as restore() checks a file and by counting each
    /// table's rows. The backup must be of the schema version this Relm makes: an older one is
    /// restored into a file first, which brings it up to date. The administrator (the database's
    /// owner) runs it; ServerSetup::grant lets the team in afterwards.
    static Result<RestoreOutcome> restoreToServer(const BackupImage &image, const ServerAddress &address,
                                                  const QString &source, const BackupProgress &progress = {});
};

} // namespace relm

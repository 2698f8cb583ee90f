#pragma once

#include "Result.h"

#include <QString>

namespace relm {

class Database;

/// Relm's versioned schema: cumulative upgrade steps, each bringing the database one version up.
class Schema final {
public:
    static int currentVersion();
    /// Runs the steps after fromVersion up to toVersion; the caller holds the transaction.
    static Result<void> migrate(Database &db, int fromVersion, int toVersion);
    static Result<void> migrate(Database &db, int fromVersion) { return migrate(db, fromVersion, currentVersion()); }
    /// Writes one value of the database's own settings (relm_meta), replacing the old one.
    static Result<void> setMeta(Database &db, const QString &key, const QString &value);
};

} // namespace relm

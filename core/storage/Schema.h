#pragma once

#include "Result.h"

namespace relm {

class Database;

/// Relm's versioned schema: cumulative upgrade steps, each bringing the database one version up.
class Schema final {
public:
    static int currentVersion();
    /// Runs the steps after fromVersion up to toVersion; the caller holds the transaction.
    static Result<void> migrate(Database &db, int fromVersion, int toVersion);
    static Result<void> migrate(Database &db, int fromVersion) { return migrate(db, fromVersion, currentVersion()); }
};

} // namespace relm

#pragma once

#include <QString>

namespace relm {

/// Where Relm keeps its data by default, and how the database path is chosen.
class AppPaths final {
public:
    /// The default database: relm.db in the platform's application data folder.
    static QString defaultDatabasePath();
    /// The database to use: the --db option when given, else $RELM_DB, else the default.
    static QString chooseDatabasePath(const QString &commandLineValue);
};

} // namespace relm

#pragma once

#include "Result.h"

#include <QString>

namespace relm {

/// Looks at a SQLite file read-only before Relm opens it for writing, so that a file Relm must
/// refuse (not SQLite, another program's, corrupt, locked, from a newer Relm) is never changed,
/// and nothing is left beside it either.
class SqliteFileProbe final {
public:
    struct Finding {
        bool exists = false;   ///< false: a new database will be created
        bool empty = false;    ///< the file holds no database yet (no bytes, or SQLite without tables)
        int schemaVersion = 0; ///< 0 for a new or empty file
    };

    static Result<Finding> probe(const QString &path, int busyTimeoutMs);
};

} // namespace relm

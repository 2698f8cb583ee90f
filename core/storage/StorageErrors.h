#pragma once

#include "Result.h"

namespace relm::storage_errors {

/// Messages for a database file Relm cannot use; each names the file and what to do.
Error notSqlite(const QString &path);
Error foreignDatabase(const QString &path);
Error corrupt(const QString &path, const QString &detail);
Error newerVersion(const QString &path, int found, int supported);
Error locked(const QString &path);
Error diskFull(const QString &path);
Error cannotOpen(const QString &path, const QString &detail);

} // namespace relm::storage_errors

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
/// The file reached the largest size the system lets this process write (a file size limit).
Error fileTooLarge(const QString &path);
Error cannotOpen(const QString &path, const QString &detail);
/// A file of no bytes (or an SQLite file without tables): there is no Relm database in it yet.
Error emptyFile(const QString &path);
/// A written row names a record that does not exist (a foreign key): a refusal, not a damaged file.
Error missingReference();

} // namespace relm::storage_errors

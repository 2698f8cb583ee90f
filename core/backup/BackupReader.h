#pragma once

#include "Result.h"
#include "backup/BackupImage.h"

namespace relm {

/// Reads a backup written by BackupWriter: checks the format and its version, and that every
/// table has its columns and every row as many values as columns, each a value SQLite can hold.
/// Anything else is refused naming the file, the JSON path (tables.people.rows[3][1]) and what
/// was wrong. It does not judge the content: restoring does (the schema, the audit chain, the
/// signatures).
class BackupReader final {
public:
    static Result<BackupImage> read(const QString &path);
    /// The same on a file's bytes; source names the file in messages.
    static Result<BackupImage> readBytes(const QByteArray &bytes, const QString &source);
};

} // namespace relm

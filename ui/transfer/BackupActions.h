#pragma once

#include "Result.h"
#include "backup/BackupRestore.h"

#include <functional>

class QMenu;
class QWidget;

namespace relm {

class MessageBar;
class Workspace;
struct ServerAddress;

/// File → Back Up… and File → Restore…: a whole database to one JSON file and back into a new
/// database file.
namespace backup_actions {

/// Writes the database file `databasePath` as a backup file, on a connection of its own (so it
/// can run on another thread while the window works with the database). Returns the rows written.
Result<qint64> backUp(const QString &databasePath, const QString &path, const BackupProgress &progress = {});
/// The same for a database on a server, read in one snapshot on a connection of its own.
Result<qint64> backUpServer(const ServerAddress &address, const QString &path, const BackupProgress &progress = {});
/// Restores the backup file into a new database file (never over one that holds anything).
Result<RestoreOutcome> restore(const QString &backupPath, const QString &databasePath,
                               const BackupProgress &progress = {});

/// Adds the two entries to the File menu. `workspace` gives the open workspace (null: none);
/// `open` opens a restored database when the user asks for it.
void fillFileMenu(QMenu *file, QWidget *parent, std::function<Workspace *()> workspace, MessageBar *message,
                  std::function<void(const QString &)> open);

} // namespace backup_actions

} // namespace relm

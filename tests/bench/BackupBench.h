#pragma once

#include <QJsonArray>
#include <QString>

namespace relm {
class Workspace;
}

namespace relm::bench {

/// Backing up the whole portfolio to JSON and restoring it into a new database file (backup_
/// steps): what File → Back Up… and File → Restore… do, off the window's thread.
void benchmarkBackup(QJsonArray &results, Workspace &workspace, const QString &folder);

} // namespace relm::bench

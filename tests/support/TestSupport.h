#pragma once

#include "changes/Workspace.h"

#include <QTemporaryDir>

#include <memory>

namespace relm::test {

/// A temporary folder holding real database files, removed after the test.
class TempFolder final {
public:
    TempFolder();
    QString path(const QString &fileName) const;
    bool isValid() const { return m_dir.isValid(); }

private:
    QTemporaryDir m_dir;
};

/// Opens (creating) a workspace in the folder; with demo data when asked; acting as `login`.
std::unique_ptr<Workspace> openWorkspace(const QString &path, bool demo = true,
                                         const QString &login = QStringLiteral("alice"));

/// Removes the database openWorkspace() opens for this path (the file, or the server's database),
/// so that the next open starts anew.
void removeDatabase(const QString &path);

/// Writes a file with these bytes (fails the test when it cannot).
void writeFile(const QString &path, const QByteArray &content);

/// The SHA-256 of a file's bytes, to prove a refused file was left untouched.
QByteArray fileHash(const QString &path);

/// A fixed clock for audit time stamps.
QDateTime fixedNow();

/// Points QSettings and QStandardPaths at a private folder so tests never touch the user's files.
void isolateSettings();

} // namespace relm::test

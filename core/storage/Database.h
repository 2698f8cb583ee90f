#pragma once

#include "Result.h"
#include "storage/SqlDialect.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <functional>
#include <memory>
#include <unordered_map>

namespace relm {

/// One open Relm database: a connection with Relm's settings, its schema checked and current.
/// Opening never changes a file it refuses (newer, foreign, corrupt, locked).
class Database final {
public:
    struct Options {
        int busyTimeoutMs = 5000;
        /// A new file gets this schema version instead of the current one (0): for upgrade tests.
        int createAtVersion = 0;
    };

    /// Opens a SQLite database file, creating it (with the current schema) when it does not exist,
    /// and upgrading it (after a backup copy beside it) when it is older.
    static Result<std::unique_ptr<Database>> openSqlite(const QString &path, const Options &options);
    static Result<std::unique_ptr<Database>> openSqlite(const QString &path) { return openSqlite(path, Options{}); }

    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    const SqlDialect &dialect() const { return m_dialect; }
    /// The file path (or server address) for messages and the status bar.
    QString location() const { return m_location; }
    /// True when this open created the database: the caller may seed it.
    bool isNew() const { return m_isNew; }
    int schemaVersion() const { return m_schemaVersion; }
    /// The backup written before an upgrade during this open, empty when none was needed.
    QString upgradeBackupPath() const { return m_upgradeBackupPath; }

    /// Runs work in one transaction: committed when it succeeds, rolled back when it fails.
    /// Nested calls join the outer transaction.
    Result<void> transaction(const std::function<Result<void>()> &work);
    bool inTransaction() const { return m_transactionDepth > 0; }

    /// Prepares (once, then reuses) and runs a statement with bound values. The returned query is
    /// valid until the same statement text runs again.
    Result<QSqlQuery *> exec(const QString &sql, const QVariantList &values = {});
    /// Runs a statement that returns one value; an empty QVariant when there is no row.
    Result<QVariant> scalar(const QString &sql, const QVariantList &values = {});
    /// Runs schema text (placeholders expanded, statements separated by ';').
    Result<void> execScript(const QString &sql);
    /// Writes a consistent copy of the whole database to a new file.
    Result<void> backupTo(const QString &path);

    /// The native SQLite connection (a sqlite3 pointer), or null for other engines: for bulk reads
    /// that must not pay for QVariant per value. Use it only on this connection's thread.
    void *nativeSqliteHandle() const;

    /// Turns a driver error into a message saying what failed and what to do.
    Error errorFrom(const QSqlError &error, const QString &what) const;

private:
    Database(const QString &connectionName, SqlDialect dialect, QString location);
    Result<void> applyConnectionSetup();
    Result<void> bringSchemaUpToDate(int foundVersion, int targetVersion);

    QString m_connectionName;
    SqlDialect m_dialect;
    QString m_location;
    bool m_isNew = false;
    int m_schemaVersion = 0;
    int m_transactionDepth = 0;
    QString m_upgradeBackupPath;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

} // namespace relm

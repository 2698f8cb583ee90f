#pragma once

#include "Result.h"
#include "storage/RowView.h"
#include "storage/ServerAddress.h"
#include "storage/SqlDialect.h"
#include "storage/SqliteFileProbe.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

namespace relm {

class SqliteStatements;

/// One open Relm database: a connection with Relm's settings, its schema checked and current.
/// Opening never changes a file it refuses (empty, newer, foreign, corrupt, locked), nor creates
/// anything beside it.
class Database final {
public:
    struct Options {
        int busyTimeoutMs = 5000;
        /// A new file gets this schema version instead of the current one (0): for upgrade tests.
        int createAtVersion = 0;
        /// Whether an existing empty file (no bytes, or SQLite without tables) becomes the new
        /// database. Only a command that creates databases asks for it; otherwise such a file is
        /// refused, since opening something by mistake must not turn it into a Relm database.
        bool createInEmptyFile = false;
    };

    /// Opens a SQLite database file, creating it (with the current schema) when it does not exist,
    /// and upgrading it (after a backup copy beside it) when it is older. An empty file is refused
    /// unless options.createInEmptyFile.
    static Result<std::unique_ptr<Database>> openSqlite(const QString &path, const Options &options);
    static Result<std::unique_ptr<Database>> openSqlite(const QString &path) { return openSqlite(path, Options{}); }
    /// Connects to a Relm database on a PostgreSQL server and brings its schema up to date. Only one
    /// client upgrades at a time (the others wait for it); a database with a newer schema, another
    /// program's tables or (unless options.createInEmptyFile) no tables at all is refused unchanged.
    static Result<std::unique_ptr<Database>> openServer(const ServerAddress &address, const Options &options);
    static Result<std::unique_ptr<Database>> openServer(const ServerAddress &address) {
        return openServer(address, Options{});
    }

    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    const SqlDialect &dialect() const { return m_dialect; }
    bool isServer() const { return m_dialect.engine() == SqlDialect::Engine::Postgres; }
    /// On a server: the database login this connection uses; empty for a file.
    QString serverLogin() const { return m_serverLogin; }
    /// On a server: whether the login administers the database (a superuser, or the database's
    /// owner), and so may also act for others (setting up, moving a database over).
    bool administersServer() const { return m_administersServer; }
    /// On a server: the server process serving this connection (pg_backend_pid), to tell this
    /// client's notifications from others'.
    qint64 serverProcess() const { return m_serverProcess; }
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
    /// Runs work whose refusal the caller goes on to explain with further queries. A server ends a
    /// transaction at its first failed statement, so there the work runs in a savepoint that a
    /// refusal rolls back to; SQLite needs none.
    template<typename T>
    Result<T> recoverable(const std::function<Result<T>()> &work);

    /// Prepares (once, then reuses) and runs a statement with bound values. The returned query is
    /// valid until the same statement text runs again.
    Result<QSqlQuery *> exec(const QString &sql, const QVariantList &values = {});
    /// Runs a statement that returns one value; an empty QVariant when there is no row.
    Result<QVariant> scalar(const QString &sql, const QVariantList &values = {});
    /// Runs "INSERT INTO ... VALUES (...)" (without RETURNING) and gives the new row's id. On
    /// SQLite it runs on SQLite's own interface: an import inserts 300,000 rows in one change.
    Result<qint64> insert(const QString &sql, const QVariantList &values);
    /// Runs a query and hands each row to `each`: for reads of many rows (a plan's tasks), which
    /// on SQLite skip the driver's copy of every value.
    Result<void> select(const QString &sql, const QVariantList &values,
                        const std::function<void(const RowView &)> &each);
    /// Runs schema text (placeholders expanded, statements separated by ';').
    Result<void> execScript(const QString &sql);
    /// Runs one statement as written, without preparing it: for roles and grants, which a server
    /// does not prepare.
    Result<void> execDirect(const QString &sql);
    /// Writes a consistent copy of the whole database to a new file.
    Result<void> backupTo(const QString &path);

    /// The native SQLite connection (a sqlite3 pointer), or null for other engines: for bulk reads
    /// that must not pay for QVariant per value. Use it only on this connection's thread.
    void *nativeSqliteHandle() const;

    /// A value that changes whenever anyone writes to the database: this connection (any row it
    /// inserted, updated or deleted, inside or outside a change) or another connection (its
    /// commits). Empty when the engine cannot tell: callers keeping derived data in memory then
    /// treat the data as changed. On a server the stamp follows the server's snapshot, which moves
    /// when a writing transaction starts or ends: inside one of this connection's own transactions
    /// its later writes do not move it, so take stamps only between transactions.
    struct WriteStamp {
        qint64 others = 0;
        qint64 own = 0;
        friend bool operator==(const WriteStamp &, const WriteStamp &) = default;
    };
    std::optional<WriteStamp> writeStamp();

    /// Turns a driver error into a message saying what failed and what to do.
    Error errorFrom(const QSqlError &error, const QString &what) const;

private:
    Result<void> savepoint(const QString &command);
    Database(const QString &connectionName, SqlDialect dialect, QString location);
    /// The open itself, once the probe has accepted the file.
    static Result<std::unique_ptr<Database>>
    openProbed(const QString &absolutePath, const SqliteFileProbe::Finding &finding, const Options &options);
    /// The operating system's error number behind the last failed SQLite call (0: none, or not SQLite).
    int lastSystemErrno() const;
    /// SQLite's own statements on this connection, or null for other engines.
    SqliteStatements *native();
    Error nativeError() const;
    /// The engine's error code for a failure, also where the driver left it out.
    QString nativeCodeOf(const QSqlError &error) const;
    Result<void> applyConnectionSetup();
    Result<void> bringSchemaUpToDate(int foundVersion, int targetVersion);
    /// On a server: reads the schema version and upgrades, holding the upgrade lock meanwhile.
    Result<void> bringServerSchemaUpToDate(const Options &options);
    Result<int> serverSchemaVersion();
    Result<void> readServerLogin();
    /// On a server: (re)opens the connection with the address it was opened with.
    Result<void> connectToServer();
    /// On a server, after the connection broke (a restart, a network cut): connects again. Only
    /// between changes: a change whose connection broke was rolled back by the server, and is
    /// reported, never retried.
    Result<void> reconnect();
    Result<QSqlQuery *> execOnce(const QString &sql, const QVariantList &values);

    QString m_connectionName;
    SqlDialect m_dialect;
    QString m_location;
    bool m_isNew = false;
    int m_schemaVersion = 0;
    int m_transactionDepth = 0;
    QString m_upgradeBackupPath;
    QString m_serverLogin;
    bool m_administersServer = false;
    qint64 m_serverProcess = 0;
    std::optional<ServerAddress> m_serverAddress; ///< with its password, for reconnecting
    mutable bool m_connectionLost = false;        ///< the last error said the connection broke
    /// Statements of a connection that broke: kept until the database goes, as a caller may
    /// still hold one.
    std::vector<std::unique_ptr<QSqlQuery>> m_retiredStatements;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    std::unique_ptr<SqliteStatements> m_native; ///< made on first use
};

template<typename T>
Result<T> Database::recoverable(const std::function<Result<T>()> &work) {
    if (!isServer() || !inTransaction())
        return work();
    if (auto r = savepoint(QStringLiteral("SAVEPOINT relm_recoverable")); !r)
        return r.error();
    Result<T> result = work();
    const auto end = result ? QStringLiteral("RELEASE SAVEPOINT relm_recoverable")
                            : QStringLiteral("ROLLBACK TO SAVEPOINT relm_recoverable");
    if (auto r = savepoint(end); !r)
        return r.error();
    return result;
}

} // namespace relm

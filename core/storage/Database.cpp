#include "Database.h"

#include <QSqlDriver>

#include "storage/Schema.h"
#include "storage/ServerErrors.h"
#include "storage/SqliteFileProbe.h"
#include "storage/SqliteStatements.h"
#include "storage/StorageErrors.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QStorageInfo>
#include <QUuid>

#include <sqlite3.h>

#include <cerrno>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

// "RELM" in the SQLite header's application id field, so tools like `file` can tell our files.
constexpr int relmApplicationId = 0x52454C4D;

QString tr(const char *text) {
    return QCoreApplication::translate("relm::Database", text);
}

QString backupPathFor(const QString &path, int fromVersion) {
    const QFileInfo info(path);
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
    return info.absoluteDir().filePath(u"%1.v%2-backup-%3.%4"_s.arg(info.completeBaseName())
                                           .arg(fromVersion)
                                           .arg(stamp, info.suffix().isEmpty() ? u"relm"_s : info.suffix()));
}

/// Whether an I/O failure came from a file system without room. SQLite says SQLITE_FULL only when
/// a write into the database or its -wal fails; growing the -shm or a file fails as an
/// SQLITE_IOERR_* instead, so the system's error number and the free space decide.
bool noRoomLeft(const QString &path, int systemErrno) {
    if (systemErrno == ENOSPC)
        return true;
#ifdef EDQUOT
    if (systemErrno == EDQUOT)
        return true;
#endif
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    // Under a megabyte, the few pages one change and the -shm need may already not fit.
    constexpr qint64 tooLittle = 1024 * 1024;
    return storage.isValid() && storage.isReady() && storage.bytesAvailable() < tooLittle;
}

/// Removes a database file together with the files SQLite keeps beside it.
void removeWithCompanions(const QString &path) {
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s})
        QFile::remove(path + suffix);
}

} // namespace

Database::Database(const QString &connectionName, SqlDialect dialect, QString location)
    : m_connectionName(connectionName)
    , m_dialect(dialect)
    , m_location(std::move(location)) {}

Database::~Database() {
    m_statements.clear();
    m_retiredStatements.clear();
    m_native.reset(); // SQLite closes no connection that still has statements
    {
        auto db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::openSqlite(const QString &path, const Options &options) {
    const QString absolutePath = QFileInfo(path).absoluteFilePath();
    auto finding = SqliteFileProbe::probe(absolutePath, options.busyTimeoutMs);
    if (!finding)
        return finding.error();
    if (finding->empty && !options.createInEmptyFile)
        return storage_errors::emptyFile(absolutePath);
    auto opened = openProbed(absolutePath, *finding, options);
    // A database this open was creating holds nothing anyone committed when the open fails: remove
    // it, so that trying again (File → New Database, init) does not meet a half-made file. Unless
    // another program holds it: then it is that program's now.
    if (!opened && !finding->exists && opened.error().code != ErrorCode::Locked)
        removeWithCompanions(absolutePath);
    return opened;
}

Result<std::unique_ptr<Database>>
Database::openProbed(const QString &absolutePath, const SqliteFileProbe::Finding &finding, const Options &options) {
    if (!finding.exists && !QDir().mkpath(QFileInfo(absolutePath).absolutePath()))
        return storage_errors::cannotOpen(absolutePath, tr("its folder cannot be created"));

    const QString name = u"relm-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Database> database(new Database(name, SqlDialect(SqlDialect::Engine::Sqlite), absolutePath));
    {
        auto connection = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        connection.setDatabaseName(absolutePath);
        connection.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(options.busyTimeoutMs));
        if (!connection.open())
            return database->errorFrom(connection.lastError(), tr("opening the database"));
    }
    if (auto r = database->applyConnectionSetup(); !r)
        return r.error();
    const bool created = !finding.exists || finding.empty;
    const int target = !created || options.createAtVersion == 0 ? Schema::currentVersion() : options.createAtVersion;
    if (auto r = database->bringSchemaUpToDate(finding.schemaVersion, target); !r)
        return r.error();
    return database;
}

Result<void> Database::applyConnectionSetup() {
    for (const QString &statement : m_dialect.connectionSetup()) {
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        if (!query.exec(statement))
            return errorFrom(query.lastError(), tr("preparing the connection"));
    }
    return {};
}

Result<void> Database::bringSchemaUpToDate(int foundVersion, int targetVersion) {
    m_isNew = foundVersion == 0;
    m_schemaVersion = foundVersion;
    if (foundVersion == targetVersion)
        return {};

    // A server upgrades in one transaction, which it undoes whole when a step fails: no copy needed.
    if (!m_isNew && !isServer()) {
        const QString backup = backupPathFor(m_location, foundVersion);
        if (auto r = backupTo(backup); !r)
            return r;
        m_upgradeBackupPath = backup;
    }
    auto result = transaction([&]() -> Result<void> {
        if (m_isNew && !isServer()) {
            if (auto q = exec(u"PRAGMA application_id = %1"_s.arg(relmApplicationId)); !q)
                return q.error();
        }
        return Schema::migrate(*this, foundVersion, targetVersion);
    });
    if (!result)
        return result;
    m_schemaVersion = targetVersion;
    return {};
}

Result<void> Database::transaction(const std::function<Result<void>()> &work) {
    auto db = QSqlDatabase::database(m_connectionName, false);
    if (m_transactionDepth == 0 && !db.transaction()) {
        const Error error = errorFrom(db.lastError(), tr("starting a transaction"));
        // Nothing of the change ran yet: a broken server connection is made again first.
        if (!isServer() || !m_connectionLost || !reconnect())
            return error;
        db = QSqlDatabase::database(m_connectionName, false);
        if (!db.transaction())
            return errorFrom(db.lastError(), tr("starting a transaction"));
    }
    ++m_transactionDepth;
    Result<void> result = work();
    --m_transactionDepth;
    if (m_transactionDepth > 0)
        return result;
    if (!result) {
        db.rollback();
        return result;
    }
    if (!db.commit()) {
        const Error error = errorFrom(db.lastError(), tr("saving the change"));
        db.rollback();
        return error;
    }
    return {};
}

Result<QSqlQuery *> Database::exec(const QString &sql, const QVariantList &values) {
    auto result = execOnce(sql, values);
    // Between changes a broken server connection is made again, and the statement run anew.
    if (result || !isServer() || inTransaction() || !m_connectionLost || !reconnect())
        return result;
    return execOnce(sql, values);
}

Result<QSqlQuery *> Database::execOnce(const QString &sql, const QVariantList &values) {
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto query = std::make_unique<QSqlQuery>(QSqlDatabase::database(m_connectionName, false));
        query->setForwardOnly(true);
        if (!query->prepare(sql))
            return errorFrom(query->lastError(), tr("preparing a statement"));
        it = m_statements.emplace(sql, std::move(query)).first;
    }
    QSqlQuery *query = it->second.get();
    query->finish();
    for (int i = 0; i < values.size(); ++i) {
        // A null QString would be bound as SQL NULL; only an invalid QVariant means NULL here.
        const QVariant &value = values.at(i);
        const bool nullText = value.metaType() == QMetaType::fromType<QString>() && value.toString().isNull();
        query->bindValue(i, nullText ? QVariant(QString(u""_s)) : value);
    }
    if (!query->exec())
        return errorFrom(query->lastError(), tr("running a statement"));
    return query;
}

Result<QVariant> Database::scalar(const QString &sql, const QVariantList &values) {
    auto query = exec(sql, values);
    if (!query)
        return query.error();
    QVariant value = (*query)->next() ? (*query)->value(0) : QVariant();
    (*query)->finish();
    return value;
}

SqliteStatements *Database::native() {
    if (!m_native) {
        if (auto *handle = static_cast<sqlite3 *>(nativeSqliteHandle()))
            m_native = std::make_unique<SqliteStatements>(handle);
    }
    return m_native.get();
}

Error Database::nativeError() const {
    const QSqlError error(tr("The statement failed."), m_native->lastMessage(), QSqlError::StatementError,
                          QString::number(m_native->lastCode()));
    return errorFrom(error, tr("running a statement"));
}

Result<qint64> Database::insert(const QString &sql, const QVariantList &values) {
    if (SqliteStatements *statements = native()) {
        if (statements->run(sql, values) != SQLITE_DONE)
            return nativeError();
        return statements->lastInsertId();
    }
    auto id = scalar(sql + u" RETURNING id"_s, values);
    if (!id)
        return id.error();
    return id->toLongLong();
}

namespace {

class DriverRow final : public RowView {
public:
    explicit DriverRow(const QSqlQuery &query)
        : m_query(query) {}
    qint64 integer(int column) const override { return m_query.value(column).toLongLong(); }
    double real(int column) const override { return m_query.value(column).toDouble(); }
    QString text(int column) const override { return m_query.value(column).toString(); }
    bool isNull(int column) const override { return m_query.isNull(column); }

private:
    const QSqlQuery &m_query;
};

} // namespace

Result<void> Database::select(const QString &sql, const QVariantList &values,
                              const std::function<void(const RowView &)> &each) {
    if (SqliteStatements *statements = native()) {
        if (statements->select(sql, values, each) != SQLITE_DONE)
            return nativeError();
        return {};
    }
    auto query = exec(sql, values);
    if (!query)
        return query.error();
    const DriverRow row(**query);
    while ((*query)->next())
        each(row);
    (*query)->finish();
    return {};
}

Result<void> Database::execScript(const QString &sql) {
    const QStringList statements = m_dialect.expand(sql).split(u';', Qt::SkipEmptyParts);
    for (const QString &statement : statements) {
        if (statement.trimmed().isEmpty())
            continue;
        if (auto r = execDirect(statement); !r)
            return r;
    }
    return {};
}

Result<void> Database::savepoint(const QString &command) {
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(command))
        return errorFrom(query.lastError(), tr("saving the change"));
    return {};
}

Result<void> Database::execDirect(const QString &sql) {
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(sql))
        return errorFrom(query.lastError(), tr("changing the database structure"));
    return {};
}

void *Database::nativeSqliteHandle() const {
    if (m_dialect.engine() != SqlDialect::Engine::Sqlite)
        return nullptr;
    const QVariant handle = QSqlDatabase::database(m_connectionName, false).driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<void *const *>(handle.constData());
}

std::optional<Database::WriteStamp> Database::writeStamp() {
    if (isServer()) {
        // The server's snapshot (oldest running transaction, next transaction id, those running)
        // moves whenever any transaction that writes starts or ends, this connection's included.
        // Inside a transaction of this connection its later writes do not move it: the plan
        // cache, the one caller, takes stamps only between transactions.
        auto snapshot = scalar(u"SELECT pg_current_snapshot()::text"_s);
        if (!snapshot || !snapshot->isValid())
            return std::nullopt;
        return WriteStamp{qint64(qHash(snapshot->toString(), 0x52454C4D)), 0};
    }
    void *handle = nativeSqliteHandle();
    if (!handle)
        return std::nullopt;
    // data_version moves with other connections' commits only; total changes counts this one's rows.
    auto others = scalar(u"PRAGMA data_version"_s);
    if (!others || !others->isValid())
        return std::nullopt;
    return WriteStamp{others->toLongLong(), sqlite3_total_changes64(static_cast<sqlite3 *>(handle))};
}

Result<void> Database::backupTo(const QString &path) {
    if (isServer())
        return server_errors::noFileCopy(m_location);
    if (QFileInfo::exists(path))
        return makeError(ErrorCode::Io,
                         tr("\u201C%1\u201D already exists; choose another name for the copy.").arg(path));
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.prepare(u"VACUUM INTO ?"_s))
        return errorFrom(query.lastError(), tr("preparing a backup"));
    query.addBindValue(path);
    if (!query.exec())
        return errorFrom(query.lastError(), tr("writing the backup \u201C%1\u201D").arg(path));
    return {};
}

int Database::lastSystemErrno() const {
    void *handle = nativeSqliteHandle();
    return handle ? sqlite3_system_errno(static_cast<sqlite3 *>(handle)) : 0;
}

QString Database::nativeCodeOf(const QSqlError &error) const {
    if (!error.nativeErrorCode().isEmpty())
        return error.nativeErrorCode();
    // Qt's SQLite driver drops the code when COMMIT fails, which is just when a full disk shows.
    // Nothing ran on the connection since, so SQLite's last code is that failure's.
    void *handle = nativeSqliteHandle();
    return handle ? QString::number(sqlite3_extended_errcode(static_cast<sqlite3 *>(handle))) : QString();
}

Error Database::errorFrom(const QSqlError &error, const QString &what) const {
    const QString code = nativeCodeOf(error);
    m_connectionLost = false;
    if (isServer()) {
        if (m_dialect.isConnectionLost(code, error.databaseText() + error.driverText())) {
            m_connectionLost = true;
            return server_errors::connectionLost(m_location, error.databaseText());
        }
        if (m_dialect.isPermissionDenied(code))
            return server_errors::notPermitted(m_location, error.databaseText());
        if (m_dialect.isBusy(code))
            return server_errors::busy(m_location);
    }
    if (m_dialect.isBusy(code))
        return storage_errors::locked(m_location);
    if (m_dialect.isDiskFull(code))
        return storage_errors::diskFull(m_location);
    if (m_dialect.isIoError(code)) {
        const int systemErrno = lastSystemErrno();
        if (systemErrno == EFBIG)
            return storage_errors::fileTooLarge(m_location);
        if (noRoomLeft(m_location, systemErrno))
            return storage_errors::diskFull(m_location);
    }
    if (m_dialect.isCorrupt(code))
        return storage_errors::corrupt(m_location, error.databaseText());
    if (m_dialect.isUniqueViolation(code))
        return makeError(ErrorCode::Conflict, tr("That name is already taken (%1).").arg(error.databaseText()));
    if (m_dialect.isForeignKeyViolation(code))
        return storage_errors::missingReference();
    return makeError(ErrorCode::Storage,
                     tr("The database refused %1 in \u201C%2\u201D: %3").arg(what, m_location, error.text()));
}

} // namespace relm

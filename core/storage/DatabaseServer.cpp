// The parts of Database that only a PostgreSQL server needs: connecting, and keeping the schema
// current when several clients may open the same database at once.
#include "Database.h"

#include "storage/Schema.h"
#include "storage/ServerConnection.h"
#include "storage/ServerErrors.h"
#include "storage/StorageErrors.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

/// The advisory lock a client holds while it reads and upgrades the schema ("RELM" in ASCII), so
/// that of two clients opening an old database at once only the first upgrades it.
constexpr qint64 schemaLockKey = 0x52454C4D;

QString tr(const char *text) {
    return QCoreApplication::translate("relm::Database", text);
}

} // namespace

Result<std::unique_ptr<Database>> Database::openServer(const ServerAddress &address, const Options &options) {
    const QString name = u"relm-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Database> database(new Database(name, SqlDialect(SqlDialect::Engine::Postgres), address.display()));
    if (!QSqlDatabase::addDatabase(u"QPSQL"_s, name).isValid())
        return server_errors::cannotConnect(
            address.display(), tr("Qt's PostgreSQL driver is missing (install the package libqt6sql6-psql)"));
    database->m_serverAddress = address;
    if (auto r = database->connectToServer(); !r)
        return r.error();
    if (auto r = database->bringServerSchemaUpToDate(options); !r)
        return r.error();
    return database;
}

Result<void> Database::connectToServer() {
    auto connection = QSqlDatabase::database(m_connectionName, false);
    if (auto r = openServerConnection(connection, *m_serverAddress); !r)
        return r;
    m_connectionLost = false;
    if (auto r = applyConnectionSetup(); !r)
        return r;
    return readServerLogin();
}

Result<void> Database::reconnect() {
    for (auto &[sql, statement] : m_statements)
        m_retiredStatements.push_back(std::move(statement));
    m_statements.clear();
    return connectToServer();
}

Result<void> Database::readServerLogin() {
    auto q = exec(u"SELECT current_user, r.rolsuper OR pg_get_userbyid(d.datdba) = current_user, pg_backend_pid() "
                  "FROM pg_roles r, pg_database d WHERE r.rolname = current_user AND d.datname = current_database()"_s);
    if (!q)
        return q.error();
    if ((*q)->next()) {
        m_serverLogin = (*q)->value(0).toString();
        m_administersServer = (*q)->value(1).toBool();
        m_serverProcess = (*q)->value(2).toLongLong();
    }
    (*q)->finish();
    return {};
}

Result<int> Database::serverSchemaVersion() {
    auto hasMeta = scalar(u"SELECT to_regclass('relm_meta') IS NOT NULL"_s);
    if (!hasMeta)
        return hasMeta.error();
    if (!hasMeta->toBool()) {
        auto tables = scalar(u"SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()"_s);
        if (!tables)
            return tables.error();
        if (tables->toLongLong() > 0)
            return server_errors::foreignDatabase(m_location);
        return 0;
    }
    auto version = scalar(u"SELECT value FROM relm_meta WHERE key = 'schema_version'"_s);
    if (!version)
        return version.error();
    bool isNumber = false;
    const int found = version->toString().toInt(&isNumber);
    if (!isNumber || found <= 0)
        return server_errors::foreignDatabase(m_location);
    return found;
}

Result<void> Database::bringServerSchemaUpToDate(const Options &options) {
    if (auto locked = exec(u"SELECT pg_advisory_lock(?)"_s, {schemaLockKey}); !locked)
        return locked.error();
    auto upToDate = [&]() -> Result<void> {
        auto found = serverSchemaVersion();
        if (!found)
            return found.error();
        if (*found > Schema::currentVersion())
            return storage_errors::newerVersion(m_location, *found, Schema::currentVersion());
        if (*found == 0 && !options.createInEmptyFile)
            return server_errors::emptyDatabase(m_location);
        const int target =
            *found != 0 || options.createAtVersion == 0 ? Schema::currentVersion() : options.createAtVersion;
        auto brought = bringSchemaUpToDate(*found, target);
        if (!brought && brought.error().code == ErrorCode::Denied)
            return server_errors::mayNotUpgrade(m_location, *found, target);
        return brought;
    }();
    // The lock is the session's: give it back also when the upgrade failed.
    (void)exec(u"SELECT pg_advisory_unlock(?)"_s, {schemaLockKey});
    return upToDate;
}

} // namespace relm

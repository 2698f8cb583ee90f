#include "SqliteFileProbe.h"

#include "storage/Schema.h"
#include "storage/SqlDialect.h"
#include "storage/StorageErrors.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

constexpr char sqliteMagic[] = "SQLite format 3";

/// A read-only connection that is removed again when the probe ends.
class ReadOnlyConnection final {
public:
    ReadOnlyConnection(const QString &path, int busyTimeoutMs)
        : m_name(u"relm-probe-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces)) {
        auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1"_s.arg(busyTimeoutMs));
    }
    ~ReadOnlyConnection() {
        {
            auto db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(ReadOnlyConnection)

    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};

Error classify(const QString &path, const QSqlError &error) {
    const SqlDialect sqlite(SqlDialect::Engine::Sqlite);
    const QString code = error.nativeErrorCode();
    if (sqlite.isBusy(code))
        return storage_errors::locked(path);
    if (code.toInt() % 256 == 26)
        return storage_errors::notSqlite(path);
    if (sqlite.isCorrupt(code))
        return storage_errors::corrupt(path, error.driverText().isEmpty() ? error.text() : error.databaseText());
    return storage_errors::cannotOpen(path, error.text());
}

} // namespace

Result<SqliteFileProbe::Finding> SqliteFileProbe::probe(const QString &path, int busyTimeoutMs) {
    const QFileInfo info(path);
    if (!info.exists() || (info.isFile() && info.size() == 0))
        return Finding{};
    if (!info.isFile())
        return storage_errors::cannotOpen(path, QCoreApplication::translate("relm::SqliteFileProbe", "it is a folder"));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return storage_errors::cannotOpen(path, file.errorString());
    const QByteArray header = file.read(100);
    file.close();
    if (header.size() < 100 || !header.startsWith(QByteArrayView(sqliteMagic, sizeof sqliteMagic)))
        return storage_errors::notSqlite(path);

    ReadOnlyConnection connection(path, busyTimeoutMs);
    auto db = connection.database();
    if (!db.open())
        return classify(path, db.lastError());

    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA quick_check(1)"_s))
        return classify(path, query.lastError());
    if (query.next() && query.value(0).toString() != "ok"_L1)
        return storage_errors::corrupt(path, query.value(0).toString());
    query.finish();

    if (!query.exec(u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'relm_meta'"_s))
        return classify(path, query.lastError());
    const bool hasMeta = query.next() && query.value(0).toInt() == 1;
    query.finish();
    if (!hasMeta) {
        if (!query.exec(u"SELECT count(*) FROM sqlite_master"_s))
            return classify(path, query.lastError());
        const bool empty = query.next() && query.value(0).toInt() == 0;
        if (empty)
            return Finding{true, 0};
        return storage_errors::foreignDatabase(path);
    }

    if (!query.exec(u"SELECT value FROM relm_meta WHERE key = 'schema_version'"_s))
        return classify(path, query.lastError());
    bool isNumber = false;
    const int version = query.next() ? query.value(0).toString().toInt(&isNumber) : 0;
    if (!isNumber || version < 1)
        return storage_errors::corrupt(
            path, QCoreApplication::translate("relm::SqliteFileProbe", "its schema version is missing"));
    if (version > Schema::currentVersion())
        return storage_errors::newerVersion(path, version, Schema::currentVersion());
    return Finding{true, version};
}

} // namespace relm

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
#include <QUrl>
#include <QUuid>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

constexpr char sqliteMagic[] = "SQLite format 3";

/// The files SQLite keeps beside a database, as they were before the probe: a probe that ends
/// in a refusal removes the ones it created, and only those. Only a probe through the -wal
/// creates any (a read-only connection still makes the -shm it coordinates readers with).
class SiblingFiles final {
public:
    explicit SiblingFiles(const QString &path)
        : m_path(path) {
        for (std::size_t i = 0; i < suffixes.size(); ++i)
            m_existed[i] = QFileInfo::exists(path + QLatin1String(suffixes[i]));
    }

    /// A -wal may hold committed transactions not yet copied into the file, and a -journal a
    /// transaction to roll back: then only SQLite itself, reading them, sees the database as it is.
    bool mayHoldData() const { return m_existed[wal] || m_existed[journal]; }
    bool walHasContent() const { return m_existed[wal] && QFileInfo(m_path + u"-wal"_s).size() > 0; }

    void removeCreated() const {
        // A read-only connection creates an empty -wal at most; one with content is someone else's.
        if (!m_existed[wal] && QFileInfo::exists(m_path + u"-wal"_s) && QFileInfo(m_path + u"-wal"_s).size() == 0)
            QFile::remove(m_path + u"-wal"_s);
        if (!m_existed[shm])
            QFile::remove(m_path + u"-shm"_s);
    }

private:
    static constexpr std::array<const char *, 3> suffixes{"-wal", "-shm", "-journal"};
    static constexpr std::size_t wal = 0;
    static constexpr std::size_t shm = 1;
    static constexpr std::size_t journal = 2;

    QString m_path;
    std::array<bool, 3> m_existed{};
};

enum class Access {
    Immutable, ///< reads the file alone, as it is: no locks, and nothing created beside it
    Shared,    ///< reads through the -wal and takes locks like any connection
};

/// A read-only connection that is removed again when the probe ends.
class ReadOnlyConnection final {
public:
    ReadOnlyConnection(const QString &path, int busyTimeoutMs, Access access)
        : m_name(u"relm-probe-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces)) {
        auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        QString options = u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1"_s.arg(busyTimeoutMs);
        if (access == Access::Immutable) {
            db.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) + u"?immutable=1"_s);
            options += u";QSQLITE_OPEN_URI"_s;
        } else {
            db.setDatabaseName(path);
        }
        db.setConnectOptions(options);
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

bool hasSqliteHeader(const QString &path, QString *problem) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = file.errorString();
        return false;
    }
    const QByteArray header = file.read(100);
    return header.size() == 100 && header.startsWith(QByteArrayView(sqliteMagic, sizeof sqliteMagic));
}

/// What SQLite itself reads in the file: damage, whose database it is, and its schema version.
Result<SqliteFileProbe::Finding> inspect(const QString &path, int busyTimeoutMs, Access access) {
    ReadOnlyConnection connection(path, busyTimeoutMs, access);
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
            return SqliteFileProbe::Finding{true, true, 0};
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
    return SqliteFileProbe::Finding{true, false, version};
}

} // namespace

Result<SqliteFileProbe::Finding> SqliteFileProbe::probe(const QString &path, int busyTimeoutMs) {
    const QFileInfo info(path);
    if (!info.exists())
        return Finding{};
    if (!info.isFile())
        return storage_errors::cannotOpen(path, QCoreApplication::translate("relm::SqliteFileProbe", "it is a folder"));

    const SiblingFiles before(path);
    // A file of no bytes is empty unless a -wal beside it holds what was committed to it.
    if (info.size() == 0 && !before.walHasContent())
        return Finding{true, true, 0};
    QString unreadable;
    if (info.size() > 0 && !hasSqliteHeader(path, &unreadable))
        return unreadable.isEmpty() ? storage_errors::notSqlite(path) : storage_errors::cannotOpen(path, unreadable);

    if (!before.mayHoldData()) {
        // Everything committed is in the file itself. Reading it immutable creates no -wal or -shm
        // beside a file that may yet be refused.
        auto finding = inspect(path, busyTimeoutMs, Access::Immutable);
        // Unless another program started writing meanwhile: its changes are only visible through
        // the -wal or -journal it made, so read again the ordinary way.
        if (!SiblingFiles(path).mayHoldData())
            return finding;
    }
    auto finding = inspect(path, busyTimeoutMs, Access::Shared);
    // A locked file is in use: a -shm that appeared may be the other program's, and removing one
    // in use would break its coordination with others.
    if (!finding && finding.error().code != ErrorCode::Locked)
        before.removeCreated();
    return finding;
}

} // namespace relm

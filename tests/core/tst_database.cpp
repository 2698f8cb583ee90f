#include "RawConnection.h"
#include "ServerEngine.h"
#include "SmallFileSystem.h"
#include "TestSupport.h"

#include "changes/RecordChanges.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/resource.h>
#endif

using namespace relm;
using relm::test::RawConnection;
using relm::test::writeFile;
using namespace Qt::Literals::StringLiterals;

namespace {

QVariant pragma(Database &db, const QString &name) {
    auto value = db.scalar(u"PRAGMA "_s + name);
    return value ? *value : QVariant();
}

/// Every file in the folder holding `path`: a refused file must have nothing new beside it.
QStringList filesBeside(const QString &path) {
    return QFileInfo(path).dir().entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

/// Copies a database and its -wal (not its -shm) while a connection is still open: the state a
/// crash leaves, with committed changes only in the -wal.
void copyAsCrashed(const QString &from, const QString &to) {
    QVERIFY(QFile::copy(from, to));
    QVERIFY(QFile::copy(from + u"-wal"_s, to + u"-wal"_s));
}

/// A change too big for what is left: a release description of 400 KB, written through a transaction.
Result<void> writeBigDescription(Database &db) {
    return db.transaction([&]() -> Result<void> {
        auto q = db.exec(u"UPDATE releases SET description = ? WHERE id = 1"_s, {QString(400000, u'x')});
        if (!q)
            return q.error();
        return {};
    });
}

} // namespace

class TestDatabase final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void newDatabaseHasCurrentSchemaAndSettings() {
        test::TempFolder folder;
        const QString path = folder.path(u"sub/folder/new.db"_s);
        {
            auto db = Database::openSqlite(path, {1234, 0});
            QVERIFY2(db, qPrintable(db.errorMessage()));
            QVERIFY((*db)->isNew());
            QCOMPARE((*db)->schemaVersion(), Schema::currentVersion());
            QCOMPARE(pragma(**db, u"foreign_keys"_s).toInt(), 1);
            QCOMPARE(pragma(**db, u"journal_mode"_s).toString(), u"wal"_s);
            QCOMPARE(pragma(**db, u"synchronous"_s).toInt(), 2); // FULL: an acknowledged commit survives power loss
            QCOMPARE(pragma(**db, u"busy_timeout"_s).toInt(), 1234);
            QCOMPARE(pragma(**db, u"application_id"_s).toInt(), 0x52454C4D);
            QCOMPARE((*db)->scalar(u"SELECT value FROM relm_meta WHERE key = 'schema_version'"_s)->toInt(),
                     Schema::currentVersion());
        }
        auto reopened = Database::openSqlite(path);
        QVERIFY(reopened);
        QVERIFY(!(*reopened)->isNew());
        QVERIFY((*reopened)->upgradeBackupPath().isEmpty());
    }

    void olderDatabaseIsUpgradedAfterBackup() {
        test::TempFolder folder;
        const QString path = folder.path(u"old.db"_s);
        {
            auto db = Database::openSqlite(path, {500, 1});
            QVERIFY(db);
            QCOMPARE((*db)->schemaVersion(), 1);
            Database &d = **db;
            QVERIFY(d.exec(u"INSERT INTO people (login, display_name) VALUES ('ann', 'Ann')"_s));
            for (int i = 0; i < 3; ++i)
                QVERIFY(d.exec(u"INSERT INTO audit_log (at_utc, actor_login, entity, entity_id, action) "
                               "VALUES ('2025-01-01T00:00:00.000Z', 'ann', 'person', 1, 'create')"_s));
        }
        auto db = Database::openSqlite(path);
        QVERIFY2(db, qPrintable(db.errorMessage()));
        QCOMPARE((*db)->schemaVersion(), Schema::currentVersion());
        const QString backup = (*db)->upgradeBackupPath();
        QVERIFY(QFileInfo::exists(backup));
        QVERIFY(backup.contains(u".v1-backup-"_s));
        // The old data is kept, and the audit entries now form a chain.
        QCOMPARE((*db)->scalar(u"SELECT display_name FROM people WHERE login = 'ann'"_s)->toString(), u"Ann"_s);
        auto entries = AuditLog(**db).entries();
        QVERIFY(entries);
        QCOMPARE(entries->size(), 3);
        QVERIFY(entries->at(0).prevHash.isEmpty());
        QCOMPARE(entries->at(1).prevHash, entries->at(0).entryHash);
        QCOMPARE(entries->at(2).entryHash, AuditLog::hashOf(entries->at(2)));
        // The backup is the old version, intact.
        RawConnection raw(backup);
        QSqlQuery q(raw.database());
        QVERIFY(q.exec(u"SELECT value FROM relm_meta WHERE key = 'schema_version'"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void newerDatabaseIsRefusedUntouched() {
        test::TempFolder folder;
        const QString path = folder.path(u"newer.db"_s);
        {
            auto db = Database::openSqlite(path);
            QVERIFY(db);
            QVERIFY((*db)->exec(u"UPDATE relm_meta SET value = '99' WHERE key = 'schema_version'"_s));
        }
        const QByteArray before = test::fileHash(path);
        auto db = Database::openSqlite(path);
        QVERIFY(!db);
        QCOMPARE(db.error().code, ErrorCode::NewerVersion);
        QVERIFY(db.errorMessage().contains(path));
        QVERIFY(db.errorMessage().contains(u"newer Relm"_s));
        QVERIFY(db.errorMessage().contains(u"99"_s));
        QCOMPARE(test::fileHash(path), before);
    }

    void foreignSqliteIsRefusedUntouched() {
        test::TempFolder folder;
        const QString path = folder.path(u"other.sqlite"_s);
        {
            RawConnection raw(path);
            QVERIFY(raw.exec(u"CREATE TABLE contacts (name TEXT)"_s));
            QVERIFY(raw.exec(u"INSERT INTO contacts VALUES ('x')"_s));
        }
        const QByteArray before = test::fileHash(path);
        auto db = Database::openSqlite(path);
        QVERIFY(!db);
        QCOMPARE(db.error().code, ErrorCode::NotRelm);
        QVERIFY(db.errorMessage().contains(u"another program"_s));
        QCOMPARE(test::fileHash(path), before);
    }

    void nonDatabaseFileIsRefusedUntouched_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("text") << QByteArray("release plan\nnot a database\n");
        QTest::newRow("binary") << QByteArray(4096, '\x7f');
        QTest::newRow("short sqlite header") << QByteArray("SQLite format 3");
    }

    void nonDatabaseFileIsRefusedUntouched() {
        QFETCH(QByteArray, content);
        test::TempFolder folder;
        const QString path = folder.path(u"notes.db"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        const QByteArray before = test::fileHash(path);
        auto db = Database::openSqlite(path);
        QVERIFY(!db);
        QCOMPARE(db.error().code, ErrorCode::NotRelm);
        QVERIFY(db.errorMessage().contains(u"not a database file"_s));
        QVERIFY(db.errorMessage().contains(path));
        QCOMPARE(test::fileHash(path), before);
    }

    void corruptDatabaseIsRefusedUntouched() {
        RELM_SQLITE_ONLY("damages the file's pages");
        test::TempFolder folder;
        const QString path = folder.path(u"corrupt.db"_s);
        {
            auto ws = test::openWorkspace(path);
            QVERIFY(ws);
        }
        QFile file(path);
        QVERIFY(file.size() > 5 * 4096);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(2 * 4096);
        file.write(QByteArray(3 * 4096, '\xA5'));
        file.close();
        const QByteArray before = test::fileHash(path);
        auto db = Database::openSqlite(path);
        QVERIFY(!db);
        QCOMPARE(db.error().code, ErrorCode::Corrupt);
        QVERIFY(db.errorMessage().contains(u"damaged"_s));
        QVERIFY(db.errorMessage().contains(u"backup"_s));
        QCOMPARE(test::fileHash(path), before);
    }

    void lockedDatabaseIsRefused() {
        test::TempFolder folder;
        const QString path = folder.path(u"locked.db"_s);
        QVERIFY(Database::openSqlite(path));
        RawConnection holder(path);
        QVERIFY(holder.exec(u"PRAGMA locking_mode = EXCLUSIVE"_s));
        QVERIFY(holder.exec(u"BEGIN EXCLUSIVE"_s));
        QVERIFY(holder.exec(u"INSERT INTO relm_meta (key, value) VALUES ('lock', 'held')"_s));
        const QByteArray file = test::fileHash(path);
        const QByteArray wal = test::fileHash(path + u"-wal"_s);
        auto db = Database::openSqlite(path, {200, 0});
        QVERIFY(!db);
        QCOMPARE(db.error().code, ErrorCode::Locked);
        QVERIFY(db.errorMessage().contains(u"locked by another program"_s));
        // The holder's files are as it left them. (A -shm the probe made stays: beside a file in
        // use, removing a -shm could pull it from under another reader.)
        QCOMPARE(test::fileHash(path), file);
        QCOMPARE(test::fileHash(path + u"-wal"_s), wal);
        QVERIFY(holder.exec(u"ROLLBACK"_s));
    }

    void fullDiskLosesNothing() {
        RELM_SQLITE_ONLY("limits the file's pages");
        test::TempFolder folder;
        auto ws = test::openWorkspace(folder.path(u"full.db"_s));
        QVERIFY(ws);
        Database &db = ws->database();
        const int pages = pragma(db, u"page_count"_s).toInt();
        QVERIFY(db.exec(u"PRAGMA max_page_count = %1"_s.arg(pages + 2)));
        const auto count = db.scalar(u"SELECT count(*) FROM audit_log"_s)->toInt();
        auto result = db.transaction([&]() -> Result<void> {
            auto q = db.exec(u"UPDATE releases SET description = ? WHERE id = 1"_s, {QString(400000, u'x')});
            if (!q)
                return q.error();
            return {};
        });
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::Io);
        QVERIFY2(result.errorMessage().contains(u"full"_s), qPrintable(result.errorMessage()));
        QVERIFY(db.scalar(u"SELECT description FROM releases WHERE id = 1"_s)->toString().size() < 1000);
        QCOMPARE(db.scalar(u"SELECT count(*) FROM audit_log"_s)->toInt(), count);
    }

    void emptyFileIsRefusedUntouched_data() {
        QTest::addColumn<bool>("throughWorkspace");
        QTest::newRow("database") << false;
        QTest::newRow("workspace, as File \u2192 Open") << true;
    }

    void emptyFileIsRefusedUntouched() {
        QFETCH(bool, throughWorkspace);
        test::TempFolder folder;
        const QString path = folder.path(u"empty.db"_s);
        writeFile(path, {});
        Error error;
        if (throughWorkspace) {
            auto ws = Workspace::openFile(path);
            QVERIFY(!ws);
            error = ws.error();
        } else {
            auto db = Database::openSqlite(path);
            QVERIFY(!db);
            error = db.error();
        }
        QCOMPARE(error.code, ErrorCode::NotRelm);
        QVERIFY2(error.message.contains(u"is empty"_s), qPrintable(error.message));
        QVERIFY2(error.message.contains(u"relm-cli --db "_s + path + u" init"_s), qPrintable(error.message));
        QCOMPARE(QFileInfo(path).size(), 0);
        QCOMPARE(filesBeside(path), QStringList{u"empty.db"_s});
    }

    void emptyFileMessageQuotesThePathForTheShell() {
        test::TempFolder folder;
        const QString path = folder.path(u"my plan's.db"_s);
        writeFile(path, {});
        auto db = Database::openSqlite(path);
        QVERIFY(!db);
        const QString quoted = u"'"_s + QString(path).replace(u"'"_s, u"'\\''"_s) + u"'"_s;
        QVERIFY2(db.errorMessage().contains(u"relm-cli --db "_s + quoted + u" init"_s), qPrintable(db.errorMessage()));
    }

    void emptyFileBecomesDatabaseWhenCreating() {
        test::TempFolder folder;
        const QString path = folder.path(u"empty.db"_s);
        writeFile(path, {});
        Database::Options options;
        options.createInEmptyFile = true;
        auto db = Database::openSqlite(path, options);
        QVERIFY2(db, qPrintable(db.errorMessage()));
        QVERIFY((*db)->isNew());
        QCOMPARE((*db)->schemaVersion(), Schema::currentVersion());
        QVERIFY(QFileInfo(path).size() > 0);
    }

    void sqliteFileWithoutTablesIsEmpty() {
        test::TempFolder folder;
        const QString path = folder.path(u"blank.db"_s);
        {
            RawConnection raw(path);
            QVERIFY(raw.exec(u"PRAGMA user_version = 7"_s)); // writes the header page, and no table
        }
        QCOMPARE(QFileInfo(path).size(), 4096);
        const QByteArray before = test::fileHash(path);
        auto db = Database::openSqlite(path);
        QVERIFY(!db);
        QCOMPARE(db.error().code, ErrorCode::NotRelm);
        QVERIFY2(db.errorMessage().contains(u"is empty"_s), qPrintable(db.errorMessage()));
        QCOMPARE(test::fileHash(path), before);
        QCOMPARE(filesBeside(path), QStringList{u"blank.db"_s});
    }

    void refusedFilesLeaveNothingBeside_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("code");
        QTest::newRow("newer") << u"newer"_s << int(ErrorCode::NewerVersion);
        QTest::newRow("foreign, WAL mode") << u"foreign"_s << int(ErrorCode::NotRelm);
        QTest::newRow("damaged") << u"damaged"_s << int(ErrorCode::Corrupt);
        QTest::newRow("truncated") << u"truncated"_s << int(ErrorCode::Corrupt);
        QTest::newRow("text") << u"text"_s << int(ErrorCode::NotRelm);
    }

    void refusedFilesLeaveNothingBeside() {
        RELM_SQLITE_ONLY("files beside a database file");
        QFETCH(QString, kind);
        QFETCH(int, code);
        test::TempFolder folder;
        const QString path = folder.path(u"refused.db"_s);
        if (kind == u"newer"_s) {
            auto db = Database::openSqlite(path);
            QVERIFY(db);
            QVERIFY((*db)->exec(u"UPDATE relm_meta SET value = '99' WHERE key = 'schema_version'"_s));
        } else if (kind == u"foreign"_s) {
            RawConnection raw(path);
            QVERIFY(raw.exec(u"PRAGMA journal_mode = WAL"_s));
            QVERIFY(raw.exec(u"CREATE TABLE contacts (name TEXT)"_s));
        } else if (kind == u"text"_s) {
            writeFile(path, "release plan\n");
        } else {
            QVERIFY(test::openWorkspace(path));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            if (kind == u"truncated"_s) {
                QVERIFY(file.resize(file.size() / 2));
            } else {
                file.seek(2 * 4096);
                file.write(QByteArray(3 * 4096, '\xA5'));
            }
        }
        QCOMPARE(filesBeside(path), QStringList{u"refused.db"_s});
        const QByteArray before = test::fileHash(path);
        for (int attempt = 0; attempt < 2; ++attempt) {
            auto db = Database::openSqlite(path);
            QVERIFY(!db);
            QCOMPARE(int(db.error().code), code);
            QVERIFY(db.errorMessage().contains(path));
            QCOMPARE(test::fileHash(path), before);
            QCOMPARE(filesBeside(path), QStringList{u"refused.db"_s});
        }
    }

    void walLeftByCrashIsRead() {
        test::TempFolder folder;
        const QString original = folder.path(u"original.db"_s);
        const QString crashed = folder.path(u"crashed.db"_s);
        {
            auto db = Database::openSqlite(original);
            QVERIFY(db);
            QVERIFY((*db)->exec(u"PRAGMA wal_autocheckpoint = 0"_s));
            QVERIFY((*db)->exec(u"INSERT INTO people (login, display_name) VALUES ('wal', 'Only in the WAL')"_s));
            copyAsCrashed(original, crashed);
        }
        QVERIFY(QFileInfo(crashed + u"-wal"_s).size() > 0);
        auto db = Database::openSqlite(crashed);
        QVERIFY2(db, qPrintable(db.errorMessage()));
        QVERIFY(!(*db)->isNew());
        QCOMPARE((*db)->scalar(u"SELECT display_name FROM people WHERE login = 'wal'"_s)->toString(),
                 u"Only in the WAL"_s);
    }

    void walLeftByCrashCountsWhenRefusing() {
        test::TempFolder folder;
        const QString original = folder.path(u"original.db"_s);
        QVERIFY(QDir().mkpath(folder.path(u"crashed"_s)));
        const QString crashed = folder.path(u"crashed/newer.db"_s);
        {
            auto db = Database::openSqlite(original);
            QVERIFY(db);
            QVERIFY((*db)->exec(u"PRAGMA wal_autocheckpoint = 0"_s));
            QVERIFY((*db)->exec(u"UPDATE relm_meta SET value = '99' WHERE key = 'schema_version'"_s));
            copyAsCrashed(original, crashed);
        }
        const QByteArray file = test::fileHash(crashed);
        const QByteArray wal = test::fileHash(crashed + u"-wal"_s);
        // Only the -wal says "newer": a probe that ignored it would take the file for something else.
        auto db = Database::openSqlite(crashed);
        QVERIFY(!db);
        QCOMPARE(db.error().code, ErrorCode::NewerVersion);
        QCOMPARE(test::fileHash(crashed), file);
        QCOMPARE(test::fileHash(crashed + u"-wal"_s), wal);
        QCOMPARE(filesBeside(crashed), (QStringList{u"newer.db"_s, u"newer.db-wal"_s}));
    }

    void foreignKeyFailureIsARefusal() {
        test::TempFolder folder;
        auto ws = test::openWorkspace(folder.path(u"fk.db"_s));
        QVERIFY(ws);
        Database &db = ws->database();
        const qint64 entries = db.scalar(u"SELECT count(*) FROM audit_log"_s)->toLongLong();
        auto direct = db.transaction([&]() -> Result<void> {
            auto q = db.exec(u"INSERT INTO packages (release_id, name) VALUES (999999, 'Orphan')"_s);
            return q ? Result<void>() : Result<void>(q.error());
        });
        QVERIFY(!direct);
        QCOMPARE(direct.error().code, ErrorCode::NotFound);
        QVERIFY2(direct.errorMessage().contains(u"does not exist"_s), qPrintable(direct.errorMessage()));
        QVERIFY(!direct.errorMessage().contains(u"FOREIGN KEY"_s));

        // The same through the command layer: nothing is saved, not even the audit entry.
        CreateRecord<RunbookStep> step(RunbookStep{0, 999999, 1, u"Step"_s, 0, 5, false, false, {}, {}, {}});
        const auto applied = ws->apply(step);
        QVERIFY(!applied);
        QCOMPARE(applied.error().code, ErrorCode::NotFound);
        QVERIFY2(applied.errorMessage().contains(u"does not exist"_s), qPrintable(applied.errorMessage()));
        QCOMPARE(db.scalar(u"SELECT count(*) FROM audit_log"_s)->toLongLong(), entries);
        QCOMPARE(db.scalar(u"SELECT count(*) FROM runbook_steps WHERE deployment_id = 999999"_s)->toInt(), 0);
    }

    void fullFileSystemIsReportedAsFull() {
        RELM_SQLITE_ONLY("the file's own file system");
        test::SmallFileSystem disk(8 * 1024 * 1024);
        if (!disk.isMounted())
            QSKIP(qPrintable(u"No small file system to fill here (%1); run as root to test a really full disk."_s.arg(
                disk.whyUnavailable())));
        const QString path = disk.path(u"full.db"_s);
        QVERIFY(test::openWorkspace(path));
        const QByteArray before = test::fileHash(path);

        // Opening needs room for the -shm: SQLite says SQLITE_IOERR_SHMSIZE, not SQLITE_FULL.
        QVERIFY(disk.fill());
        auto refused = Database::openSqlite(path);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Io);
        QVERIFY2(refused.errorMessage().contains(u"is full"_s), qPrintable(refused.errorMessage()));
        QVERIFY(refused.errorMessage().contains(u"nothing was lost"_s));
        QCOMPARE(test::fileHash(path), before);

        // Writing a change with the disk full: SQLITE_FULL.
        disk.makeRoom();
        auto db = Database::openSqlite(path);
        QVERIFY2(db, qPrintable(db.errorMessage()));
        const QString description = (*db)->scalar(u"SELECT description FROM releases WHERE id = 1"_s)->toString();
        const qint64 entries = (*db)->scalar(u"SELECT count(*) FROM audit_log"_s)->toLongLong();
        QVERIFY(disk.fill());
        const auto write = writeBigDescription(**db);
        QVERIFY(!write);
        QVERIFY2(write.error().code == ErrorCode::Io, qPrintable(write.errorMessage()));
        QVERIFY2(write.errorMessage().contains(u"is full"_s), qPrintable(write.errorMessage()));
        QVERIFY(write.errorMessage().contains(u"was not saved"_s));
        QVERIFY(write.errorMessage().contains(u"nothing was lost"_s));
        QVERIFY(!write.errorMessage().contains(u"I/O"_s));

        // With room again, everything is as it was, and the same change goes through.
        disk.makeRoom();
        QCOMPARE((*db)->scalar(u"SELECT description FROM releases WHERE id = 1"_s)->toString(), description);
        QCOMPARE((*db)->scalar(u"SELECT count(*) FROM audit_log"_s)->toLongLong(), entries);
        QCOMPARE((*db)->scalar(u"PRAGMA integrity_check"_s)->toString(), u"ok"_s);
        QVERIFY(writeBigDescription(**db));
    }

    void fileSizeLimitIsReported() {
        RELM_SQLITE_ONLY("the file's size limit");
#ifdef Q_OS_LINUX
        // RLIMIT_FSIZE makes writes past the limit fail with EFBIG, which SQLite reports as a plain
        // SQLITE_IOERR_WRITE: the disk is not full, the file may not grow.
        test::TempFolder folder;
        auto ws = test::openWorkspace(folder.path(u"limit.db"_s));
        QVERIFY(ws);
        Database &db = ws->database();
        const QString description = db.scalar(u"SELECT description FROM releases WHERE id = 1"_s)->toString();
        rlimit unlimited{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &unlimited), 0);
        rlimit limited = unlimited;
        limited.rlim_cur = 64 * 1024;
        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN); // else the kernel ends the process
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
        const auto write = writeBigDescription(db);
        setrlimit(RLIMIT_FSIZE, &unlimited);
        std::signal(SIGXFSZ, previousHandler);
        QVERIFY(!write);
        QVERIFY2(write.error().code == ErrorCode::Io, qPrintable(write.errorMessage()));
        QVERIFY2(write.errorMessage().contains(u"largest file size"_s), qPrintable(write.errorMessage()));
        QVERIFY(write.errorMessage().contains(u"nothing was lost"_s));
        QCOMPARE(db.scalar(u"SELECT description FROM releases WHERE id = 1"_s)->toString(), description);
        QVERIFY(writeBigDescription(db));
#else
        QSKIP("RLIMIT_FSIZE is tried on Linux only");
#endif
    }

    void transactionRollsBackOnFailure() {
        test::TempFolder folder;
        auto db = Database::openSqlite(folder.path(u"tx.db"_s));
        QVERIFY(db);
        Database &d = **db;
        auto result = d.transaction([&]() -> Result<void> {
            if (auto q = d.exec(u"INSERT INTO people (login, display_name) VALUES ('a', 'A')"_s); !q)
                return q.error();
            return d.transaction([]() -> Result<void> { return makeError(ErrorCode::Invalid, u"stop"_s); });
        });
        QVERIFY(!result);
        QCOMPARE(result.errorMessage(), u"stop"_s);
        QCOMPARE(d.scalar(u"SELECT count(*) FROM people"_s)->toInt(), 0);
        QVERIFY(!d.inTransaction());
    }

    void backupCopyRefusesToOverwrite() {
        test::TempFolder folder;
        auto db = Database::openSqlite(folder.path(u"a.db"_s));
        QVERIFY(db);
        const QString copy = folder.path(u"copy.db"_s);
        QVERIFY((*db)->backupTo(copy));
        QVERIFY(Database::openSqlite(copy));
        const auto again = (*db)->backupTo(copy);
        QVERIFY(!again);
        QVERIFY(again.errorMessage().contains(u"already exists"_s));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"

#include "TestSupport.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Schema.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace relm;
using namespace Qt::Literals::StringLiterals;

namespace {

QVariant pragma(Database &db, const QString &name) {
    auto value = db.scalar(u"PRAGMA "_s + name);
    return value ? *value : QVariant();
}

/// A plain SQLite connection outside Relm, for making foreign files and holding locks.
class RawConnection final {
public:
    explicit RawConnection(const QString &path)
        : m_name(u"raw-"_s + QString::number(QRandomGenerator::global()->generate())) {
        auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawConnection() {
        database().close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }
    bool exec(const QString &sql) {
        QSqlQuery q(database());
        return q.exec(sql);
    }

private:
    QString m_name;
};

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
        auto db = Database::openSqlite(path, {200, 0});
        QVERIFY(!db);
        QCOMPARE(db.error().code, ErrorCode::Locked);
        QVERIFY(db.errorMessage().contains(u"locked by another program"_s));
        QVERIFY(holder.exec(u"ROLLBACK"_s));
    }

    void fullDiskLosesNothing() {
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

#include "RawConnection.h"
#include "TestSupport.h"

#include "changes/Workspace.h"
#include "storage/Database.h"
#include "storage/PlanStore.h"

#include <QDateTime>
#include <QTest>

using namespace relm;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString kScratch = u"CREATE TABLE scratch (id INTEGER PRIMARY KEY, a, b, c, d, e, f, g, h, i)"_s;
const QString kInsert = u"INSERT INTO scratch (a, b, c, d, e, f, g, h, i) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;

/// One value of every kind Relm's stores bind.
QVariantList valuesOfEveryKind() {
    return {QVariant(),
            QString(), // a null string is stored as empty text, never as NULL
            u"Grüße \u2013 \U0001F680"_s,
            true,
            qint64(1) << 40,
            2.5,
            QDateTime(QDate(2026, 11, 30), QTime(8, 15, 30, 250)),
            QByteArray("\x00\x01\xff", 3),
            QDate(2026, 2, 28)};
}

/// Each column of a scratch row as SQLite holds it: its type and its value as text.
QStringList stored(Database &db, qint64 id) {
    QStringList columns;
    for (const QString &column : {u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s, u"f"_s, u"g"_s, u"h"_s, u"i"_s}) {
        auto value = db.scalar(u"SELECT typeof(%1) || ':' || quote(%1) FROM scratch WHERE id = ?"_s.arg(column), {id});
        columns.append(value ? value->toString() : value.errorMessage());
    }
    return columns;
}

} // namespace

/// Database::insert and Database::select run on SQLite's own interface: they must store and read
/// exactly what the driver path (exec) stores and reads, and fail the same way.
class TestSqlStatements final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void insertStoresWhatExecStores() {
        test::TempFolder folder;
        auto db = Database::openSqlite(folder.path(u"scratch.db"_s));
        QVERIFY(db);
        QVERIFY((*db)->execScript(kScratch));
        auto native = (*db)->insert(kInsert, valuesOfEveryKind());
        QVERIFY2(native, qPrintable(native.errorMessage()));
        auto driver = (*db)->exec(kInsert, valuesOfEveryKind());
        QVERIFY2(driver, qPrintable(driver.errorMessage()));
        const qint64 driverId = (*db)->scalar(u"SELECT max(id) FROM scratch"_s)->toLongLong();
        QCOMPARE(driverId, *native + 1);
        QCOMPARE(stored(**db, *native), stored(**db, driverId));
        QCOMPARE(stored(**db, *native).at(0), u"null:NULL"_s);
        QCOMPARE(stored(**db, *native).at(1), u"text:''"_s);
    }

    void insertWithAnIdKeepsIt() {
        test::TempFolder folder;
        auto db = Database::openSqlite(folder.path(u"ids.db"_s));
        QVERIFY(db);
        QVERIFY((*db)->execScript(kScratch));
        auto id = (*db)->insert(u"INSERT INTO scratch (id, a) VALUES (?, ?)"_s, {qint64(41), u"x"_s});
        QVERIFY(id);
        QCOMPARE(*id, qint64(41));
        auto again = (*db)->insert(u"INSERT INTO scratch (id, a) VALUES (?, ?)"_s, {qint64(41), u"y"_s});
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::Conflict);
        // The failed statement was reset: the next runs.
        auto next = (*db)->insert(u"INSERT INTO scratch (a) VALUES (?)"_s, {u"z"_s});
        QVERIFY2(next, qPrintable(next.errorMessage()));
        QCOMPARE(*next, qint64(42));
    }

    void selectReadsWhatExecReads() {
        test::TempFolder folder;
        auto db = Database::openSqlite(folder.path(u"read.db"_s));
        QVERIFY(db);
        QVERIFY((*db)->execScript(kScratch));
        QVERIFY((*db)->insert(kInsert, valuesOfEveryKind()));
        QVERIFY((*db)->insert(kInsert, {7, u"b"_s, u"c"_s, false, -3, -0.25, u""_s, u"h"_s, QVariant()}));
        struct Row {
            qint64 a;
            bool aNull;
            QString b;
            QString c;
            qint64 e;
            double f;
            bool iNull;
        };
        QList<Row> rows;
        auto read = (*db)->select(u"SELECT a, b, c, e, f, i FROM scratch ORDER BY id"_s, {}, [&](const RowView &r) {
            rows.append({r.integer(0), r.isNull(0), r.text(1), r.text(2), r.integer(3), r.real(4), r.isNull(5)});
        });
        QVERIFY2(read, qPrintable(read.errorMessage()));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].aNull, true);
        QCOMPARE(rows[0].a, qint64(0));
        QCOMPARE(rows[0].b, QString());
        QVERIFY(!rows[0].b.isNull()); // empty text, not NULL
        QCOMPARE(rows[0].c, u"Grüße \u2013 \U0001F680"_s);
        QCOMPARE(rows[0].e, qint64(1) << 40);
        QCOMPARE(rows[0].f, 2.5);
        QCOMPARE(rows[0].iNull, false);
        QCOMPARE(rows[1].a, qint64(7));
        QCOMPARE(rows[1].e, qint64(-3));
        QCOMPARE(rows[1].f, -0.25);
        QCOMPARE(rows[1].iNull, true);
        // Bound values filter as they do through the driver.
        int matching = 0;
        QVERIFY((*db)->select(u"SELECT id FROM scratch WHERE c = ?"_s, {u"c"_s}, [&](const RowView &) { ++matching; }));
        QCOMPARE(matching, 1);
    }

    void badStatementsAreErrorsNotCrashes() {
        test::TempFolder folder;
        auto db = Database::openSqlite(folder.path(u"bad.db"_s));
        QVERIFY(db);
        auto insert = (*db)->insert(u"INSERT INTO nowhere (a) VALUES (?)"_s, {1});
        QVERIFY(!insert);
        QVERIFY2(insert.errorMessage().contains(u"nowhere"_s), qPrintable(insert.errorMessage()));
        auto select = (*db)->select(u"SELECT nothing FROM nowhere"_s, {}, [](const RowView &) {});
        QVERIFY(!select);
    }

    void foreignKeyFailureNamesNoEngineWords() {
        test::TempFolder folder;
        auto ws = test::openWorkspace(folder.path(u"fk.db"_s));
        QVERIFY(ws);
        auto orphan = ws->database().insert(u"INSERT INTO packages (release_id, name) VALUES (?, ?)"_s,
                                            {qint64(999999), u"Orphan"_s});
        QVERIFY(!orphan);
        QCOMPARE(orphan.error().code, ErrorCode::NotFound);
        QVERIFY2(orphan.errorMessage().contains(u"does not exist"_s), qPrintable(orphan.errorMessage()));
        QVERIFY(!orphan.errorMessage().contains(u"FOREIGN KEY"_s));
    }

    void lockedDatabaseIsSaidToBeLocked() {
        test::TempFolder folder;
        const QString path = folder.path(u"locked.db"_s);
        auto db = Database::openSqlite(path, {200, 0});
        QVERIFY(db);
        QVERIFY((*db)->execScript(kScratch));
        test::RawConnection other(path); // another program writing
        QVERIFY(other.exec(u"BEGIN IMMEDIATE"_s));
        auto insert = (*db)->insert(kInsert, valuesOfEveryKind());
        QVERIFY(!insert);
        QCOMPARE(insert.error().code, ErrorCode::Locked);
        QCOMPARE((*db)->scalar(u"SELECT count(*) FROM scratch"_s)->toInt(), 0);
    }

    void sameLinkTwiceIsRefusedByName() {
        test::TempFolder folder;
        auto ws = test::openWorkspace(folder.path(u"links.db"_s));
        QVERIFY(ws);
        auto links = ws->plan().links();
        QVERIFY(links && !links->isEmpty());
        PlanLink again = links->first();
        again.id = 0;
        auto refused = ws->database().transaction([&]() -> Result<void> {
            auto id = ws->plan().insert(again);
            return id ? Result<void>() : Result<void>(id.error());
        });
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
        QCOMPARE(refused.errorMessage(), u"These two tasks are already linked."_s);
        QCOMPARE(ws->plan().links()->size(), links->size());
    }
};

QTEST_GUILESS_MAIN(TestSqlStatements)
#include "tst_sqlstatements.moc"

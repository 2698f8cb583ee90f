#include "RawConnection.h"
#include "TestSupport.h"

#include "changes/Workspace.h"
#include "storage/Database.h"
#include "storage/PlanStore.h"
#include "storage/ReleaseStore.h"

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

    void tasksStoredTogetherAreStoredAsOneByOne() {
        // 100 tasks (two full statements and the rest alone), phases before their tasks.
        test::TempFolder folder;
        auto ws = test::openWorkspace(folder.path(u"bulk.db"_s));
        QVERIFY(ws);
        const Id release = ws->releases().releases()->first().id;
        const auto plan = [&](Id firstId) {
            QList<PlanTask> tasks;
            for (int i = 0; i < 100; ++i) {
                PlanTask t;
                t.id = firstId + i;
                t.releaseId = release;
                t.parentId = i % 10 == 0 || i < 10 ? 0 : firstId + (i / 10) * 10;
                t.position = 1000 + i;
                t.name = u"Bulk %1 \u2013 Grüße"_s.arg(i);
                t.duration = 60 * i;
                t.milestone = i % 7 == 0;
                t.constraint = i % 3 == 0 ? ConstraintType::StartNoEarlierThan : ConstraintType::AsSoonAsPossible;
                t.constraintDate = i % 3 == 0 ? QDateTime(QDate(2026, 12, 1), QTime(8, 0)) : QDateTime();
                t.sourceUid = QString::number(i);
                tasks.append(t);
            }
            return tasks;
        };
        const auto storedTasks = [&](Id from) {
            QList<PlanTask> tasks;
            const QList<PlanTask> all = *ws->plan().tasks(release);
            for (const PlanTask &t : all) {
                if (t.id >= from && t.id < from + 100)
                    tasks.append(t);
            }
            std::sort(tasks.begin(), tasks.end(), [](const PlanTask &a, const PlanTask &b) { return a.id < b.id; });
            return tasks;
        };
        const auto same = [](QList<PlanTask> a, QList<PlanTask> b, Id shift) {
            if (a.size() != b.size())
                return false;
            for (qsizetype i = 0; i < a.size(); ++i) {
                b[i].id -= shift;
                b[i].parentId = b[i].parentId ? b[i].parentId - shift : 0;
                if (a[i].id != b[i].id || a[i].parentId != b[i].parentId || a[i].name != b[i].name ||
                    a[i].duration != b[i].duration || a[i].milestone != b[i].milestone ||
                    a[i].constraint != b[i].constraint || a[i].constraintDate != b[i].constraintDate ||
                    a[i].sourceUid != b[i].sourceUid || a[i].position != b[i].position)
                    return false;
            }
            return true;
        };

        auto reserved = ws->plan().reserveTaskIds(100);
        QVERIFY(reserved);
        QCOMPARE(reserved->size(), 100);
        const Id first = reserved->first();
        QCOMPARE(reserved->last(), first + 99);
        QVERIFY(ws->database().transaction([&] { return ws->plan().insertAll(plan(first)); }));
        const Id second = ws->plan().reserveTaskIds(100)->first();
        QCOMPARE(second, first + 100);
        QVERIFY(ws->database().transaction([&]() -> Result<void> {
            for (const PlanTask &t : plan(second)) {
                if (auto id = ws->plan().insert(t); !id)
                    return id.error();
            }
            return {};
        }));
        const QList<PlanTask> together = storedTasks(first);
        const QList<PlanTask> oneByOne = storedTasks(second);
        QCOMPARE(together.size(), 100);
        QVERIFY(same(together, oneByOne, 100));

        // Ids are never handed out twice, even after the last task is removed.
        QVERIFY(ws->database().transaction([&] { return ws->plan().removeTask(second + 99); }));
        QCOMPARE(ws->plan().reserveTaskIds(1)->first(), second + 100);

        // A refusal in the middle leaves nothing of the change behind.
        QList<PlanTask> clash = plan(second + 101);
        clash[60].id = first; // taken
        const qsizetype before = ws->plan().tasks(release)->size();
        QVERIFY(!ws->database().transaction([&] { return ws->plan().insertAll(clash); }));
        QCOMPARE(ws->plan().tasks(release)->size(), before);
    }

    void linksStoredTogetherRefuseAPairGivenTwice() {
        test::TempFolder folder;
        auto ws = test::openWorkspace(folder.path(u"bulk-links.db"_s));
        QVERIFY(ws);
        const QList<PlanTask> tasks = *ws->plan().tasks();
        QVERIFY(tasks.size() >= 4);
        const Id first = ws->plan().reserveLinkIds(40)->first();
        QList<PlanLink> links;
        for (int i = 0; i < 40; ++i)
            links.append(
                PlanLink{first + i, tasks.at(i % 2).id, tasks.at(2 + i % 2).id, LinkType::FinishToStart, 0, 0, false});
        const qsizetype before = ws->plan().links()->size();
        auto refused = ws->database().transaction([&] { return ws->plan().insertAll(links); });
        QVERIFY(!refused);
        QCOMPARE(refused.errorMessage(), u"These two tasks are already linked."_s);
        QCOMPARE(ws->plan().links()->size(), before);
    }
};

QTEST_GUILESS_MAIN(TestSqlStatements)
#include "tst_sqlstatements.moc"

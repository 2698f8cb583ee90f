#include "TestSupport.h"

#include "changes/Workspace.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

using namespace relm;
using namespace Qt::Literals::StringLiterals;

/// `audit verify`: an untouched trail passes, and every way of tampering with it is named.
class TestAuditVerify final : public QObject {
    Q_OBJECT

private:
    test::TempFolder m_folder;
    std::unique_ptr<Workspace> m_ws;

    Database &db() { return m_ws->database(); }
    void exec(const QString &sql, const QVariantList &values = {}) {
        const auto q = db().exec(sql, values);
        QVERIFY2(q, qPrintable(q.errorMessage()));
    }
    qint64 count() { return db().scalar(u"SELECT COUNT(*) FROM audit_log"_s)->toLongLong(); }
    /// Tampers inside a transaction that is then rolled back, and returns what verification found.
    AuditVerification tamperedWith(const std::function<void()> &tamper) {
        AuditVerification found;
        (void)db().transaction([&]() -> Result<void> {
            tamper();
            found = *m_ws->auditLog().verify();
            return makeError(ErrorCode::Invalid, u"roll back"_s);
        });
        return found;
    }

private Q_SLOTS:
    void init() {
        m_ws = test::openWorkspace(m_folder.path(QString::fromLatin1(QTest::currentTestFunction()) + u".db"_s));
        QVERIFY(m_ws);
        QVERIFY(count() > 100);
    }
    void cleanup() { m_ws.reset(); }

    void untouchedTrailIsIntact() {
        const auto v = m_ws->auditLog().verify();
        QVERIFY(v);
        QVERIFY2(v->intact(), qPrintable(v->problem));
        QCOMPARE(v->entries, count());
    }

    void editedEntryIsNamed() {
        const auto v = tamperedWith([&] { exec(u"UPDATE audit_log SET summary = summary || '!' WHERE id = 40"_s); });
        QCOMPARE(v.firstBadEntry, Id(40));
        QVERIFY(v.problem.contains(u"changed"_s));
        const auto json = tamperedWith(
            [&] { exec(u"UPDATE audit_log SET after_json = replace(after_json, 'a', 'b') WHERE id = 12"_s); });
        QCOMPARE(json.firstBadEntry, Id(12));
    }

    void deletedEntryIsNamed() {
        const auto v = tamperedWith([&] { exec(u"DELETE FROM audit_log WHERE id = 50"_s); });
        QCOMPARE(v.firstBadEntry, Id(51));
        QVERIFY(v.problem.contains(u"49"_s));
        const auto first = tamperedWith([&] { exec(u"DELETE FROM audit_log WHERE id = 1"_s); });
        QCOMPARE(first.firstBadEntry, Id(2));
    }

    void reorderedEntriesAreNamed() {
        const auto v = tamperedWith([&] {
            exec(u"UPDATE audit_log SET id = -1 WHERE id = 30"_s);
            exec(u"UPDATE audit_log SET id = 30 WHERE id = 31"_s);
            exec(u"UPDATE audit_log SET id = 31 WHERE id = -1"_s);
        });
        QCOMPARE(v.firstBadEntry, Id(30));
    }

    void truncatedTrailIsNoticed() {
        const qint64 all = count();
        const auto v = tamperedWith([&] { exec(u"DELETE FROM audit_log WHERE id > ?"_s, {all - 3}); });
        QVERIFY(!v.intact());
        QVERIFY(v.problem.contains(u"cut off"_s));
        QCOMPARE(v.entries, all - 3);
    }

    void recomputedHashStillBreaksTheChain() {
        // A forger who edits an entry and recomputes its own hash still breaks the next link.
        const auto v = tamperedWith([&] {
            exec(u"UPDATE audit_log SET summary = 'Forged' WHERE id = 20"_s);
            const AuditEntry forged = m_ws->auditLog().entries()->at(19);
            exec(u"UPDATE audit_log SET entry_hash = ? WHERE id = 20"_s, {AuditLog::hashOf(forged)});
        });
        QCOMPARE(v.firstBadEntry, Id(21));
    }

    void missingHeadIsNoticed_data() {
        QTest::addColumn<QString>("tamper");
        QTest::newRow("deleted") << u"DELETE FROM relm_meta WHERE key = 'audit_head'"_s;
        QTest::newRow("empty") << u"UPDATE relm_meta SET value = '' WHERE key = 'audit_head'"_s;
    }

    void missingHeadIsNoticed() {
        // Without its head, a trail cut off at the end would look whole: that is a failure in itself.
        QFETCH(QString, tamper);
        const auto v = tamperedWith([&] { exec(tamper); });
        QVERIFY(!v.intact());
        QVERIFY2(v.problem.contains(u"recorded head of the trail is missing: entries may have been cut off"_s),
                 qPrintable(v.problem));
        QCOMPARE(v.entries, count());
        const auto cut = tamperedWith([&] {
            exec(tamper);
            exec(u"DELETE FROM audit_log WHERE id > ?"_s, {count() - 5});
        });
        QVERIFY(!cut.intact());
        QVERIFY(cut.problem.contains(u"missing"_s));
    }

    void headWithoutEntriesIsNoticed() {
        const auto v = tamperedWith([&] { exec(u"DELETE FROM audit_log"_s); });
        QVERIFY(!v.intact());
        QCOMPARE(v.entries, qint64(0));
        QVERIFY2(v.problem.contains(u"every entry was cut off"_s), qPrintable(v.problem));
    }

    void emptyTrailWithoutHeadIsIntact() {
        test::TempFolder folder;
        auto ws = test::openWorkspace(folder.path(u"new.db"_s), false);
        QVERIFY(ws);
        QCOMPARE(ws->database().scalar(u"SELECT count(*) FROM audit_log"_s)->toInt(), 0);
        for (const QString &state : {u"UPDATE relm_meta SET value = '' WHERE key = 'audit_head'"_s,
                                     u"DELETE FROM relm_meta WHERE key = 'audit_head'"_s}) {
            QVERIFY(ws->database().exec(state));
            const auto v = ws->auditLog().verify();
            QVERIFY(v);
            QVERIFY2(v->intact(), qPrintable(v->problem));
        }
    }

    void headOfAnotherEntryIsNoticed() {
        const auto v = tamperedWith([&] {
            exec(u"UPDATE relm_meta SET value = (SELECT entry_hash FROM audit_log WHERE id = 3) "
                 "WHERE key = 'audit_head'"_s);
        });
        QVERIFY(!v.intact());
        QVERIFY(v.problem.contains(u"cut off"_s));
    }

    void tenThousandRandomTamperingsAreAllDetected() {
        const qint64 all = count();
        const QStringList textColumns{u"at_utc"_s,      u"actor_login"_s, u"entity"_s,    u"action"_s,    u"summary"_s,
                                      u"before_json"_s, u"after_json"_s,  u"prev_hash"_s, u"entry_hash"_s};
        const QStringList numberColumns{u"actor_id"_s, u"entity_id"_s, u"release_id"_s};
        QRandomGenerator random(20261122);
        int missed = 0;
        for (int i = 0; i < 10000; ++i) {
            const qint64 id = 1 + random.bounded(all);
            const int kind = int(random.bounded(5));
            const auto v = tamperedWith([&] {
                switch (kind) {
                case 0:
                    exec(u"UPDATE audit_log SET %1 = COALESCE(%1, '') || 'x' WHERE id = ?"_s.arg(
                             textColumns.at(random.bounded(textColumns.size()))),
                         {id});
                    break;
                case 1:
                    exec(u"UPDATE audit_log SET %1 = COALESCE(%1, 0) + 1 WHERE id = ?"_s.arg(
                             numberColumns.at(random.bounded(numberColumns.size()))),
                         {id});
                    break;
                case 2:
                    exec(u"DELETE FROM audit_log WHERE id = ?"_s, {id});
                    break;
                case 3: {
                    const qint64 other = id == all ? id - 1 : id + 1;
                    exec(u"UPDATE audit_log SET id = -1 WHERE id = ?"_s, {id});
                    exec(u"UPDATE audit_log SET id = ? WHERE id = ?"_s, {id, other});
                    exec(u"UPDATE audit_log SET id = ? WHERE id = -1"_s, {other});
                    break;
                }
                default:
                    exec(u"DELETE FROM audit_log WHERE id >= ?"_s, {id});
                    break;
                }
            });
            missed += v.intact() ? 1 : 0;
        }
        QCOMPARE(missed, 0);
    }
};

QTEST_GUILESS_MAIN(TestAuditVerify)
#include "tst_auditverify.moc"

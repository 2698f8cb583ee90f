// Several people on one server at once: clients on their own connections edit the same few rows
// as fast as they can. Every edit is either applied or reported to its client as a conflict (no
// update is lost, none is counted twice), and the audit trail stays one intact chain.
#include "ServerEngine.h"
#include "TestSupport.h"

#include "changes/RecordChanges.h"
#include "changes/Workspace.h"
#include "demo/DemoData.h"
#include "signing/TrailVerification.h"
#include "storage/Database.h"
#include "storage/PlanStore.h"
#include "storage/ReleaseStore.h"
#include "storage/RiskStore.h"

#include <QTest>
#include <QtConcurrent>

using namespace relm;
using namespace Qt::Literals::StringLiterals;

namespace {

int setting(const char *name, int fallback) {
    const int value = qEnvironmentVariableIntValue(name);
    return value > 0 ? value : fallback;
}

/// What one client saw of its own edits.
struct ClientOutcome {
    QHash<Id, int> applied; ///< per risk, the edits that were written
    int conflicts = 0;      ///< edits refused because the row had changed since it was read
    int busy = 0;           ///< edits refused because another client held the rows (try again)
    QString failure;        ///< anything else: the test fails with it
};

/// One client: its own connection, lengthening the risks' expected delay by a minute per edit,
/// each edit made from the row as it read it just before.
ClientOutcome runClient(const ServerAddress &address, const QList<Id> &risks, int client, int edits) {
    ClientOutcome outcome;
    auto opened = Workspace::openServer(address);
    if (!opened) {
        outcome.failure = opened.errorMessage();
        return outcome;
    }
    Workspace &ws = **opened;
    static const QStringList logins = {u"alice"_s, u"bob"_s,    u"carla"_s, u"dev"_s,
                                       u"erik"_s,  u"fatima"_s, u"georg"_s, u"ivan"_s};
    if (auto r = ws.actAs(logins.at(client % logins.size())); !r) {
        outcome.failure = r.errorMessage();
        return outcome;
    }
    for (int edit = 0; edit < edits && outcome.failure.isEmpty(); ++edit) {
        const Id id = risks.at((client + edit) % risks.size());
        auto before = ws.risks().risk(id);
        if (!before) {
            outcome.failure = before.errorMessage();
            break;
        }
        Risk after = *before;
        after.expectedDelay += 1;
        EditRecord<Risk> change(*before, after);
        auto applied = ws.apply(change);
        if (applied)
            ++outcome.applied[id];
        else if (applied.error().code == ErrorCode::Conflict)
            ++outcome.conflicts;
        else if (applied.error().code == ErrorCode::Locked)
            ++outcome.busy;
        else
            outcome.failure = applied.errorMessage();
    }
    return outcome;
}

} // namespace

class TestTeamConcurrency final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }

    void overlappingEditsAreAppliedOrReportedNeverLost() {
        RELM_FRESH_SERVER_DATABASE(address, u"team"_s);
        const int clients = setting("RELM_TEAM_CLIENTS", 8);
        const int edits = setting("RELM_TEAM_EDITS", 1000);

        // Four risks of one release, linked to a task so that they may carry a delay.
        QList<Id> risks;
        qint64 auditBefore = 0;
        {
            auto admin = Workspace::openServer(address, true);
            QVERIFY2(admin, qPrintable(admin.errorMessage()));
            Workspace &ws = **admin;
            ws.actAsSetup();
            QVERIFY(DemoData::seed(ws, QDate(2026, 11, 22)));
            QVERIFY(ws.actAs(u"alice"_s));
            const Id release = ws.releases().releaseByName(u"2026.4 Autumn"_s)->id;
            const Id task = ws.plan().tasks(release)->first().id;
            for (int i = 0; i < 4; ++i) {
                Risk risk;
                risk.releaseId = release;
                risk.title = u"Shared risk %1"_s.arg(i);
                risk.ownerId = ws.actingPerson().id;
                risk.taskId = task;
                CreateRecord<Risk> create(risk);
                QVERIFY(ws.apply(create));
                risks.append(create.record().id);
            }
            auditBefore = ws.database().scalar(u"SELECT count(*) FROM audit_log"_s)->toLongLong();
        }

        QList<QFuture<ClientOutcome>> running;
        for (int client = 0; client < clients; ++client)
            running.append(QtConcurrent::run([=] { return runClient(address, risks, client, edits); }));
        QHash<Id, int> applied;
        int conflicts = 0;
        int busy = 0;
        for (QFuture<ClientOutcome> &future : running) {
            const ClientOutcome outcome = future.result();
            QVERIFY2(outcome.failure.isEmpty(), qPrintable(outcome.failure));
            for (auto it = outcome.applied.cbegin(); it != outcome.applied.cend(); ++it)
                applied[it.key()] += it.value();
            conflicts += outcome.conflicts;
            busy += outcome.busy;
        }
        int appliedTotal = 0;
        for (int count : std::as_const(applied))
            appliedTotal += count;
        qInfo("%d clients x %d edits: %d applied, %d conflicts, %d busy", clients, edits, appliedTotal, conflicts,
              busy);
        QCOMPARE(appliedTotal + conflicts + busy, clients * edits);
        QVERIFY2(conflicts > 0, "overlapping edits from several clients met no conflict: the test proves nothing");

        // Each risk's delay counts exactly the edits its clients were told were applied.
        auto check = Workspace::openServer(address);
        QVERIFY(check);
        Workspace &ws = **check;
        for (Id id : std::as_const(risks))
            QCOMPARE(ws.risks().risk(id)->expectedDelay, qint64(applied.value(id)));
        QCOMPARE(ws.database().scalar(u"SELECT count(*) FROM audit_log"_s)->toLongLong(), auditBefore + appliedTotal);
        auto trail = verifyTrail(ws);
        QVERIFY(trail);
        QVERIFY2(trail->intact(), qPrintable(trail->problem()));
    }
};

QTEST_GUILESS_MAIN(TestTeamConcurrency)
#include "tst_teamconcurrency.moc"

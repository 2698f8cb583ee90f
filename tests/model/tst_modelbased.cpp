#include "Invariants.h"
#include "OtherClient.h"
#include "RandomSession.h"
#include "Shrinker.h"
#include "TestSupport.h"

#include "changes/Workspace.h"
#include "demo/DemoData.h"
#include "storage/AuditLog.h"
#include "storage/DeploymentStore.h"
#include "undo/UndoController.h"

#include <QFile>
#include <QTest>

using namespace relm;
using namespace relm::test;
using namespace Qt::Literals::StringLiterals;

namespace {

/// Where a replayed sequence broke: the step, what it did, and what no longer held.
struct Failure {
    int step = -1;
    QString action;
    QStringList broken;
};

const QDate demoDay(2026, 11, 22);

QDateTime sessionStart() {
    return QDateTime(demoDay, QTime(9, 30), Qt::UTC);
}

QList<Id> emergencyReleases(Workspace &ws) {
    QList<Id> releases;
    if (auto deployments = ws.deployments().deployments()) {
        for (const Deployment &d : *deployments) {
            if (d.emergency)
                releases.append(d.releaseId);
        }
    }
    return releases;
}

} // namespace

/// Random sequences of what users do (edits, links, moves, drops, status moves, sign-offs,
/// waivers, deployments, rollbacks, undo and redo) from fixed seeds over the demo database; after
/// every step the invariants must hold. A failing sequence is shrunk and printed, ready to become
/// a regression test.
class TestModelBased final : public QObject {
    Q_OBJECT

private:
    TempFolder m_folder;
    QString m_template;
    int m_replays = 0;

    /// Steps after which the write door may keep a plan it was handed rather than one it read.
    static bool handsPlansOver(Op op) { return op == Op::ImportPlan || op == Op::Undo || op == Op::Redo; }

    /// Replays steps on a fresh copy of the demo database; the first step after which an invariant broke.
    std::optional<Failure> replay(const QList<Step> &steps, QStringList *log = nullptr) {
        const QString path = m_folder.path(u"replay-%1.db"_s.arg(++m_replays));
        if (!QFile::copy(m_template, path))
            return Failure{-1, u"copying the demo database"_s, {}};
        auto opened = Workspace::openFile(path, 500);
        if (!opened)
            return Failure{-1, u"opening"_s, {opened.errorMessage()}};
        std::unique_ptr<Workspace> ws = std::move(opened).value();
        auto clock = std::make_shared<SessionClock>(sessionStart());
        ws->setClock([clock] { return clock->next(); });
        UndoController undo;
        undo.setWorkspace(ws.get());
        RandomSession session(*ws, undo);
        for (int i = 0; i < steps.size(); ++i) {
            const auto statuses = releaseStatuses(*ws);
            const auto shipped = shippedContents(*ws);
            const QString action = session.run(steps.at(i));
            if (log)
                log->append(action);
            QStringList broken = brokenInvariants(*ws, clock->now());
            broken += gatesBypassed(*ws, statuses, clock->now(), emergencyReleases(*ws));
            broken += shippedContentsChanged(*ws, shipped);
            if (handsPlansOver(steps.at(i).op))
                broken += keptPlansDisagree(*ws);
            if (!broken.isEmpty())
                return Failure{i, action, broken};
        }
        undo.setWorkspace(nullptr);
        ws.reset();
        QFile::remove(path);
        return std::nullopt;
    }

private Q_SLOTS:
    void initTestCase() {
        isolateSettings();
        m_template = m_folder.path(u"demo-template.db"_s);
        auto ws = Workspace::openFile(m_template, 500);
        QVERIFY(ws);
        (*ws)->setClock(&fixedNow);
        QVERIFY(DemoData::seed(**ws, demoDay));
        // The demo itself keeps every invariant.
        const QStringList broken = brokenInvariants(**ws, fixedNow());
        QVERIFY2(broken.isEmpty(), qPrintable(broken.join(u'\n')));
    }

    void shrinkingFindsTheSmallestFailingSequence() {
        // Fails when a 3 comes somewhere after a 7.
        const std::function<bool(const QList<int> &)> fails = [](const QList<int> &s) {
            const auto seven = std::find(s.cbegin(), s.cend(), 7);
            return seven != s.cend() && std::find(seven, s.cend(), 3) != s.cend();
        };
        const QList<int> sequence{1, 7, 2, 2, 9, 4, 3, 8, 3, 5};
        QVERIFY(fails(sequence));
        QCOMPARE(shrink(sequence, fails), (QList<int>{7, 3}));
    }

    void sameSeedSameSession() {
        QCOMPARE(randomSteps(7, 50), randomSteps(7, 50));
        QVERIFY(randomSteps(7, 50) != randomSteps(8, 50));
    }

    void anotherClientsEditStopsTheSessionsUndo() {
        // The other-client step does what the random sessions rely on: it edits the record the
        // session changed last, and the session's undo then refuses rather than overwrite it.
        const QString path = m_folder.path(u"other-client.db"_s);
        QVERIFY(QFile::copy(m_template, path));
        auto ws = Workspace::openFile(path, 500);
        QVERIFY(ws);
        auto clock = std::make_shared<SessionClock>(sessionStart());
        (*ws)->setClock([clock] { return clock->next(); });
        UndoController undo;
        undo.setWorkspace(ws->get());
        RandomSession session(**ws, undo);
        std::mt19937 rng(7);
        QString renamed, edited;
        const auto editedLastTask = [&edited] {
            return edited.contains(u"(other client"_s) && !edited.contains(u"refused"_s);
        };
        for (int attempt = 0; attempt < 40 && !editedLastTask(); ++attempt) {
            renamed = session.run({Op::RenameTask, quint32(rng())});
            if (renamed.contains(u"refused"_s) || renamed.contains(u": no "_s)) // "RenameTask as bob: no task"
                continue;
            edited = editAsAnotherClient(**ws, rng);
        }
        QVERIFY2(editedLastTask(), qPrintable(edited));
        const qsizetype entries = AuditLog((*ws)->database()).entries()->size();
        const auto undone = undo.undo();
        QVERIFY(!undone);
        QVERIFY2(undone.errorMessage().contains(u"changed since"_s), qPrintable(undone.errorMessage()));
        QCOMPARE(AuditLog((*ws)->database()).entries()->size(), entries); // a refusal writes nothing
        undo.setWorkspace(nullptr);
    }

    void randomSessions_data() {
        QTest::addColumn<quint32>("seed");
        const int sessions = qEnvironmentVariableIntValue("RELM_MODEL_SESSIONS");
        for (quint32 seed = 1; seed <= quint32(sessions > 0 ? sessions : 4); ++seed)
            QTest::newRow(qPrintable(u"seed %1"_s.arg(seed))) << seed;
    }

    void randomSessions() {
        QFETCH(quint32, seed);
        const int length = qEnvironmentVariableIntValue("RELM_MODEL_STEPS");
        const QList<Step> steps = randomSteps(seed, length > 0 ? length : 500);
        QStringList log;
        const auto failure = replay(steps, &log);
        if (qEnvironmentVariableIsSet("RELM_MODEL_LOG"))
            qInfo().noquote() << log.join(u'\n');
        if (!failure)
            return;
        const QList<Step> failing = steps.mid(0, failure->step + 1);
        const QList<Step> smallest =
            shrink<Step>(failing, [this](const QList<Step> &candidate) { return replay(candidate).has_value(); });
        QStringList smallestLog;
        const auto again = replay(smallest, &smallestLog);
        QFAIL(qPrintable(u"Seed %1 broke an invariant at step %2 (%3):\n  %4\nShrunk to %5 step(s):\n  %6\nSteps:\n  "
                         "%7\nBroken after the last one:\n  %8"_s.arg(seed)
                             .arg(failure->step)
                             .arg(failure->action, failure->broken.join(u"\n  "_s))
                             .arg(smallest.size())
                             .arg(describe(smallest), smallestLog.join(u"\n  "_s),
                                  again ? again->broken.join(u"\n  "_s) : u"(passes alone)"_s)));
    }
};

QTEST_MAIN(TestModelBased)
#include "tst_modelbased.moc"

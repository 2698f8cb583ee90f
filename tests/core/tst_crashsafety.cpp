#include "ServerEngine.h"
#include "TestSupport.h"

#include "changes/RecordChanges.h"
#include "changes/Workspace.h"
#include "signing/TrailVerification.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <map>

using namespace relm;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int rounds = 200;
constexpr quint32 seed = 20261122;
const QString writer = QStringLiteral(RELM_CRASHWRITER);
const QString login = u"crash"_s;

/// What the writer acknowledged: its step numbers and, for each, the names it committed.
struct Acknowledged {
    std::map<int, QStringList> steps;
    int last() const { return steps.empty() ? -1 : steps.rbegin()->first; }
};

Acknowledged parse(const QByteArray &output) {
    Acknowledged acked;
    // A line cut off by the kill has no newline: its change may be committed, but was not acknowledged.
    const qsizetype end = output.lastIndexOf('\n');
    for (const QByteArray &line : output.left(end + 1).split('\n')) {
        const QList<QByteArray> words = line.trimmed().split(' ');
        if (words.size() < 2)
            continue;
        QStringList names;
        for (qsizetype i = 1; i < words.size(); ++i)
            names.append(QString::fromUtf8(words.at(i)));
        acked.steps[words.first().toInt()] = names;
    }
    return acked;
}

/// The step a stored name belongs to ("r7-12b" with prefix "r7-" is step 12).
int stepOf(const QString &name, const QString &prefix) {
    QString rest = name.mid(prefix.size());
    if (rest.endsWith(u'a') || rest.endsWith(u'b') || rest.endsWith(u'c'))
        rest.chop(1);
    return rest.toInt();
}

} // namespace

/// Kills a writer with SIGKILL at random moments, hundreds of times, and checks after each kill
/// that the database holds every acknowledged change, whole changes only, verifies, and is intact.
class TestCrashSafety final : public QObject {
    Q_OBJECT

private:
    test::TempFolder m_folder;
    QString m_path;
    qint64 m_records = 0; ///< environments in the database after the last round checked
    qint64 m_entries = 0; ///< audit entries likewise

    qint64 count(Workspace &ws, const QString &table) {
        return ws.database().scalar(u"SELECT count(*) FROM "_s + table)->toLongLong();
    }

    /// The database the writer gets: the file, or (in the server run) its database on the server,
    /// where the writer is a client killed in the middle of its transactions.
    QString target() const { return test::onServer() ? test::serverDatabaseFor(m_path).toUrl() : m_path; }
    Result<std::unique_ptr<Workspace>> open() const {
        return test::onServer() ? Workspace::openServer(test::serverDatabaseFor(m_path), true)
                                : Workspace::openFile(m_path);
    }

    /// Reopens the database as Relm does after a crash and checks it against what was acknowledged.
    void check(int round, const QString &prefix, const Acknowledged &acked, int *unacknowledgedCommits) {
        auto opened = open();
        QVERIFY2(opened, qPrintable(u"round %1: %2"_s.arg(round).arg(opened.errorMessage())));
        Workspace &ws = **opened;
        if (!ws.database().isServer())
            QCOMPARE(ws.database().scalar(u"PRAGMA integrity_check"_s)->toString(), u"ok"_s);

        std::map<int, QStringList> stored;
        auto q = ws.database().exec(u"SELECT name FROM environments WHERE name LIKE ? ORDER BY id"_s,
                                    {QVariant(prefix + u'%')});
        QVERIFY(q);
        while ((*q)->next()) {
            const QString name = (*q)->value(0).toString();
            stored[stepOf(name, prefix)].append(name);
        }
        (*q)->finish();

        for (const auto &[step, names] : acked.steps)
            QVERIFY2(stored.count(step) && stored.at(step) == names,
                     qPrintable(u"round %1: acknowledged step %2 (%3) is missing"_s.arg(round).arg(step).arg(
                         names.join(u' '))));
        // Changes commit in order and whole: steps 0..k, each with all its records, and at most
        // one committed change whose acknowledgement the kill cut off.
        int expected = 0;
        for (const auto &[step, names] : stored) {
            QVERIFY2(step == expected,
                     qPrintable(u"round %1: step %2 stored without step %3"_s.arg(round).arg(step).arg(expected)));
            QCOMPARE(names.size(), step % 3 == 2 ? 3 : 1);
            ++expected;
        }
        QVERIFY2(
            expected - 1 <= acked.last() + 1,
            qPrintable(u"round %1: %2 steps stored, %3 acknowledged"_s.arg(round).arg(expected).arg(acked.last() + 1)));
        *unacknowledgedCommits += expected - 1 > acked.last() ? 1 : 0;

        // Each record came with its audit entry, in the same transaction, and the trail verifies.
        const qint64 records = count(ws, u"environments"_s);
        const qint64 entries = count(ws, u"audit_log"_s);
        QCOMPARE(entries - m_entries, records - m_records);
        m_records = records;
        m_entries = entries;
        auto trail = verifyTrail(ws);
        QVERIFY(trail);
        QVERIFY2(trail->intact(), qPrintable(u"round %1: %2"_s.arg(round).arg(trail->problem())));
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(QFileInfo::exists(writer), qPrintable(writer));
        m_path = m_folder.path(u"crash.db"_s);
        auto ws = open();
        QVERIFY(ws);
        (*ws)->actAsSetup();
        CreateRecord<Person> person(Person{0, login, u"Crash Test"_s, {}, {Role::ReleaseManager}});
        QVERIFY((*ws)->apply(person));
        m_records = count(**ws, u"environments"_s);
        m_entries = count(**ws, u"audit_log"_s);
    }

    void acknowledgedWritesSurviveSigkill() {
        QRandomGenerator random(seed);
        QElapsedTimer timer;
        timer.start();
        int acknowledged = 0;
        int roundsWithWrites = 0;
        int unacknowledgedCommits = 0;
        qint64 checking = 0;
        for (int round = 0; round < rounds; ++round) {
            const QString prefix = u"r%1-"_s.arg(round);
            QProcess child;
            child.start(writer, {target(), prefix, login});
            QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
            // A quarter of the kills land while the writer starts and opens the database; the rest
            // among its commits and checkpoints, counted from its first acknowledged commit.
            if (random.bounded(4) == 0) {
                QThread::msleep(random.bounded(100));
            } else {
                QVERIFY2(child.waitForReadyRead(10000),
                         qPrintable(u"round %1: the writer never committed: %2"_s.arg(round).arg(
                             QString::fromUtf8(child.readAllStandardError()))));
                QThread::msleep(random.bounded(100));
            }
            QVERIFY2(child.state() == QProcess::Running,
                     qPrintable(u"round %1: the writer stopped by itself: %2"_s.arg(round).arg(
                         QString::fromUtf8(child.readAllStandardError()))));
            child.kill(); // SIGKILL: no destructor, no close, no checkpoint
            QVERIFY(child.waitForFinished(10000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);

            const Acknowledged acked = parse(child.readAllStandardOutput());
            const qint64 killedAt = timer.elapsed();
            check(round, prefix, acked, &unacknowledgedCommits);
            checking += timer.elapsed() - killedAt;
            if (QTest::currentTestFailed())
                return;
            acknowledged += int(acked.steps.size());
            roundsWithWrites += acked.steps.empty() ? 0 : 1;
        }
        qInfo("%d rounds (seed %u) in %lld ms (%lld ms reopening and checking): %d acknowledged changes all found, "
              "%d rounds killed among writes, %d commits whose acknowledgement the kill cut off",
              rounds, seed, timer.elapsed(), checking, acknowledged, roundsWithWrites, unacknowledgedCommits);
        QVERIFY(roundsWithWrites > rounds / 2);       // most kills landed among writes,
        QVERIFY(roundsWithWrites < rounds);           // some before the first one,
        QVERIFY(acknowledged > 2 * roundsWithWrites); // and after several commits, not only the first
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"

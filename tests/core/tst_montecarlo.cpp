#include "schedule/MonteCarlo.h"
#include "schedule/Scheduler.h"

#include <QTest>

using namespace relm;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 day = 480;

ScheduleInput project() {
    // Two parallel paths into a release: Build (2-3-6d) -> Test (1-2-5d), and Docs (3-4-5d).
    ScheduleInput input;
    input.projectStart = QDateTime(QDate(2026, 1, 5), QTime(8, 0));
    auto task = [](const QString &name, qint64 low, qint64 mode, qint64 high) {
        ScheduleTask t;
        t.id = name;
        t.name = name;
        t.optimistic = low * day;
        t.duration = mode * day;
        t.pessimistic = high * day;
        return t;
    };
    input.tasks = {task(u"Build"_s, 2, 3, 6), task(u"Test"_s, 1, 2, 5), task(u"Docs"_s, 3, 4, 5),
                   task(u"Release"_s, 0, 0, 0)};
    input.links = {{0, 1}, {1, 3}, {2, 3}};
    return input;
}

} // namespace

class TestMonteCarlo final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sameSeedSameResultWhateverTheThreads() {
        const auto one = MonteCarlo::run(project(), {500, 7, {}, 1});
        const auto two = MonteCarlo::run(project(), {500, 7, {}, 2});
        QVERIFY(one && two);
        QCOMPARE(one->finishes, two->finishes);
        QCOMPARE(one->criticality, two->criticality);
        const auto other = MonteCarlo::run(project(), {500, 8, {}, 2});
        QVERIFY(other->finishes != one->finishes);
    }

    void percentilesAreOrderedAndBounded() {
        const auto result = MonteCarlo::run(project(), {2000, 1, {}, 2});
        QVERIFY(result);
        QCOMPARE(result->iterations, 2000);
        QVERIFY(result->percentile(50) <= result->percentile(80));
        QVERIFY(result->percentile(80) <= result->percentile(95));
        QVERIFY(result->finishes.front() >= 3 * day); // Docs alone takes at least 3 days; Build+Test at least 3
        QVERIFY(result->finishes.back() <= 11 * day);
        // The likely path (Build+Test: 5d) beats Docs (4d) most of the time.
        QVERIFY(result->criticality[0] > 0.6);
        QVERIFY(result->criticality[2] < 0.4);
        QCOMPARE(result->criticality[3], 1.0); // the release milestone is always critical
    }

    void noSpreadGivesTheCpmFinish() {
        ScheduleInput input = project();
        for (ScheduleTask &t : input.tasks) {
            t.optimistic = t.duration;
            t.pessimistic = t.duration;
        }
        const auto simulated = MonteCarlo::run(input, {50, 3, {}, 2});
        const auto cpm = Scheduler::compute(input);
        QCOMPARE(simulated->percentile(50), cpm->finish);
        QCOMPARE(simulated->percentile(95), cpm->finish);
        QCOMPARE(simulated->percentileDate(80), cpm->finishDate());
    }

    void noSpreadGivesTheCpmCriticalTasksForEveryConstraint() {
        // The simulation's passes must place and flag tasks as the scheduler does, whatever the
        // constraint: a chain of all eight kinds (the as-late-as-possible one on a side branch) beside
        // a long task.
        ScheduleInput input;
        input.projectStart = QDateTime(QDate(2026, 1, 5), QTime(8, 0));
        const QDateTime dates[] = {{},
                                   {QDate(2026, 1, 8), QTime(8, 0)},
                                   {QDate(2026, 1, 20), QTime(17, 0)},
                                   {QDate(2026, 1, 9), QTime(8, 0)},
                                   {},
                                   {QDate(2026, 1, 14), QTime(8, 0)},
                                   {QDate(2026, 1, 19), QTime(17, 0)},
                                   {QDate(2026, 1, 23), QTime(17, 0)}};
        for (int kind = 0; kind < 8; ++kind) {
            ScheduleTask t;
            t.id = t.name = u"T%1"_s.arg(kind);
            t.duration = day;
            t.constraint = ConstraintType(kind);
            t.constraintDate = dates[kind];
            input.tasks.push_back(t);
            if (kind > 0 && kind != 5)
                input.links.push_back({kind - 1, kind});
        }
        input.links.push_back({3, 5}); // the as-late-as-possible task ends the chain's side branch
        ScheduleTask longTask;
        longTask.id = longTask.name = u"Long"_s;
        longTask.duration = 20 * day;
        input.tasks.push_back(longTask);
        const auto cpm = Scheduler::compute(input);
        const auto simulated = MonteCarlo::run(input, {20, 3, {}, 1});
        QVERIFY(cpm && simulated);
        QCOMPARE(simulated->percentile(50), cpm->finish);
        bool someCritical = false;
        bool someNot = false;
        for (size_t i = 0; i < input.tasks.size(); ++i) {
            QCOMPARE(simulated->criticality[i], cpm->times[i].critical ? 1.0 : 0.0);
            (cpm->times[i].critical ? someCritical : someNot) = true;
        }
        QVERIFY(someCritical && someNot);
    }

    void riskEventsDelayTheirTask() {
        ScheduleInput input = project();
        for (ScheduleTask &t : input.tasks) {
            t.optimistic = t.duration;
            t.pessimistic = t.duration;
        }
        const qint64 plain = Scheduler::compute(input)->finish;
        input.riskEvents = {{0, 1.0, 2 * day}}; // Build always slips two days
        const auto certain = MonteCarlo::run(input, {200, 3, {}, 2});
        QCOMPARE(certain->percentile(5), plain + 2 * day);
        QCOMPARE(certain->percentile(95), plain + 2 * day);

        input.riskEvents = {{0, 0.5, 2 * day}};
        const auto even = MonteCarlo::run(input, {4000, 3, {}, 2});
        const auto late = std::count(even->finishes.cbegin(), even->finishes.cend(), plain + 2 * day);
        QVERIFY2(late > 1700 && late < 2300, qPrintable(QString::number(late)));

        input.tasks[0].percentComplete = 100; // a finished task cannot slip any more
        const auto finished = MonteCarlo::run(input, {200, 3, {}, 2});
        QCOMPARE(finished->percentile(95), plain);
    }

    void probabilityOfMeetingTheTarget_data() {
        QTest::addColumn<QDateTime>("target");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        QTest::newRow("impossible") << QDateTime(QDate(2026, 1, 6), QTime(17, 0)) << 0.0 << 0.0;
        QTest::newRow("certain") << QDateTime(QDate(2026, 2, 27), QTime(17, 0)) << 1.0 << 1.0;
        QTest::newRow("likely") << QDateTime(QDate(2026, 1, 13), QTime(17, 0)) << 0.5 << 0.99;
    }

    void probabilityOfMeetingTheTarget() {
        QFETCH(QDateTime, target);
        QFETCH(double, low);
        QFETCH(double, high);
        const auto result = MonteCarlo::run(project(), {2000, 11, target, 2});
        QVERIFY2(result->probabilityOnTarget >= low && result->probabilityOnTarget <= high,
                 qPrintable(QString::number(result->probabilityOnTarget)));
    }

    void progressAndCancel() {
        std::atomic<bool> cancel{false};
        int lastProgress = 0;
        const auto result = MonteCarlo::run(
            project(), {100000, 1, {}, 2},
            [&](int done) {
                lastProgress = done;
                if (done >= 1000)
                    cancel = true;
            },
            &cancel);
        QVERIFY(result);
        QVERIFY(result->cancelled);
        QVERIFY(result->iterations < 100000);
        QVERIFY(lastProgress >= 1000);
    }

    void badInputIsRefused() {
        QVERIFY(!MonteCarlo::run(project(), {0, 1, {}, 2}));
        ScheduleInput cyclic = project();
        cyclic.links.push_back({3, 0});
        const auto result = MonteCarlo::run(cyclic, {10, 1, {}, 2});
        QVERIFY(!result);
        QVERIFY(result.errorMessage().contains(u"cycle"_s));
    }
};

QTEST_GUILESS_MAIN(TestMonteCarlo)
#include "tst_montecarlo.moc"

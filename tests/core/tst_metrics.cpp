#include "TestSupport.h"

#include "metrics/AxisScale.h"
#include "metrics/DeliveryMetrics.h"
#include "metrics/MetricSource.h"

#include <QTest>

using namespace relm;
using namespace Qt::Literals::StringLiterals;

namespace {

QDateTime at(int month, int day, int hour = 12) {
    return QDateTime(QDate(2026, month, day), QTime(hour, 0), Qt::UTC);
}

} // namespace

/// The delivery metrics on histories small enough to work out by hand.
class TestMetrics final : public QObject {
    Q_OBJECT

private:
    MetricInput history() {
        MetricInput in;
        // March, Billing: release 1 deployed on the 10th. Release 2 fails on the 20th, is fixed
        // 6 hours later. April, Care: release 3 deployed on the 5th.
        in.deployments = {{1, u"Billing"_s, at(3, 10), false},
                          {2, u"Billing"_s, at(3, 20, 10), true},
                          {2, u"Billing"_s, at(3, 20, 16), false},
                          {3, u"Care"_s, at(4, 5), false}};
        in.changes = {{1, at(3, 1)}, {1, at(3, 7)}, {2, at(3, 10, 16)}, {3, at(3, 26)}};
        in.releases = {{1, u"R1"_s, u"Billing"_s, QDate(2026, 3, 12), at(3, 10), 6, 2.0},
                       {2, u"R2"_s, u"Billing"_s, QDate(2026, 3, 17), at(3, 20, 16), 0, std::nullopt},
                       {3, u"R3"_s, u"Care"_s, QDate(2026, 4, 5), at(4, 5), 12, 30.0}};
        return in;
    }

private Q_SLOTS:
    void axesStepRoundly_data() {
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        QTest::addColumn<bool>("counts");
        QTest::addColumn<double>("ceiling");
        QTest::addColumn<double>("min");
        QTest::addColumn<double>("max");
        QTest::addColumn<double>("step");
        QTest::addColumn<QString>("format");
        // Small hours once read "0 0 0 0 0 0"; they now get decimals.
        QTest::newRow("fractions") << 0.0 << 0.42 << false << 0.0 << 0.0 << 0.5 << 0.1 << u"%.1f"_s;
        // A rate of 100 % once ran the axis to 150 %.
        QTest::newRow("percent") << 0.0 << 100.0 << false << 100.0 << 0.0 << 100.0 << 20.0 << u"%.0f"_s;
        QTest::newRow("percent below") << 0.0 << 38.0 << false << 100.0 << 0.0 << 40.0 << 10.0 << u"%.0f"_s;
        // Slip either side of zero once read 5, 4, 2, 1, -1, -2.
        QTest::newRow("slip") << -2.3 << 5.0 << false << 0.0 << -4.0 << 6.0 << 2.0 << u"%.0f"_s;
        // Counts never step by halves.
        QTest::newRow("few counts") << 0.0 << 2.0 << true << 0.0 << 0.0 << 3.0 << 1.0 << u"%.0f"_s;
        QTest::newRow("no values") << 0.0 << 0.0 << true << 0.0 << 0.0 << 1.0 << 1.0 << u"%.0f"_s;
        QTest::newRow("many counts") << 0.0 << 37.0 << true << 0.0 << 0.0 << 40.0 << 10.0 << u"%.0f"_s;
    }

    void axesStepRoundly() {
        QFETCH(double, low);
        QFETCH(double, high);
        QFETCH(bool, counts);
        QFETCH(double, ceiling);
        AxisScale::Options options;
        options.wholeNumbers = counts;
        options.ceiling = ceiling;
        const AxisScale scale = AxisScale::forValues(low, high, options);
        QTEST(scale.min, "min");
        QTEST(scale.max, "max");
        QTEST(scale.step, "step");
        QTEST(scale.labelFormat, "format");
        QCOMPARE(scale.tickCount, int(std::lround((scale.max - scale.min) / scale.step)) + 1);
        QVERIFY(scale.tickCount <= 7);
        QVERIFY(scale.min <= low && scale.max >= std::min(high, ceiling > 0 ? ceiling : high));
    }

    void initTestCase() { test::isolateSettings(); }

    void fourMetricsPerMonth() {
        const DeliveryMetrics m = DeliveryMetrics::compute(history(), QDate(2026, 3, 1), QDate(2026, 4, 30));
        QCOMPARE(m.months.size(), 2);
        const MonthFigures &march = m.months.at(0);
        QCOMPARE(march.month, QDate(2026, 3, 1));
        QCOMPARE(march.deployments, 3); // deployment frequency
        QCOMPARE(march.failures, 1);
        QCOMPARE(march.changeFailureRate, 1.0 / 3.0); // change failure rate
        QVERIFY(march.timeToRestoreHours);
        QCOMPARE(*march.timeToRestoreHours, 6.0); // failure at 10:00, fixed at 16:00
        // Lead times in March: 9 days, 3 days (release 1), 10 days (release 2): median 9.
        QVERIFY(march.leadTimeDays);
        QCOMPARE(*march.leadTimeDays, 9.0);
        QCOMPARE(march.releasesDue, 2);
        QCOMPARE(march.releasesOnTime, 1);     // R1 two days early, R2 three days late
        QCOMPARE(*march.averageSlipDays, 0.5); // (-2 + 3) / 2
        const MonthFigures &april = m.months.at(1);
        QCOMPARE(april.deployments, 1);
        QCOMPARE(april.changeFailureRate, 0.0);
        QVERIFY(!april.timeToRestoreHours);
        QCOMPARE(*april.leadTimeDays, 10.0);
        QCOMPARE(april.releasesOnTime, 1);
    }

    void serviceFilterAndPeriod() {
        const DeliveryMetrics care =
            DeliveryMetrics::compute(history(), QDate(2026, 3, 1), QDate(2026, 4, 30), u"Care"_s);
        QCOMPARE(care.months.at(0).deployments, 0);
        QCOMPARE(care.months.at(1).deployments, 1);
        QCOMPARE(care.releases.size(), 1);
        const DeliveryMetrics april = DeliveryMetrics::compute(history(), QDate(2026, 4, 1), QDate(2026, 4, 30));
        QCOMPARE(april.months.size(), 1);
        QCOMPARE(april.months.first().deployments, 1);
        const QString csv = april.toCsv();
        QVERIFY(csv.startsWith(u"month,deployments,failures"_s));
        QVERIFY(csv.contains(u"2026-04,1,0,0.0000,10.00,,1,1,0.00"_s));
    }

    void failureNotYetRestoredHasNoRestoreTime() {
        MetricInput in;
        in.deployments = {{1, u"S"_s, at(5, 1), true}};
        const DeliveryMetrics m = DeliveryMetrics::compute(in, QDate(2026, 5, 1), QDate(2026, 5, 31));
        QCOMPARE(m.months.first().failures, 1);
        QCOMPARE(m.months.first().changeFailureRate, 1.0);
        QVERIFY(!m.months.first().timeToRestoreHours);
    }

    void demoHasAYearOfHistory() {
        test::TempFolder folder;
        auto ws = test::openWorkspace(folder.path(u"metrics.db"_s));
        QVERIFY(ws);
        auto input = loadMetricInput(*ws);
        QVERIFY(input);
        const QDate today(2026, 11, 22);
        const DeliveryMetrics m = DeliveryMetrics::compute(*input, today.addYears(-1), today);
        int deployments = 0;
        int failures = 0;
        int monthsWithDeployments = 0;
        for (const MonthFigures &f : m.months) {
            deployments += f.deployments;
            failures += f.failures;
            monthsWithDeployments += f.deployments > 0 ? 1 : 0;
        }
        QVERIFY(monthsWithDeployments >= 12);
        QVERIFY(deployments >= 36);
        QVERIFY(failures >= 5);
    }
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"

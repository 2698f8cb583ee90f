#include "CliRunner.h"
#include "TestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace relm;
using namespace Qt::Literals::StringLiterals;

/// relm-cli on plans at the edges of what Relm schedules: it answers, and never runs away.
class TestScheduleLimitsCli final : public QObject {
    Q_OBJECT

private:
    test::TempFolder m_folder;
    std::unique_ptr<test::CliRunner> m_cli;

    test::CliRunner::Run cli(const QStringList &arguments) { return (*m_cli)(arguments); }

private Q_SLOTS:
    void initTestCase() {
        if (!test::CliRunner::available())
            QSKIP("RELM_CLI is not set; run through ctest");
        m_cli = std::make_unique<test::CliRunner>(m_folder.path(u"plan.db"_s), m_folder.path(u"xdg"_s));
        QCOMPARE(cli({u"init"_s, u"--demo"_s}).exitCode, 0);
    }

    void milestoneAtTheStartSchedules() {
        // Used to grow memory without bound and abort with std::bad_alloc.
        QCOMPARE(
            cli({u"release"_s, u"create"_s, u"MS"_s, u"--type"_s, u"minor"_s, u"--start"_s, u"2026-01-05"_s}).exitCode,
            0);
        QCOMPARE(cli({u"task"_s, u"add"_s, u"MS"_s, u"Kickoff"_s, u"--milestone"_s}).exitCode, 0);
        const auto run = cli({u"schedule"_s, u"MS"_s, u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject kickoff = run.json().object()[u"tasks"_s].toArray().first().toObject();
        QCOMPARE(kickoff[u"name"_s].toString(), u"Kickoff"_s);
        QCOMPARE(kickoff[u"early_start"_s].toString(), u"2026-01-05T08:00:00"_s);
        QCOMPARE(run.json().object()[u"finish"_s].toString(), u"2026-01-05T08:00:00"_s);
    }

    void hugeDurationIsRefusedNamingTheTask() {
        // Refused at the write door, before it can reach the scheduler; ten years still plan.
        QCOMPARE(cli({u"release"_s, u"create"_s, u"HUGE"_s, u"--type"_s, u"minor"_s}).exitCode, 0);
        const auto huge = cli({u"task"_s, u"add"_s, u"HUGE"_s, u"Build"_s, u"--duration"_s, u"99999999w"_s});
        QCOMPARE(huge.exitCode, 3);
        QVERIFY2(huge.err.contains(u"\u201CBuild\u201D lasts longer than Relm plans"_s), qPrintable(huge.err));
        QCOMPARE(cli({u"task"_s, u"add"_s, u"HUGE"_s, u"Build"_s, u"--duration"_s, u"521w"_s}).exitCode, 3);
        QCOMPARE(cli({u"task"_s, u"add"_s, u"HUGE"_s, u"Build"_s, u"--duration"_s, u"520w"_s}).exitCode, 0);
        const auto run = cli({u"schedule"_s, u"HUGE"_s, u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QDate start = QDate::fromString(
            run.json().object()[u"tasks"_s].toArray().first()[u"early_start"_s].toString().left(10), Qt::ISODate);
        const QDate finish = QDate::fromString(run.json().object()[u"finish"_s].toString().left(10), Qt::ISODate);
        QVERIFY2(start.isValid() && finish.isValid(), qPrintable(run.out));
        QVERIFY(start.daysTo(finish) > 9 * 365 && start.daysTo(finish) < 11 * 365);
    }

    void projectLibreFileImportsAndSchedules() {
        const QString source = qEnvironmentVariable("RELM_SOURCE_DIR", QDir::currentPath());
        const QString path = source + u"/../shared/conformance/mspdi/projectlibre-new-product.xml"_s;
        if (!QFile::exists(path))
            QSKIP("The conformance corpus (../shared/conformance) is not beside the checkout.");
        QCOMPARE(
            cli({u"release"_s, u"create"_s, u"NP"_s, u"--type"_s, u"minor"_s, u"--start"_s, u"2026-01-05"_s}).exitCode,
            0);
        // Moved to the release's start on request (the file's own start is 2001-01-01).
        const auto imported = cli({u"import"_s, u"NP"_s, path, u"--move-to-release-start"_s});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const auto run = cli({u"schedule"_s, u"NP"_s, u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonArray tasks = run.json().object()[u"tasks"_s].toArray();
        QCOMPARE(tasks.size(), 42);
        QCOMPARE(tasks.first()[u"early_start"_s].toString(), u"2026-01-05T08:00:00"_s); // "Begin project"
    }
};

QTEST_GUILESS_MAIN(TestScheduleLimitsCli)
#include "tst_schedulelimitscli.moc"

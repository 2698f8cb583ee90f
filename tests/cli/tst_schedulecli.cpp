#include "CliRunner.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace relm;
using namespace Qt::Literals::StringLiterals;

/// The schedule from relm-cli: the numbers the GUI shows, for scripts.
class TestScheduleCli final : public QObject {
    Q_OBJECT

private:
    test::TempFolder m_folder;
    std::unique_ptr<test::CliRunner> m_cli;

    test::CliRunner::Run cli(const QStringList &arguments) { return (*m_cli)(arguments); }

    QJsonObject taskNamed(const QJsonObject &schedule, const QString &name) {
        for (const QJsonValue &t : schedule[u"tasks"_s].toArray()) {
            if (t[u"name"_s].toString() == name)
                return t.toObject();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase() {
        if (!test::CliRunner::available())
            QSKIP("RELM_CLI is not set; run through ctest");
        m_cli = std::make_unique<test::CliRunner>(m_folder.path(u"plan.db"_s), m_folder.path(u"xdg"_s));
        QCOMPARE(cli({u"init"_s}).exitCode, 0);
        QCOMPARE(
            cli({u"release"_s, u"create"_s, u"R1"_s, u"--type"_s, u"minor"_s, u"--start"_s, u"2026-01-05"_s}).exitCode,
            0);
    }

    void buildAScheduleFromAScript() {
        QCOMPARE(cli({u"task"_s, u"add"_s, u"R1"_s, u"Build"_s, u"--duration"_s, u"2d"_s}).exitCode, 0);
        QCOMPARE(
            cli({u"task"_s, u"add"_s, u"R1"_s, u"Test"_s, u"--duration"_s, u"3d"_s, u"--after"_s, u"Build"_s}).exitCode,
            0);
        QCOMPARE(cli({u"task"_s, u"add"_s, u"R1"_s, u"Docs"_s, u"--duration"_s, u"1d"_s}).exitCode, 0);
        QCOMPARE(cli({u"task"_s, u"add"_s, u"R1"_s, u"Go live"_s, u"--milestone"_s, u"--after"_s, u"Test"_s,
                      u"--after"_s, u"Docs"_s})
                     .exitCode,
                 0);
        const auto run = cli({u"schedule"_s, u"R1"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject schedule = run.json().object();
        QCOMPARE(schedule[u"release"_s].toString(), u"R1"_s);
        QCOMPARE(schedule[u"finish"_s].toString(), u"2026-01-09T17:00:00"_s);
        const QJsonObject test = taskNamed(schedule, u"Test"_s);
        QCOMPARE(test[u"early_start"_s].toString(), u"2026-01-07T08:00:00"_s);
        QCOMPARE(test[u"critical"_s].toBool(), true);
        QVERIFY(test[u"source_uid"_s].isNull());
        const QJsonObject docs = taskNamed(schedule, u"Docs"_s);
        QCOMPARE(docs[u"total_float_minutes"_s].toInt(), 4 * 480);
        QCOMPARE(docs[u"free_float_minutes"_s].toInt(), 4 * 480);
        QCOMPARE(docs[u"critical"_s].toBool(), false);
        QCOMPARE(taskNamed(schedule, u"Go live"_s)[u"milestone"_s].toBool(), true);
    }

    void everyDateConstraintFromTheCommandLine_data() {
        QTest::addColumn<QStringList>("option");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("start");
        // Each in its own release, beside a task that runs until Friday 9 January.
        QTest::newRow("alap") << QStringList{u"--alap"_s} << u"alap"_s << QString() << u"2026-01-09T08:00:00"_s;
        QTest::newRow("snlt") << QStringList{u"--snlt"_s, u"2026-01-07"_s} << u"snlt"_s << u"2026-01-07T08:00:00"_s
                              << u"2026-01-05T08:00:00"_s;
        QTest::newRow("fnet") << QStringList{u"--fnet"_s, u"2026-01-07"_s} << u"fnet"_s << u"2026-01-07T17:00:00"_s
                              << u"2026-01-07T08:00:00"_s;
        QTest::newRow("mfo") << QStringList{u"--mfo"_s, u"2026-01-08T12:00"_s} << u"mfo"_s << u"2026-01-08T12:00:00"_s
                             << u"2026-01-07T13:00:00"_s;
    }

    void everyDateConstraintFromTheCommandLine() {
        QFETCH(QStringList, option);
        QFETCH(QString, key);
        QFETCH(QString, date);
        QFETCH(QString, start);
        const QString release = u"C-"_s + key;
        QCOMPARE(
            cli({u"release"_s, u"create"_s, release, u"--type"_s, u"minor"_s, u"--start"_s, u"2026-01-05"_s}).exitCode,
            0);
        QCOMPARE(cli({u"task"_s, u"add"_s, release, u"Span"_s, u"--duration"_s, u"5d"_s}).exitCode, 0);
        QCOMPARE(cli(QStringList{u"task"_s, u"add"_s, release, u"Check"_s, u"--duration"_s, u"1d"_s} + option).exitCode,
                 0);
        const QJsonObject task = taskNamed(cli({u"schedule"_s, release, u"--json"_s}).json().object(), u"Check"_s);
        QCOMPARE(task[u"constraint"_s].toString(), key);
        QCOMPARE(task[u"constraint_date"_s].toString(), date);
        QCOMPARE(task[u"early_start"_s].toString(), start);
        // The text table names it too, with its date: "SNET 2026-01-07 08:00".
        const QString text = cli({u"schedule"_s, release}).out;
        const QString expected = QString(key.toUpper() + u' ' + date.left(16).replace(u'T', u' ')).trimmed();
        QVERIFY2(text.contains(expected), qPrintable(text));
    }

    void twoDateConstraintsAreRefused() {
        const auto run = cli({u"task"_s, u"add"_s, u"R1"_s, u"Twice"_s, u"--snet"_s, u"2026-01-07"_s, u"--alap"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"--alap"_s), qPrintable(run.err));
        QVERIFY(!cli({u"schedule"_s, u"R1"_s}).out.contains(u"Twice"_s));
        // A date after --alap (which takes none) is a stray word, not silently dropped.
        const auto stray = cli({u"task"_s, u"add"_s, u"R1"_s, u"Stray"_s, u"--alap"_s, u"2026-01-07"_s});
        QCOMPARE(stray.exitCode, 2);
        QVERIFY2(stray.err.contains(u"2026-01-07"_s), qPrintable(stray.err));
        QVERIFY(!cli({u"schedule"_s, u"R1"_s}).out.contains(u"Stray"_s));
        // The same constraint twice is as unclear as two kinds.
        const auto again =
            cli({u"task"_s, u"add"_s, u"R1"_s, u"Again"_s, u"--snet"_s, u"2026-01-07"_s, u"--snet"_s, u"2026-01-08"_s});
        QCOMPARE(again.exitCode, 2);
        QVERIFY2(again.err.contains(u"--snet is given more than once"_s), qPrintable(again.err));
        QVERIFY(!cli({u"schedule"_s, u"R1"_s}).out.contains(u"Again"_s));
    }

    void linksWithLagAndCycles() {
        QCOMPARE(cli({u"link"_s, u"add"_s, u"R1"_s, u"Build"_s, u"Docs"_s, u"--type"_s, u"SS"_s, u"--lag"_s, u"50%"_s})
                     .exitCode,
                 0);
        const QJsonObject docs = taskNamed(cli({u"schedule"_s, u"R1"_s, u"--json"_s}).json().object(), u"Docs"_s);
        QCOMPARE(docs[u"early_start"_s].toString(), u"2026-01-06T08:00:00"_s);
        const auto cycle = cli({u"link"_s, u"add"_s, u"R1"_s, u"Go live"_s, u"Build"_s});
        QCOMPARE(cycle.exitCode, 3);
        QVERIFY2(cycle.err.contains(u"cycle"_s) && cycle.err.contains(u"Go live"_s), qPrintable(cycle.err));
        QCOMPARE(cli({u"schedule"_s, u"R1"_s}).exitCode, 0); // the refused link was not kept
        QCOMPARE(cli({u"link"_s, u"add"_s, u"R1"_s, u"Build"_s, u"Test"_s, u"--type"_s, u"XX"_s}).exitCode, 2);
        QCOMPARE(cli({u"link"_s, u"add"_s, u"R1"_s, u"Build"_s, u"Test"_s, u"--lag"_s, u"soon"_s}).exitCode, 2);
        // A link is taken away again by naming its ends; one that is not there is not found.
        const auto removed = cli({u"link"_s, u"remove"_s, u"R1"_s, u"Build"_s, u"Docs"_s});
        QCOMPARE(removed.exitCode, 0);
        QVERIFY2(removed.out.contains(u"Removed the link"_s), qPrintable(removed.out));
        const QJsonObject free = taskNamed(cli({u"schedule"_s, u"R1"_s, u"--json"_s}).json().object(), u"Docs"_s);
        QVERIFY(free[u"early_start"_s].toString() < docs[u"early_start"_s].toString());
        const auto missing = cli({u"link"_s, u"remove"_s, u"R1"_s, u"Build"_s, u"Docs"_s});
        QCOMPARE(missing.exitCode, 3);
        QVERIFY2(missing.err.contains(u"no link to remove"_s), qPrintable(missing.err));
        QCOMPARE(cli({u"link"_s, u"remove"_s, u"R1"_s, u"Build"_s}).exitCode, 2);
    }

    void freezeWindowPushesADeployment() {
        QCOMPARE(cli({u"task"_s, u"add"_s, u"R1"_s, u"Deploy"_s, u"--duration"_s, u"1d"_s, u"--after"_s, u"Go live"_s,
                      u"--deployment"_s, u"--env"_s, u"Production"_s})
                     .exitCode,
                 3); // this database has no environments yet
        QCOMPARE(cli({u"task"_s, u"add"_s, u"R1"_s, u"Deploy"_s, u"--duration"_s, u"1d"_s, u"--after"_s, u"Go live"_s,
                      u"--deployment"_s})
                     .exitCode,
                 0);
        QCOMPARE(
            cli({u"freeze"_s, u"add"_s, u"Mid-January"_s, u"--from"_s, u"2026-01-12"_s, u"--to"_s, u"2026-01-14"_s})
                .exitCode,
            0);
        const QJsonObject schedule = cli({u"schedule"_s, u"R1"_s, u"--json"_s}).json().object();
        QCOMPARE(taskNamed(schedule, u"Deploy"_s)[u"early_start"_s].toString(), u"2026-01-15T08:00:00"_s);
        QVERIFY(schedule[u"notes"_s][0].toString().contains(u"Mid-January"_s));
        QCOMPARE(cli({u"freeze"_s, u"list"_s, u"--json"_s}).json().array().size(), 1);
    }

    void holidaysMoveTheDates() {
        QCOMPARE(cli({u"calendar"_s, u"holiday"_s, u"2026-01-07"_s}).exitCode, 0);
        const QJsonObject schedule = cli({u"schedule"_s, u"R1"_s, u"--json"_s}).json().object();
        QCOMPARE(taskNamed(schedule, u"Test"_s)[u"early_start"_s].toString(), u"2026-01-08T08:00:00"_s);
    }

    void workingHoursFromTheCommandLine() {
        // Half days on Fridays: Test (3d from Thursday) needs more calendar time.
        const QString before =
            taskNamed(cli({u"schedule"_s, u"R1"_s, u"--json"_s}).json().object(), u"Test"_s)[u"early_finish"_s]
                .toString();
        QCOMPARE(cli({u"calendar"_s, u"hours"_s, u"fri"_s, u"08:00-12:00"_s}).exitCode, 0);
        const QString after =
            taskNamed(cli({u"schedule"_s, u"R1"_s, u"--json"_s}).json().object(), u"Test"_s)[u"early_finish"_s]
                .toString();
        QVERIFY2(after > before, qPrintable(before + u" / "_s + after));
        QCOMPARE(cli({u"calendar"_s, u"hours"_s, u"fri"_s, u"08:00-12:00,13:00-17:00"_s}).exitCode, 0);
        QCOMPARE(taskNamed(cli({u"schedule"_s, u"R1"_s, u"--json"_s}).json().object(), u"Test"_s)[u"early_finish"_s]
                     .toString(),
                 before);
        QCOMPARE(cli({u"calendar"_s, u"hours"_s, u"someday"_s, u"08:00-12:00"_s}).exitCode, 2);
        QCOMPARE(cli({u"calendar"_s, u"hours"_s, u"mon"_s, u"12:00-08:00"_s}).exitCode, 2);
    }

    void baselineAndSlip() {
        QCOMPARE(cli({u"baseline"_s, u"save"_s, u"R1"_s, u"Approved plan"_s}).exitCode, 0);
        QCOMPARE(cli({u"baseline"_s, u"save"_s, u"R1"_s, u"Approved plan"_s}).exitCode, 3);
        QCOMPARE(
            cli({u"task"_s, u"add"_s, u"R1"_s, u"Extra checks"_s, u"--duration"_s, u"2d"_s, u"--after"_s, u"Build"_s})
                .exitCode,
            0);
        QCOMPARE(cli({u"link"_s, u"add"_s, u"R1"_s, u"Extra checks"_s, u"Test"_s}).exitCode, 0);
        const QJsonObject slip =
            cli({u"baseline"_s, u"variance"_s, u"R1"_s, u"Approved plan"_s, u"--json"_s}).json().object();
        QCOMPARE(slip[u"finish_slip_minutes"_s].toInt(), 2 * 480);
    }

    void monteCarloIsReproducible() {
        const QStringList args{u"schedule"_s, u"R1"_s,       u"--montecarlo"_s, u"500"_s,   u"--seed"_s,
                               u"9"_s,        u"--target"_s, u"2026-03-31"_s,   u"--json"_s};
        const QJsonObject first = cli(args).json().object();
        const QJsonObject second = cli(args).json().object();
        QCOMPARE(first[u"iterations"_s].toInt(), 500);
        QCOMPARE(first[u"p80"_s].toString(), second[u"p80"_s].toString());
        QVERIFY(first[u"p50"_s].toString() <= first[u"p80"_s].toString());
        QCOMPARE(first[u"probability_on_target"_s].toDouble(), 1.0);
        QVERIFY(!first[u"tasks"_s].toArray().isEmpty());
        QCOMPARE(first[u"risks"_s].toInt(), 0);

        // A likely risk on the build, with a delay, enters the simulation and moves P80 later.
        QCOMPARE(cli({u"risk"_s, u"add"_s, u"R1"_s, u"Build server capacity"_s, u"--likelihood"_s, u"5"_s,
                      u"--impact"_s, u"3"_s, u"--task"_s, u"Build"_s, u"--delay"_s, u"3d"_s})
                     .exitCode,
                 0);
        const QJsonObject risky = cli(args).json().object();
        QCOMPARE(risky[u"risks"_s].toInt(), 1);
        QVERIFY(risky[u"p80"_s].toString() > first[u"p80"_s].toString());
    }

    void importsMicrosoftProjectXml() {
        const QString file =
            qEnvironmentVariable("RELM_SOURCE_DIR") + u"/../shared/conformance/mspdi/mpxj-task-links-project2019.xml"_s;
        if (!QFile::exists(file))
            QSKIP("The conformance corpus is not beside the checkout.");
        QCOMPARE(
            cli({u"release"_s, u"create"_s, u"From Project"_s, u"--type"_s, u"minor"_s, u"--start"_s, u"2018-10-18"_s})
                .exitCode,
            0);
        const auto run = cli({u"import"_s, u"From Project"_s, file});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(u"16 tasks and 8 dependencies"_s));
        const QJsonObject schedule = cli({u"schedule"_s, u"From Project"_s, u"--json"_s}).json().object();
        QCOMPARE(schedule[u"finish"_s].toString(), u"2018-11-02T17:00:00"_s); // what MS Project computed
        QCOMPARE(schedule[u"tasks"_s][0][u"source_uid"_s].toString(), u"1"_s);
        QCOMPARE(cli({u"import"_s, u"From Project"_s, u"/etc/hostname"_s}).exitCode, 3);
    }

    void importAndExportMicrosoftProjectXmlKeepTheDates() {
        const QString file =
            qEnvironmentVariable("RELM_SOURCE_DIR") + u"/../shared/conformance/mspdi/mpxj-mspdiduration.xml"_s;
        if (!QFile::exists(file))
            QSKIP("The conformance corpus is not beside the checkout.");
        // The release plans to start years later; the imported plan keeps the file's dates.
        for (const QString &name : {u"Kept"_s, u"Moved"_s, u"Again"_s})
            QCOMPARE(
                cli({u"release"_s, u"create"_s, name, u"--type"_s, u"minor"_s, u"--start"_s, u"2026-03-02"_s}).exitCode,
                0);
        const auto kept = cli({u"import"_s, u"mspdi"_s, u"Kept"_s, file, u"--json"_s});
        QVERIFY2(kept.exitCode == 0, qPrintable(kept.err));
        const QJsonObject summary = kept.json().object();
        QCOMPARE(summary[u"tasks"_s].toInt(), 10);
        QCOMPARE(summary[u"plan_start"_s].toString(), u"2009-03-25T08:00:00"_s);
        QCOMPARE(summary[u"finish"_s].toString(), u"2009-04-24T08:00:00"_s); // what MS Project computed
        QCOMPARE(summary[u"moved_to_release_start"_s].toBool(), false);

        // Moved on request: the same plan from the release's start.
        const auto moved = cli({u"import"_s, u"Moved"_s, file, u"--move-to-release-start"_s, u"--json"_s});
        QVERIFY2(moved.exitCode == 0, qPrintable(moved.err));
        QCOMPARE(moved.json()[u"start"_s].toString(), u"2026-03-02T08:00:00"_s);

        // Exported and imported again: the same dates.
        const QString exported = m_folder.path(u"kept.xml"_s);
        const auto written = cli({u"export"_s, u"mspdi"_s, u"Kept"_s, u"-o"_s, exported, u"--json"_s});
        QVERIFY2(written.exitCode == 0, qPrintable(written.err));
        QCOMPARE(written.json()[u"tasks"_s].toInt(), 10);
        QVERIFY(QFile::exists(exported));
        const auto again = cli({u"import"_s, u"mspdi"_s, u"Again"_s, exported, u"--json"_s});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(again.json()[u"finish"_s].toString(), u"2009-04-24T08:00:00"_s);
        const QJsonObject first = cli({u"schedule"_s, u"Kept"_s, u"--json"_s}).json().object();
        const QJsonObject second = cli({u"schedule"_s, u"Again"_s, u"--json"_s}).json().object();
        QCOMPARE(second[u"tasks"_s].toArray().size(), first[u"tasks"_s].toArray().size());
        for (const QJsonValue &t : first[u"tasks"_s].toArray()) {
            const QJsonObject other = taskNamed(second, t[u"name"_s].toString());
            QCOMPARE(other[u"early_start"_s], t[u"early_start"_s]);
            QCOMPARE(other[u"early_finish"_s], t[u"early_finish"_s]);
        }

        // Usage mistakes and refusals.
        QCOMPARE(cli({u"export"_s, u"mspdi"_s, u"Kept"_s}).exitCode, 2);                      // no -o
        QCOMPARE(cli({u"export"_s, u"mspdi"_s, u"Nobody"_s, u"-o"_s, exported}).exitCode, 3); // no such release
        QCOMPARE(cli({u"import"_s, u"mspdi"_s, u"Kept"_s}).exitCode, 2);                      // no file
        const auto unwritable = cli({u"export"_s, u"mspdi"_s, u"Kept"_s, u"-o"_s, u"/nonexistent/x.xml"_s});
        QVERIFY(unwritable.exitCode != 0);
        QVERIFY2(unwritable.err.contains(u"/nonexistent/x.xml"_s), qPrintable(unwritable.err));
    }

    void portfolioAndConflicts() {
        QStringList scheduled;
        for (const QJsonValue &r : cli({u"schedule"_s, u"--portfolio"_s, u"--json"_s}).json()[u"releases"_s].toArray())
            scheduled.append(r[u"release"_s].toString());
        QVERIFY2(scheduled.contains(u"R1"_s), qPrintable(scheduled.join(u", "_s)));
        const auto none = cli({u"schedule"_s, u"conflicts"_s});
        QCOMPARE(none.exitCode, 0);
        test::TempFolder demoFolder;
        test::CliRunner demo(demoFolder.path(u"demo.db"_s), demoFolder.path(u"xdg"_s));
        QCOMPARE(demo({u"init"_s, u"--demo"_s}).exitCode, 0);
        const auto conflicts = demo({u"schedule"_s, u"conflicts"_s, u"--json"_s});
        QCOMPARE(conflicts.exitCode, 1);
        const QJsonObject c = conflicts.json().array().first().toObject();
        QCOMPARE(c[u"environment"_s].toString(), u"Staging"_s);
        QStringList releases{c[u"first"_s][u"release"_s].toString(), c[u"second"_s][u"release"_s].toString()};
        releases.sort();
        QCOMPARE(releases, (QStringList{u"2026.4 Autumn"_s, u"Hotfix 2026.3.1"_s}));
        const QJsonObject autumn = demo({u"schedule"_s, u"2026.4 Autumn"_s, u"--json"_s}).json().object();
        QVERIFY(autumn[u"notes"_s][0].toString().contains(u"Year-end change freeze"_s));
        const QJsonObject winter = demo({u"schedule"_s, u"2027.1 Winter"_s, u"--json"_s}).json().object();
        QVERIFY(winter[u"tasks"_s][0][u"early_start"_s].toString() >= autumn[u"finish"_s].toString().left(10));
        // Releases starting together come in one order every time (each run hashes differently).
        const QString portfolio = demo({u"schedule"_s, u"--portfolio"_s, u"--json"_s}).out;
        for (int run = 0; run < 3; ++run)
            QCOMPARE(demo({u"schedule"_s, u"--portfolio"_s, u"--json"_s}).out, portfolio);
    }

    void exportsTheGanttChart() {
        test::TempFolder folder;
        test::CliRunner demo(folder.path(u"demo.db"_s), folder.path(u"xdg"_s));
        QCOMPARE(demo({u"init"_s, u"--demo"_s}).exitCode, 0);
        const QString pdf = folder.path(u"autumn.pdf"_s);
        const auto written = demo({u"schedule"_s, u"export"_s, u"2026.4 Autumn"_s, u"-o"_s, pdf, u"--paper"_s, u"a3"_s,
                                   u"--portrait"_s, u"--pages-wide"_s, u"2"_s});
        QVERIFY2(written.exitCode == 0, qPrintable(written.err));
        QVERIFY2(written.out.contains(u"Wrote "_s) && written.out.contains(u"2 pages"_s), qPrintable(written.out));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(5), QByteArray("%PDF-"));
        const QString png = folder.path(u"autumn.png"_s);
        const auto picture =
            demo({u"schedule"_s, u"export"_s, u"2026.4 Autumn"_s, u"-o"_s, png, u"--width"_s, u"900"_s});
        QVERIFY2(picture.exitCode == 0, qPrintable(picture.err));
        QCOMPARE(QImageReader(png).size().width(), 900);
        QVERIFY(picture.out.contains(u"900 \u00D7"_s));
        // Defaults: A4 landscape, one page across.
        QCOMPARE(
            demo({u"schedule"_s, u"export"_s, u"Hotfix 2026.3.1"_s, u"-o"_s, folder.path(u"hotfix.pdf"_s)}).exitCode,
            0);
    }

    void exportRefusesBadOptions_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString pdf = u"bad.pdf"_s;
        const QString png = u"bad.png"_s;
        const QStringList autumn{u"schedule"_s, u"export"_s, u"R1"_s, u"-o"_s};
        QTest::newRow("paper") << autumn + QStringList{pdf, u"--paper"_s, u"B5"_s} << 2 << u"--paper is A4, A3"_s;
        QTest::newRow("pages wide zero") << autumn + QStringList{pdf, u"--pages-wide"_s, u"0"_s} << 2
                                         << u"--pages-wide takes a whole number"_s;
        QTest::newRow("pages wide text") << autumn + QStringList{pdf, u"--pages-wide"_s, u"two"_s} << 2
                                         << u"not \u201Ctwo\u201D"_s;
        QTest::newRow("width") << autumn + QStringList{png, u"--width"_s, u"12"_s} << 2
                               << u"--width takes a number of pixels"_s;
        QTest::newRow("both orientations")
            << autumn + QStringList{pdf, u"--landscape"_s, u"--portrait"_s} << 2 << u"not both"_s;
        QTest::newRow("width for a pdf") << autumn + QStringList{pdf, u"--width"_s, u"900"_s} << 2
                                         << u"--width is for a PNG"_s;
        QTest::newRow("paper for a png") << autumn + QStringList{png, u"--paper"_s, u"A4"_s} << 2 << u"are for a PDF"_s;
        QTest::newRow("format") << autumn + QStringList{u"bad.svg"_s} << 2 << u".pdf or a .png"_s;
        QTest::newRow("no file") << QStringList{u"schedule"_s, u"export"_s, u"R1"_s} << 2 << u"-o FILE"_s;
        QTest::newRow("no release") << QStringList{u"schedule"_s, u"export"_s, u"-o"_s, pdf} << 2
                                    << u"needs a release name"_s;
        QTest::newRow("unknown release") << QStringList{u"schedule"_s, u"export"_s, u"Nope"_s, u"-o"_s, pdf} << 3
                                         << u"Nope"_s;
    }

    void exportRefusesBadOptions() {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        test::TempFolder folder;
        for (QString &argument : arguments) {
            if (argument.startsWith(u"bad."_s))
                argument = folder.path(argument);
        }
        const auto run = cli(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(QDir(folder.path(QString())).entryList(QDir::Files).isEmpty()); // nothing written
    }
};

QTEST_GUILESS_MAIN(TestScheduleCli)
#include "tst_schedulecli.moc"

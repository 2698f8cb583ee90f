#include "CliRunner.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace relm;
using namespace Qt::Literals::StringLiterals;

/// relm-cli import gan / import planner: a plan file into a release, with a summary for scripts.
class TestPlanFileCli final : public QObject {
    Q_OBJECT

private:
    test::TempFolder m_folder;
    std::unique_ptr<test::CliRunner> m_cli;

    test::CliRunner::Run cli(const QStringList &arguments) { return (*m_cli)(arguments); }
    static QString dataFile(const QString &name) {
        return qEnvironmentVariable("RELM_SOURCE_DIR") + u"/tests/data/plans/"_s + name;
    }
    int auditEntries() { return int(cli({u"audit"_s, u"log"_s, u"--json"_s}).json().array().size()); }

private Q_SLOTS:
    void initTestCase() {
        if (!test::CliRunner::available())
            QSKIP("RELM_CLI is not set; run through ctest");
        m_cli = std::make_unique<test::CliRunner>(m_folder.path(u"plans.db"_s), m_folder.path(u"xdg"_s));
        QCOMPARE(cli({u"init"_s}).exitCode, 0);
        for (const QString &name : {u"G"_s, u"P"_s, u"Q"_s})
            QCOMPARE(
                cli({u"release"_s, u"create"_s, name, u"--type"_s, u"minor"_s, u"--start"_s, u"2026-01-05"_s}).exitCode,
                0);
    }

    void importGanttProjectWithASummary() {
        const auto run = cli({u"import"_s, u"gan"_s, u"G"_s, dataFile(u"small.gan"_s), u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject summary = run.json().object();
        QCOMPARE(summary[u"format"_s].toString(), u"GanttProject"_s);
        QCOMPARE(summary[u"release"_s].toString(), u"G"_s);
        QCOMPARE(summary[u"tasks"_s].toInt(), 8);
        QCOMPARE(summary[u"phases"_s].toInt(), 1);
        QCOMPARE(summary[u"milestones"_s].toInt(), 1);
        QCOMPARE(summary[u"links"_s].toInt(), 5);
        QCOMPARE(summary[u"calendars"_s].toInt(), 1);
        QCOMPARE(summary[u"project_start"_s].toString(), u"2026-01-05T00:00:00"_s);
        QCOMPARE(summary[u"date_differences"_s].toArray().size(), 0);
        const auto schedule = cli({u"schedule"_s, u"G"_s, u"--json"_s});
        QCOMPARE(schedule.exitCode, 0);
        QCOMPARE(schedule.json().object()[u"tasks"_s].toArray().size(), 8);
    }

    void importPlannerInText() {
        const auto run = cli({u"import"_s, u"planner"_s, u"P"_s, dataFile(u"small.planner"_s)});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"Imported small.planner (Planner) into P: 8 tasks"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"Relm computes the same dates as the file."_s), qPrintable(run.out));
        // The plan keeps its dates: Docs keeps its constraint, Compile its two days from the start.
        const auto schedule = cli({u"schedule"_s, u"P"_s, u"--json"_s});
        QCOMPARE(schedule.exitCode, 0);
        int compared = 0;
        for (const QJsonValue &t : schedule.json().object()[u"tasks"_s].toArray()) {
            if (t[u"name"_s].toString() == u"Docs"_s) {
                QCOMPARE(t[u"early_start"_s].toString(), u"2026-01-12T08:00:00"_s);
                ++compared;
            } else if (t[u"name"_s].toString() == u"Compile"_s) {
                QCOMPARE(t[u"early_finish"_s].toString(), u"2026-01-06T17:00:00"_s);
                ++compared;
            }
        }
        QCOMPARE(compared, 2);
    }

    void dateDifferencesAreListed() {
        QFile in(dataFile(u"small.planner"_s));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray bytes = in.readAll();
        // Planner stored Notes a day early.
        bytes.replace("start=\"20260109T080000Z\" end=\"20260109T120000Z\" work-start=\"20260109T080000Z\" "
                      "percent-complete=\"0\" priority=\"0\" type=\"normal\" scheduling=\"fixed-work\">\n      "
                      "<predecessors>\n        <predecessor id=\"1\" predecessor-id=\"3\"",
                      "start=\"20260108T080000Z\" end=\"20260108T120000Z\" work-start=\"20260108T080000Z\" "
                      "percent-complete=\"0\" priority=\"0\" type=\"normal\" scheduling=\"fixed-work\">\n      "
                      "<predecessors>\n        <predecessor id=\"1\" predecessor-id=\"3\"");
        const QString path = m_folder.path(u"moved.planner"_s);
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        out.close();
        const auto run = cli({u"import"_s, u"planner"_s, u"Q"_s, path, u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonArray differences = run.json().object()[u"date_differences"_s].toArray();
        QCOMPARE(differences.size(), 1);
        QCOMPARE(differences.at(0)[u"task"_s].toString(), u"Notes"_s);
        QCOMPARE(differences.at(0)[u"start_shift_minutes"_s].toInt(), 480);
        QCOMPARE(differences.at(0)[u"computed_start"_s].toString(), u"2026-01-09T08:00:00"_s);
    }

    void aBadFileIsRefusedAndWritesNothing() {
        const QString path = m_folder.path(u"bad.gan"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<?xml version=\"1.0\"?>\n<project name=\"x\">\n<tasks>\n"
                   "<task id=\"1\" name=\"A\" start=\"2026-01-05\" duration=\"2\">\n"
                   "<depend id=\"9\" type=\"2\" difference=\"0\"/>\n</task>\n</tasks>\n</project>\n");
        file.close();
        const int before = auditEntries();
        const auto run = cli({u"import"_s, u"gan"_s, u"G"_s, path});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(path), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"line 5: task \u201CA\u201D (id 1) has a dependency on the task id 9"_s),
                 qPrintable(run.err));
        QCOMPARE(auditEntries(), before);
    }

    void wrongWordsAndMissingThings() {
        QCOMPARE(cli({u"import"_s, u"gan"_s, u"G"_s}).exitCode, 2);
        QCOMPARE(cli({u"import"_s, u"planner"_s}).exitCode, 2);
        QCOMPARE(cli({u"import"_s, u"gan"_s, u"Nope"_s, dataFile(u"small.gan"_s)}).exitCode, 3);
        const auto missing = cli({u"import"_s, u"planner"_s, u"P"_s, m_folder.path(u"none.planner"_s)});
        QCOMPARE(missing.exitCode, 3);
        QVERIFY2(missing.err.contains(u"none.planner"_s), qPrintable(missing.err));
    }
};

QTEST_GUILESS_MAIN(TestPlanFileCli)
#include "tst_planfilecli.moc"

#include "CliRunner.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace relm;
using namespace Qt::Literals::StringLiterals;

/// import csv and export csv through the real relm-cli binary: exit codes, the JSON summary, the
/// column mapping and date format options, all-or-nothing, and change import as before.
class TestCsvCli final : public QObject {
    Q_OBJECT

private:
    test::TempFolder m_folder;
    std::unique_ptr<test::CliRunner> m_runner;

    using Run = test::CliRunner::Run;
    Run cli(const QStringList &arguments) { return (*m_runner)(QStringList{u"--as"_s, u"alice"_s} + arguments, {}); }

    QString write(const QString &name, const QByteArray &bytes) {
        const QString path = m_folder.path(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

    int auditEntries() { return int(cli({u"audit"_s, u"log"_s, u"--json"_s}).json().array().size()); }

private Q_SLOTS:
    void initTestCase() {
        if (!test::CliRunner::available())
            QSKIP("RELM_CLI is not set; run through ctest");
        m_runner = std::make_unique<test::CliRunner>(m_folder.path(u"csv.db"_s), m_folder.path(u"xdg"_s));
        QCOMPARE(cli({u"init"_s, u"--demo"_s}).exitCode, 0);
    }

    void tasksImportWithAMappingAndGermanDates() {
        const QString path = write(u"plan.csv"_s, "Arbeitspaket;Dauer;Anfang nicht fr\xFCher als;Vorg\xE4nger\r\n"
                                                  "CLI build;3d;01.02.2027;\r\n"
                                                  "CLI test;2d;;CLI build\r\n");
        const Run run = cli({u"import"_s, u"csv"_s, u"tasks"_s, path, u"--release"_s, u"2027.1 Winter"_s, u"--map"_s,
                             u"name=Arbeitspaket"_s, u"--date-format"_s, u"dd.MM.yyyy"_s, u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject summary = run.json().object();
        QCOMPARE(summary.value(u"created"_s).toInt(), 2);
        QCOMPARE(summary.value(u"linked"_s).toInt(), 1);
        QCOMPARE(summary.value(u"encoding"_s).toString(), u"Windows-1252"_s);
        QCOMPARE(summary.value(u"delimiter"_s).toString(), u";"_s);
        QCOMPARE(summary.value(u"mapping"_s).toObject().value(u"start_no_earlier_than"_s).toString(),
                 u"Anfang nicht fr\u00fcher als"_s);
        const Run schedule = cli({u"schedule"_s, u"2027.1 Winter"_s, u"--json"_s});
        QVERIFY(schedule.out.contains(u"CLI test"_s));
    }

    void aBadFileIsRefusedWholeWithEveryProblem() {
        const int before = auditEntries();
        const QString path = write(u"components.csv"_s, "name,kind,owner\n"
                                                        "good-one,application,alice\n"
                                                        "bad one,application,alice\n"
                                                        "bad-kind,spaceship,nobody\n");
        const Run run = cli({u"import"_s, u"csv"_s, u"components"_s, path, u"--json"_s});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(u"Line 3 (bad one)"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"Line 4 (bad-kind), column \u201Ckind\u201D"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"column \u201Cowner\u201D"_s), qPrintable(run.err));
        const QJsonObject summary = run.json().object();
        QCOMPARE(summary.value(u"imported"_s).toBool(true), false);
        QCOMPARE(summary.value(u"problems"_s).toArray().size(), 3);
        QCOMPARE(summary.value(u"problems"_s).toArray().at(0).toObject().value(u"line"_s).toInt(), 3);
        QCOMPARE(auditEntries(), before);
        QVERIFY(!cli({u"component"_s, u"list"_s}).out.contains(u"good-one"_s));
    }

    void usageMistakesExitTwo() {
        const QString path = write(u"x.csv"_s, "name\nx\n");
        QCOMPARE(cli({u"import"_s, u"csv"_s, u"gadgets"_s, path}).exitCode, 2);
        QCOMPARE(cli({u"import"_s, u"csv"_s, u"tasks"_s, path}).exitCode, 2); // no --release
        QCOMPARE(cli({u"import"_s, u"csv"_s, u"components"_s, path, u"--map"_s, u"colour=name"_s}).exitCode, 2);
        QCOMPARE(cli({u"import"_s, u"csv"_s, u"components"_s, path, u"--map"_s, u"name=Nope"_s}).exitCode, 2);
        QCOMPARE(cli({u"import"_s, u"csv"_s, u"components"_s, path, u"--delimiter"_s, u"x"_s}).exitCode, 2);
        QCOMPARE(cli({u"import"_s, u"csv"_s, u"risks"_s, path, u"--release"_s, u"2027.1 Winter"_s, u"--date-format"_s,
                      u"HH:mm"_s})
                     .exitCode,
                 2);
        QCOMPARE(cli({u"import"_s, u"csv"_s, u"components"_s, m_folder.path(u"missing.csv"_s)}).exitCode, 4);
        QCOMPARE(cli({u"import"_s, u"csv"_s, u"risks"_s, path, u"--release"_s, u"No such"_s}).exitCode, 3);
        QCOMPARE(cli({u"export"_s, u"csv"_s, u"tasks"_s}).exitCode, 2);
    }

    void exportedFilesImportBackUnchanged() {
        for (const QString &kind : {u"components"_s, u"versions"_s, u"tasks"_s, u"risks"_s, u"changes"_s}) {
            const QString path = m_folder.path(kind + u"-export.csv"_s);
            const Run exported = cli({u"export"_s, u"csv"_s, kind, u"--release"_s, u"2026.4 Autumn"_s, u"-o"_s, path,
                                      u"--delimiter"_s, u"semicolon"_s, u"--json"_s});
            QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
            QVERIFY(exported.json().object().value(u"records"_s).toInt() > 0);
            const Run imported =
                cli({u"import"_s, u"csv"_s, kind, path, u"--release"_s, u"2026.4 Autumn"_s, u"--json"_s});
            QVERIFY2(imported.exitCode == 0, qPrintable(kind + u": "_s + imported.err));
            const QJsonObject summary = imported.json().object();
            QCOMPARE(summary.value(u"created"_s).toInt(-1), 0);
            QCOMPARE(summary.value(u"updated"_s).toInt(-1), 0);
            QCOMPARE(summary.value(u"unchanged"_s).toInt(), summary.value(u"rows"_s).toInt());
        }
        // Counts read as English does: "Wrote 1 record", "Wrote 12 records", never "record(s)".
        const Run written = cli({u"export"_s, u"csv"_s, u"risks"_s, u"--release"_s, u"2026.4 Autumn"_s, u"-o"_s,
                                 m_folder.path(u"risks.csv"_s)});
        QVERIFY2(written.exitCode == 0, qPrintable(written.err));
        QVERIFY2(written.out.contains(u" records to "_s) || written.out.contains(u" record to "_s),
                 qPrintable(written.out));
        QVERIFY(!written.out.contains(u"(s)"_s));
        const Run printed = cli({u"export"_s, u"csv"_s, u"changes"_s});
        QCOMPARE(printed.exitCode, 0);
        QVERIFY(printed.out.startsWith(u"reference,title,kind,status,summary,detail,action,releases"_s));
    }

    void changeImportStillWorks() {
        const QString path = write(u"changes.csv"_s, "reference,title,kind\nRFC-7001,Imported the old way,fix\n");
        const Run run = cli({u"change"_s, u"import"_s, path, u"--release"_s, u"2027.1 Winter"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(u"1 new"_s));
        QVERIFY(cli({u"change"_s, u"list"_s, u"--release"_s, u"2027.1 Winter"_s}).out.contains(u"RFC-7001"_s));
    }
};

QTEST_GUILESS_MAIN(TestCsvCli)
#include "tst_csvcli.moc"

#include "CliRunner.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace relm;
using namespace Qt::Literals::StringLiterals;

/// Change requests, notes templates, the organisation's look and roll-up notes through the real
/// relm-cli binary, as a script would use them: exit codes, JSON and the files written.
class TestNotesCli final : public QObject {
    Q_OBJECT

private:
    test::TempFolder m_folder;

    using Run = test::CliRunner::Run;
    std::unique_ptr<test::CliRunner> m_runner;

    Run cli(const QStringList &arguments) { return (*m_runner)(arguments, {}); }

private Q_SLOTS:
    void initTestCase() {
        if (qEnvironmentVariableIsEmpty("RELM_CLI"))
            QSKIP("RELM_CLI is not set; run through ctest");
        m_runner = std::make_unique<test::CliRunner>(m_folder.path(u"notes.db"_s), m_folder.path(u"xdg"_s));
        QCOMPARE(cli({u"init"_s, u"--demo"_s}).exitCode, 0);
    }

    void changeRequestsFromTheCommandLine() {
        const QStringList add{u"--as"_s,
                              u"alice"_s,
                              u"change"_s,
                              u"add"_s,
                              u"RFC-4100"_s,
                              u"--title"_s,
                              u"Excel export"_s,
                              u"--kind"_s,
                              u"feature"_s,
                              u"--summary"_s,
                              u"Export any report to Excel."_s,
                              u"--release"_s,
                              u"2027.1 Winter"_s};
        QCOMPARE(cli(add).exitCode, 0);
        QCOMPARE(cli(add).exitCode, 3); // the reference is taken
        const QJsonObject shown = cli({u"change"_s, u"show"_s, u"rfc-4100"_s, u"--json"_s}).json().object();
        QCOMPARE(shown[u"kind"_s].toString(), u"feature"_s);
        QCOMPARE(shown[u"release_names"_s].toArray().first().toString(), u"2027.1 Winter"_s);
        QCOMPARE(
            cli({u"--as"_s, u"alice"_s, u"change"_s, u"link"_s, u"RFC-4100"_s, u"Branch network refresh"_s}).exitCode,
            0);
        QCOMPARE(cli({u"--as"_s, u"alice"_s, u"change"_s, u"link"_s, u"RFC-4100"_s, u"2026.3 Summer"_s}).exitCode, 3);
        QCOMPARE(cli({u"--as"_s, u"alice"_s, u"change"_s, u"unlink"_s, u"RFC-4100"_s, u"2027.1 Winter"_s}).exitCode, 0);
        const QJsonArray branch =
            cli({u"change"_s, u"list"_s, u"--release"_s, u"Branch network refresh"_s, u"--json"_s}).json().array();
        QCOMPARE(branch.size(), 2);
        QCOMPARE(
            cli({u"--as"_s, u"alice"_s, u"change"_s, u"set"_s, u"RFC-4100"_s, u"--kind"_s, u"sideways"_s}).exitCode, 2);
        QCOMPARE(
            cli({u"--as"_s, u"alice"_s, u"change"_s, u"set"_s, u"RFC-4100"_s, u"--status"_s, u"approved"_s}).exitCode,
            0);
        const QString csv = m_folder.path(u"changes.csv"_s);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("reference,title,kind,summary\nRFC-4101,Faster search,improvement,Search is faster.\n");
        file.close();
        const Run imported =
            cli({u"--as"_s, u"alice"_s, u"change"_s, u"import"_s, csv, u"--release"_s, u"2027.1 Winter"_s});
        QCOMPARE(imported.exitCode, 0);
        QVERIFY(imported.out.contains(u"1 new"_s));
        QCOMPARE(cli({u"--as"_s, u"alice"_s, u"change"_s, u"remove"_s, u"RFC-4101"_s}).exitCode, 0);
        QCOMPARE(cli({u"change"_s, u"show"_s, u"RFC-4101"_s}).exitCode, 3);
    }

    void brandingTemplatesAndRollups() {
        QCOMPARE(cli({u"--as"_s, u"alice"_s, u"branding"_s, u"set"_s, u"--primary"_s, u"navy"_s}).exitCode, 2);
        QCOMPARE(cli({u"--as"_s, u"alice"_s, u"branding"_s, u"set"_s, u"--organisation"_s, u"Contoso"_s}).exitCode, 0);
        QCOMPARE(cli({u"branding"_s, u"show"_s, u"--json"_s}).json()[u"organisation"_s].toString(), u"Contoso"_s);
        QCOMPARE(
            cli({u"--as"_s, u"alice"_s, u"template"_s, u"set"_s, u"customer"_s, u"--hide"_s, u"gossip"_s}).exitCode, 2);
        QCOMPARE(cli({u"--as"_s, u"alice"_s, u"template"_s, u"set"_s, u"service"_s, u"--footer"_s,
                      u"Internal use only"_s, u"--heading"_s, u"risks=What could go wrong"_s})
                     .exitCode,
                 0);
        const QString exported = m_folder.path(u"templates.json"_s);
        QCOMPARE(cli({u"template"_s, u"export"_s, u"-o"_s, exported}).exitCode, 0);
        QCOMPARE(cli({u"--as"_s, u"alice"_s, u"template"_s, u"reset"_s, u"service"_s}).exitCode, 0);
        QVERIFY(cli({u"template"_s, u"show"_s, u"service"_s, u"--json"_s}).json()[u"footer"_s].toString().isEmpty());
        QCOMPARE(cli({u"--as"_s, u"alice"_s, u"template"_s, u"import"_s, exported}).exitCode, 0);
        QCOMPARE(cli({u"template"_s, u"show"_s, u"service"_s, u"--json"_s}).json()[u"footer"_s].toString(),
                 u"Internal use only"_s);

        const QString rollup = m_folder.path(u"rollup.md"_s);
        const Run run = cli({u"notes"_s, u"--env"_s, u"Production"_s, u"--from"_s, u"2026-05-01"_s, u"--to"_s,
                             u"2026-09-30"_s, u"--format"_s, u"md"_s, u"-o"_s, rollup});
        QCOMPARE(run.exitCode, 0);
        QFile written(rollup);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(written.readAll());
        QVERIFY(text.contains(u"2026.3 Summer"_s));
        QVERIFY(!text.contains(u"RFC-"_s));
        QCOMPARE(cli({u"notes"_s, u"--env"_s, u"Production"_s, u"--from"_s, u"2026-09-30"_s, u"--to"_s, u"2026-05-01"_s,
                      u"-o"_s, rollup})
                     .exitCode,
                 3);
        QCOMPARE(cli({u"notes"_s, u"--env"_s, u"Production"_s, u"--from"_s, u"#1"_s, u"--to"_s, u"2026-05-01"_s,
                      u"-o"_s, rollup})
                     .exitCode,
                 2);
        QCOMPARE(cli({u"notes"_s, u"--env"_s, u"Production"_s, u"--from"_s, u"someday"_s, u"--to"_s, u"2026-05-01"_s,
                      u"-o"_s, rollup})
                     .exitCode,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestNotesCli)
#include "tst_notescli.moc"

#include "CliRunner.h"
#include "TestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace relm;
using namespace Qt::Literals::StringLiterals;

/// Bills of materials and backups through the real relm-cli binary: import cyclonedx and spdx,
/// export cyclonedx, export json and import json, with their JSON summaries and exit codes.
class TestTransferCli final : public QObject {
    Q_OBJECT

private:
    test::TempFolder m_folder;
    std::unique_ptr<test::CliRunner> m_runner;

    using Run = test::CliRunner::Run;
    Run cli(const QStringList &arguments, const QString &database = {}) { return (*m_runner)(arguments, database); }

    static QString data(const QString &name) {
        return qEnvironmentVariable("RELM_SOURCE_DIR") + u"/tests/data/sbom/"_s + name;
    }

private Q_SLOTS:
    void initTestCase() {
        if (!test::CliRunner::available())
            QSKIP("RELM_CLI is not set; run through ctest");
        m_runner = std::make_unique<test::CliRunner>(m_folder.path(u"transfer.db"_s), m_folder.path(u"xdg"_s));
        QCOMPARE(cli({u"init"_s, u"--demo"_s}).exitCode, 0);
        QCOMPARE(cli({u"release"_s, u"create"_s, u"Webshop 1.4"_s, u"--type"_s, u"minor"_s}).exitCode, 0);
    }

    void importsCycloneDxWithASummary() {
        const Run run = cli({u"import"_s, u"cyclonedx"_s, u"Webshop 1.4"_s, data(u"shop.cdx.json"_s), u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject summary = run.json().object();
        QCOMPARE(summary[u"release"_s].toString(), u"Webshop 1.4"_s);
        QCOMPARE(summary[u"package"_s].toString(), u"Main"_s);
        QCOMPARE(summary[u"versions_added"_s].toArray().size(), 5);
        QCOMPARE(summary[u"versions_reused"_s].toArray().size(), 1);
        QCOMPARE(summary[u"requirements_added"_s].toInt(), 5);
        QCOMPARE(summary[u"skipped"_s].toArray().size(), 1);
        QVERIFY(summary[u"findings"_s].isArray());
        const Run text =
            cli({u"import"_s, u"spdx"_s, u"Webshop 1.4"_s, data(u"shop.spdx.json"_s), u"--package"_s, u"Runtime"_s});
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QVERIFY2(text.out.contains(u"Versions added: 1, reused: 3"_s), qPrintable(text.out));
        const Run show = cli({u"release"_s, u"show"_s, u"Webshop 1.4"_s, u"--json"_s});
        QCOMPARE(show.json()[u"packages"_s].toArray().size(), 2);
    }

    void refusalsExitWithTheirCodes() {
        QCOMPARE(cli({u"import"_s, u"cyclonedx"_s, u"Webshop 1.4"_s}).exitCode, 2);
        QCOMPARE(cli({u"import"_s, u"cyclonedx"_s, u"No such release"_s, data(u"shop.cdx.json"_s)}).exitCode, 3);
        QCOMPARE(cli({u"import"_s, u"spdx"_s, u"Webshop 1.4"_s, m_folder.path(u"missing.json"_s)}).exitCode, 4);
        // An SPDX document given to the CycloneDX import says which import it needs.
        const Run wrong = cli({u"import"_s, u"cyclonedx"_s, u"Webshop 1.4"_s, data(u"shop.spdx.json"_s)});
        QCOMPARE(wrong.exitCode, 3);
        QVERIFY2(wrong.err.contains(u"shop.spdx.json: bomFormat"_s), qPrintable(wrong.err));
        QCOMPARE(cli({u"export"_s, u"cyclonedx"_s}).exitCode, 2);
        QCOMPARE(cli({u"export"_s, u"json"_s}).exitCode, 2);
        QCOMPARE(cli({u"import"_s, u"json"_s, m_folder.path(u"x.json"_s)}).exitCode, 2);
    }

    void exportsCycloneDx() {
        const QString file = m_folder.path(u"autumn.cdx.json"_s);
        const Run run = cli({u"export"_s, u"cyclonedx"_s, u"2026.4 Autumn"_s, u"-o"_s, file, u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.json()[u"components"_s].toInt() > 0);
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QJsonObject bom = QJsonDocument::fromJson(written.readAll()).object();
        QCOMPARE(bom[u"specVersion"_s].toString(), u"1.5"_s);
        QCOMPARE(bom[u"components"_s].toArray().size(), run.json()[u"components"_s].toInt());
    }

    void backsUpAndRestoresAVerifyingDatabase() {
        const QString backup = m_folder.path(u"backup.json"_s);
        const Run exported = cli({u"export"_s, u"json"_s, u"-o"_s, backup, u"--json"_s});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QCOMPARE(exported.json()[u"format_version"_s].toInt(), 1);

        // Restoring needs no database of its own: the one --db names is not even made.
        const QString unused = m_folder.path(u"unused.db"_s);
        const QString restored = m_folder.path(u"moved.db"_s);
        const Run run = cli({u"import"_s, u"json"_s, backup, u"--to"_s, restored, u"--json"_s}, unused);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.json()[u"signatures"_s].toInt() > 0);
        QVERIFY(!QFileInfo::exists(unused));
        const Run verify = cli({u"audit"_s, u"verify"_s, u"--json"_s}, restored);
        QCOMPARE(verify.exitCode, 0);
        QCOMPARE(verify.json()[u"intact"_s].toBool(), true);
        QCOMPARE(verify.json()[u"signatures"_s][u"invalid"_s].toArray().size(), 0);
        const Run show = cli({u"release"_s, u"show"_s, u"Webshop 1.4"_s, u"--json"_s}, restored);
        QCOMPARE(show.json()[u"packages"_s].toArray().size(), 2);

        // Never over an existing database.
        const QByteArray hash = test::fileHash(restored);
        const Run again = cli({u"import"_s, u"json"_s, backup, u"--to"_s, restored});
        QCOMPARE(again.exitCode, 3);
        QVERIFY2(again.err.contains(u"never overwrites"_s), qPrintable(again.err));
        QCOMPARE(test::fileHash(restored), hash);
    }

    void aTamperedBackupIsRefusedNamingTheEntry() {
        const QString backup = m_folder.path(u"backup.json"_s);
        QFile file(backup);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        // Rewrite who made the third audit entry.
        QJsonObject tables = root[u"tables"_s].toObject();
        QJsonObject log = tables[u"audit_log"_s].toObject();
        const auto login = log[u"columns"_s].toArray().toVariantList().indexOf(u"actor_login"_s);
        QVERIFY(login > 0);
        QJsonArray rows = log[u"rows"_s].toArray();
        QJsonArray row = rows[2].toArray();
        row[login] = u"mallory"_s;
        rows[2] = row;
        log[u"rows"_s] = rows;
        tables[u"audit_log"_s] = log;
        root[u"tables"_s] = tables;
        const QByteArray text = QJsonDocument(root).toJson();
        const QString tampered = m_folder.path(u"tampered.json"_s);
        QFile out(tampered);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(text);
        out.close();
        const QString target = m_folder.path(u"tampered.db"_s);
        const Run run = cli({u"import"_s, u"json"_s, tampered, u"--to"_s, target});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(u"audit entry"_s), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(target));
    }
};

QTEST_GUILESS_MAIN(TestTransferCli)
#include "tst_transfercli.moc"

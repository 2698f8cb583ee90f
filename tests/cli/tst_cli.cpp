#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace relm;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

} // namespace

/// Runs the real relm-cli binary, as a script would.
class TestCli final : public QObject
{
    Q_OBJECT

private:
    test::TempFolder m_folder;
    QString m_db;

    Run cli(const QStringList &arguments, const QString &db = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"RELM_DB"_s);
        env.insert(u"RELM_USER"_s, u"alice"_s);
        env.insert(u"XDG_DATA_HOME"_s, m_folder.path(u"xdg"_s));
        process.setProcessEnvironment(env);
        process.start(qEnvironmentVariable("RELM_CLI"), QStringList{u"--db"_s, db.isEmpty() ? m_db : db} + arguments);
        process.waitForFinished(60000);
        return Run{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                   QString::fromUtf8(process.readAllStandardError())};
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("RELM_CLI"))
            QSKIP("RELM_CLI is not set; run through ctest");
        m_db = m_folder.path(u"cli.db"_s);
        const Run init = cli({u"init"_s, u"--demo"_s});
        QCOMPARE(init.exitCode, 0);
        QVERIFY(init.out.contains(u"Created"_s));
    }

    void initRefusesExistingDatabase()
    {
        const Run again = cli({u"init"_s});
        QCOMPARE(again.exitCode, 3);
        QVERIFY(again.err.contains(u"already exists"_s));
    }

    void releaseListJson()
    {
        const Run run = cli({u"release"_s, u"list"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray releases = run.json().array();
        QVERIFY(releases.size() >= 6);
        const QJsonObject first = releases.first().toObject();
        for (const auto &key : {u"id"_s, u"name"_s, u"version"_s, u"type"_s, u"status"_s, u"owner"_s,
                                u"target_service"_s, u"planned_start"_s, u"planned_end"_s, u"approach"_s,
                                u"backout_plan"_s, u"description"_s})
            QVERIFY2(first.contains(key), qPrintable(key));
        QStringList names;
        for (const QJsonValue &r : releases)
            names.append(r[u"name"_s].toString());
        QVERIFY(names.contains(u"2026.4 Autumn"_s));
    }

    void releaseShowJsonHasPackagesAndChanges()
    {
        const Run run = cli({u"release"_s, u"show"_s, u"2026.4 Autumn"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject release = run.json().object();
        QCOMPARE(release[u"status"_s].toString(), u"testing"_s);
        QCOMPARE(release[u"packages"_s].toArray().size(), 3);
        QCOMPARE(release[u"change_requests"_s].toArray().size(), 3);
        QVERIFY(release[u"next_statuses"_s].toArray().contains(u"awaiting_signoff"_s));
        const QJsonObject version = release[u"packages"_s][0][u"contents"_s][0].toObject();
        QVERIFY(version.contains(u"component"_s) && version.contains(u"sha256"_s));
    }

    void releaseShowUnknown()
    {
        const Run run = cli({u"release"_s, u"show"_s, u"nope"_s});
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.err.contains(u"does not exist"_s));
    }

    void createAndMoveRelease()
    {
        const Run create = cli({u"release"_s, u"create"_s, u"2028.1"_s, u"--type"_s, u"patch"_s, u"--start"_s,
                                u"2028-01-10"_s, u"--end"_s, u"2028-01-20"_s});
        QCOMPARE(create.exitCode, 0);
        const Run show = cli({u"release"_s, u"show"_s, u"2028.1"_s, u"--json"_s});
        QCOMPARE(show.json()[u"type"_s].toString(), u"patch"_s);
        QCOMPARE(show.json()[u"owner"_s].toString(), u"alice"_s);
        QCOMPARE(show.json()[u"planned_end"_s].toString(), u"2028-01-20"_s);
        QCOMPARE(cli({u"release"_s, u"set-status"_s, u"2028.1"_s, u"planned"_s}).exitCode, 0);
        const Run illegal = cli({u"release"_s, u"set-status"_s, u"2028.1"_s, u"deployed"_s});
        QCOMPARE(illegal.exitCode, 3);
        QVERIFY(illegal.err.contains(u"cannot move from Planned to Deployed"_s));
    }

    void createRejectsBadInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no type") << QStringList{u"x1"_s} << 2 << u"--type"_s;
        QTest::newRow("bad type") << QStringList{u"x2"_s, u"--type"_s, u"huge"_s} << 2 << u"huge"_s;
        QTest::newRow("bad date") << QStringList{u"x3"_s, u"--type"_s, u"minor"_s, u"--start"_s, u"2028-02-30"_s}
                                  << 3 << u"not a valid date"_s;
        QTest::newRow("end before start") << QStringList{u"x4"_s, u"--type"_s, u"minor"_s, u"--start"_s,
                                                         u"2028-03-01"_s, u"--end"_s, u"2028-02-01"_s}
                                          << 3 << u"before the planned start"_s;
        QTest::newRow("duplicate") << QStringList{u"2026.4 Autumn"_s, u"--type"_s, u"minor"_s} << 3
                                   << u"already exists"_s;
        QTest::newRow("unknown owner") << QStringList{u"x5"_s, u"--type"_s, u"minor"_s, u"--owner"_s, u"zed"_s} << 3
                                       << u"zed"_s;
    }

    void createRejectsBadInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run run = cli(QStringList{u"release"_s, u"create"_s} + arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void componentListJson()
    {
        const Run run = cli({u"component"_s, u"list"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray components = run.json().array();
        QVERIFY(components.size() >= 14);
        bool found = false;
        for (const QJsonValue &c : components) {
            if (c[u"name"_s].toString() == u"auth-service"_s) {
                found = true;
                QCOMPARE(c[u"kind"_s].toString(), u"application"_s);
                QCOMPARE(c[u"versions"_s].toArray().size(), 4);
            }
        }
        QVERIFY(found);
    }

    void auditLogRecordsWhoAndWhat()
    {
        QCOMPARE(cli({u"--as"_s, u"ivan"_s, u"release"_s, u"set-status"_s, u"2027.1 Winter"_s, u"building"_s}).exitCode,
                 0);
        const Run run = cli({u"audit"_s, u"log"_s, u"--release"_s, u"2027.1 Winter"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject last = run.json().array().last().toObject();
        QCOMPARE(last[u"actor"_s].toString(), u"ivan"_s);
        QCOMPARE(last[u"action"_s].toString(), u"status"_s);
        QCOMPARE(last[u"before"_s][u"status"_s].toString(), u"planned"_s);
        QCOMPARE(last[u"after"_s][u"status"_s].toString(), u"building"_s);
        QCOMPARE(last[u"hash"_s].toString().size(), 64);
        QVERIFY(last[u"at"_s].toString().endsWith(u'Z'));
        const Run text = cli({u"audit"_s, u"log"_s});
        QVERIFY(text.out.contains(u"When (UTC)"_s));
    }

    void badFilesGiveStorageExitCode()
    {
        const QString text = m_folder.path(u"notes.txt"_s);
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("hello");
        file.close();
        const Run run = cli({u"release"_s, u"list"_s}, text);
        QCOMPARE(run.exitCode, 4);
        QVERIFY(run.err.contains(u"not a Relm database"_s));
    }

    void missingFileIsNotCreated()
    {
        const QString missing = m_folder.path(u"missing.db"_s);
        const Run run = cli({u"release"_s, u"list"_s}, missing);
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.err.contains(u"does not exist"_s));
        QVERIFY(!QFile::exists(missing));
    }

    void usageErrors()
    {
        QCOMPARE(cli({u"frobnicate"_s}).exitCode, 2);
        QCOMPARE(cli({}).exitCode, 2);
        const Run help = cli({u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(u"release set-status NAME STATUS"_s));
        QCOMPARE(cli({u"--as"_s, u"nobody"_s, u"release"_s, u"list"_s}).exitCode, 3);
    }

    void environmentVariableChoosesDatabase()
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"RELM_DB"_s, m_db);
        process.setProcessEnvironment(env);
        process.start(qEnvironmentVariable("RELM_CLI"), {u"person"_s, u"list"_s, u"--json"_s});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(QJsonDocument::fromJson(process.readAllStandardOutput()).array().size() >= 9);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

// relm-cli with a shared database on a PostgreSQL server, through the real binary: setting the
// server up (server init), letting people in (server admit), each person acting as their own
// login, and the exit codes of addresses and options that cannot work.
#include "CliRunner.h"
#include "ServerEngine.h"
#include "TestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace relm;
using namespace Qt::Literals::StringLiterals;

class TestServerCli final : public QObject {
    Q_OBJECT

    test::TempFolder m_folder;
    std::unique_ptr<test::CliRunner> m_runner;
    ServerAddress m_admin; ///< the cluster's superuser, who administers the database

    using Run = test::CliRunner::Run;
    QString url(const QString &login) const {
        ServerAddress address = m_admin;
        address.user = login;
        return address.toUrl();
    }
    /// Runs as `login` on the server: signed in as that login, and RELM_USER naming it.
    Run as(const QString &login, const QStringList &arguments) const {
        return test::CliRunner(url(login), m_folder.path(u"xdg"_s)).withInput(arguments, {}, login);
    }
    Run cli(const QStringList &arguments) const { return (*m_runner)(arguments); }

private Q_SLOTS:
    void initTestCase() {
        if (!test::CliRunner::available())
            QSKIP("RELM_CLI is not set; run through ctest");
        RELM_FRESH_SERVER_DATABASE(address, u"cli"_s);
        m_admin = address;
        for (const QString &login : {u"alice"_s, u"bob"_s, u"zed"_s})
            QCOMPARE(test::runAsSuperuser(u"postgres"_s, u"CREATE ROLE %1 LOGIN"_s.arg(login)), QString());
        m_runner = std::make_unique<test::CliRunner>(m_admin.toUrl(), m_folder.path(u"xdg"_s));
    }

    void serverInitSetsUpTablesAndTheApplicationRole() {
        const Run init = cli({u"server"_s, u"init"_s, m_admin.toUrl(), u"--demo"_s});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        QVERIFY2(init.out.contains(u"Created Relm's tables"_s), qPrintable(init.out));
        QVERIFY(init.out.contains(u"relm_app"_s));
        // Again: the tables stay, the grants are repaired.
        const Run again = cli({u"server"_s, u"init"_s, m_admin.toUrl()});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY2(again.out.contains(u"version"_s), qPrintable(again.out));
        QCOMPARE(test::runAsSuperuser(m_admin.database, u"SELECT 1 FROM pg_roles WHERE rolname = 'relm_app'"_s),
                 QString());
    }

    void admittedPeopleWorkAsThemselves() {
        QCOMPARE(cli({u"server"_s, u"admit"_s, m_admin.toUrl(), u"alice"_s}).exitCode, 0);
        QCOMPARE(cli({u"server"_s, u"admit"_s, m_admin.toUrl(), u"bob"_s}).exitCode, 0);
        const Run created = as(u"alice"_s, {u"release"_s, u"create"_s, u"Team 1.0"_s, u"--type"_s, u"minor"_s});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        // Bob sees Alice's release at once.
        const Run listed = as(u"bob"_s, {u"release"_s, u"list"_s, u"--json"_s});
        QCOMPARE(listed.exitCode, 0);
        bool found = false;
        for (const QJsonValue &release : listed.json().array())
            found = found || release.toObject().value(u"name"_s).toString() == u"Team 1.0"_s;
        QVERIFY(found);
        const Run audit = as(u"bob"_s, {u"audit"_s, u"verify"_s});
        QVERIFY2(audit.exitCode == 0, qPrintable(audit.out + audit.err));
    }

    void nobodyActsAsSomeoneElse() {
        const Run posing = as(u"alice"_s, {u"--as"_s, u"bob"_s, u"release"_s, u"list"_s});
        QCOMPARE(posing.exitCode, 3);
        QVERIFY2(posing.err.contains(u"your own database login"_s), qPrintable(posing.err));
        // RELM_USER, meant for local files, does not get in the way on a server.
        const Run reading = test::CliRunner(url(u"alice"_s), m_folder.path(u"xdg"_s))
                                .withInput({u"release"_s, u"list"_s}, {}, u"bob"_s);
        QCOMPARE(reading.exitCode, 0);
        // An empty --server (an unset variable in a script) is a usage error, not the local file.
        const Run empty = test::CliRunner(m_folder.path(u"local.db"_s), m_folder.path(u"xdg"_s))
                              .withInput({u"--server"_s, QString(), u"release"_s, u"list"_s}, {}, u"alice"_s);
        QCOMPARE(empty.exitCode, 2);
        QVERIFY2(empty.err.contains(u"--server is empty"_s), qPrintable(empty.err));
        QVERIFY(!QFileInfo::exists(m_folder.path(u"local.db"_s)));
    }

    void aLoginWithoutAPersonIsAddedWithItsRoles() {
        const Run admitted = cli({u"server"_s, u"admit"_s, m_admin.toUrl(), u"zed"_s, u"--role"_s, u"change_board"_s});
        QVERIFY2(admitted.exitCode == 0, qPrintable(admitted.err));
        QVERIFY(admitted.out.contains(u"Added zed"_s));
        const Run people = as(u"zed"_s, {u"person"_s, u"list"_s, u"--json"_s});
        QCOMPARE(people.exitCode, 0);
        QVERIFY(people.out.contains(u"change_board"_s));
        const Run unknown = cli({u"server"_s, u"admit"_s, m_admin.toUrl(), u"nobody"_s});
        QCOMPARE(unknown.exitCode, 3);
        QVERIFY2(unknown.err.contains(u"CREATE ROLE"_s), qPrintable(unknown.err));
    }

    void admittingSomeoneKnownKeepsTheirRolesAndSaysSo() {
        const Run again = cli({u"server"_s, u"admit"_s, m_admin.toUrl(), u"alice"_s, u"--role"_s, u"change_board"_s});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(u"roles stay"_s), qPrintable(again.out));
    }

    void onlyTheAdministratorSetsUp() {
        const Run refused = as(u"alice"_s, {u"server"_s, u"init"_s, url(u"alice"_s)});
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains(u"owner"_s), qPrintable(refused.err));
    }

    void migrateCopiesAFileAndABackupBringsItBack() {
        RELM_FRESH_SERVER_DATABASE(target, u"migrated"_s);
        const test::CliRunner local(m_folder.path(u"local.db"_s), m_folder.path(u"xdg"_s));
        QCOMPARE(local.withInput({u"init"_s, u"--demo"_s}, {}, u"alice"_s).exitCode, 0);
        const Run localReleases = local.withInput({u"release"_s, u"list"_s, u"--json"_s}, {}, u"alice"_s);
        QVERIFY(!localReleases.json().array().isEmpty());

        const Run migrated = local.withInput({u"migrate"_s, u"--to"_s, target.toUrl(), u"--json"_s}, {}, u"alice"_s);
        QVERIFY2(migrated.exitCode == 0, qPrintable(migrated.err));
        const QJsonObject outcome = migrated.json().object();
        QVERIFY(outcome.value(u"rows"_s).toInteger() > 100);
        QVERIFY(outcome.value(u"audit_entries"_s).toInteger() > 0);
        QVERIFY(outcome.value(u"signatures"_s).toInteger() > 0);
        // The same fields as a restore's, with where it came from.
        QVERIFY(outcome.value(u"database"_s).toString().startsWith(u"postgresql://"_s));
        QVERIFY(outcome.value(u"from"_s).toString().endsWith(u"local.db"_s));

        // On the server: the same releases, a trail that verifies, and new ids after the old ones.
        const test::CliRunner server(target.toUrl(), m_folder.path(u"xdg"_s));
        QCOMPARE(server.withInput({u"release"_s, u"list"_s, u"--json"_s}, {}, u"alice"_s).json(), localReleases.json());
        const Run verified = server.withInput({u"audit"_s, u"verify"_s}, {}, u"alice"_s);
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.out + verified.err));
        const Run created = server.withInput({u"--as"_s, u"alice"_s, u"release"_s, u"create"_s, u"After the move"_s,
                                              u"--type"_s, u"minor"_s, u"--json"_s},
                                             {}, u"alice"_s);
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        qint64 highest = 0;
        for (const QJsonValue &release : localReleases.json().array())
            highest = qMax(highest, release.toObject().value(u"id"_s).toInteger());
        QVERIFY(created.json().object().value(u"id"_s).toInteger() > highest);
        // The team may use it: the application role and its checks are in place.
        QCOMPARE(test::runAsSuperuser(target.database, u"SELECT 1 FROM pg_roles WHERE rolname = 'relm_app'"_s),
                 QString());

        // A second copy never goes over the first.
        const Run again = local.withInput({u"migrate"_s, u"--to"_s, target.toUrl()}, {}, u"alice"_s);
        QCOMPARE(again.exitCode, 3);
        QVERIFY2(again.err.contains(u"already holds"_s), qPrintable(again.err));

        // Back from the server: a backup of it restores into a file that verifies.
        const QString backup = m_folder.path(u"from-server.json"_s);
        const Run exported = server.withInput({u"export"_s, u"json"_s, u"-o"_s, backup}, {}, u"alice"_s);
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        const QString back = m_folder.path(u"back.db"_s);
        const Run restored = local.withInput({u"import"_s, u"json"_s, backup, u"--to"_s, back}, {}, u"alice"_s);
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
        const test::CliRunner file(back, m_folder.path(u"xdg"_s));
        QCOMPARE(file.withInput({u"audit"_s, u"verify"_s}, {}, u"alice"_s).exitCode, 0);
        const Run backReleases = file.withInput({u"release"_s, u"list"_s, u"--json"_s}, {}, u"alice"_s);
        QCOMPARE(backReleases.json().array().size(), localReleases.json().array().size() + 1);

        // A tampered backup restores into a server database not at all: nothing of it stays.
        RELM_FRESH_SERVER_DATABASE(spare, u"tampered"_s);
        QFile exportedFile(backup);
        QVERIFY(exportedFile.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(exportedFile.readAll()).object();
        QJsonObject tables = root.value(u"tables"_s).toObject();
        QJsonObject audit = tables.value(u"audit_log"_s).toObject();
        QJsonArray rows = audit.value(u"rows"_s).toArray();
        QJsonArray first = rows.at(0).toArray();
        for (qsizetype c = 0; c < first.size(); ++c) {
            if (first.at(c).isString())
                first[c] = QString(first.at(c).toString() + u" (changed)"_s);
        }
        rows[0] = first;
        audit[u"rows"_s] = rows;
        tables[u"audit_log"_s] = audit;
        root[u"tables"_s] = tables;
        const QString tampered = m_folder.path(u"tampered.json"_s);
        test::writeFile(tampered, QJsonDocument(root).toJson());
        const Run refused =
            local.withInput({u"import"_s, u"json"_s, tampered, u"--to"_s, spare.toUrl()}, {}, u"alice"_s);
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains(u"audit entry"_s), qPrintable(refused.err));
        QCOMPARE(test::runAsSuperuser(spare.database, u"DO $$ BEGIN IF EXISTS (SELECT 1 FROM releases) OR EXISTS "
                                                      "(SELECT 1 FROM audit_log) THEN RAISE EXCEPTION 'rows were "
                                                      "left'; END IF; END $$"_s),
                 QString());

        // From a server, migrate has nothing to do: it says how to copy between servers.
        const Run fromServer = server.withInput({u"migrate"_s, u"--to"_s, target.toUrl()}, {}, u"alice"_s);
        QCOMPARE(fromServer.exitCode, 2);
        QVERIFY2(fromServer.err.contains(u"import json"_s), qPrintable(fromServer.err));
    }

    void addressesAndOptionsThatCannotWork() {
        const Run both = test::CliRunner(m_folder.path(u"file.db"_s), m_folder.path(u"xdg"_s))
                             .withInput({u"--server"_s, m_admin.toUrl(), u"release"_s, u"list"_s}, {}, u"alice"_s);
        QCOMPARE(both.exitCode, 2);
        QVERIFY2(both.err.contains(u"not both"_s), qPrintable(both.err));
        const Run noUser = test::CliRunner(u"postgresql://127.0.0.1/relm"_s, m_folder.path(u"xdg"_s))
                               .withInput({u"release"_s, u"list"_s}, {}, u"alice"_s);
        QCOMPARE(noUser.exitCode, 2);
        QVERIFY2(noUser.err.contains(u"no user"_s), qPrintable(noUser.err));
        ServerAddress closed = m_admin;
        closed.port = 1;
        const Run unreachable = test::CliRunner(closed.toUrl(), m_folder.path(u"xdg"_s))
                                    .withInput({u"release"_s, u"list"_s}, {}, u"alice"_s);
        QCOMPARE(unreachable.exitCode, 4);
        QVERIFY2(unreachable.err.contains(u"cannot connect"_s), qPrintable(unreachable.err));
    }
};

QTEST_GUILESS_MAIN(TestServerCli)
#include "tst_servercli.moc"

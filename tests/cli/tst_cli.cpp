#include "CliRunner.h"
#include "TestSupport.h"

#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace relm;
using namespace Qt::Literals::StringLiterals;

/// Runs the real relm-cli binary, as a script would.
class TestCli final : public QObject {
    Q_OBJECT

private:
    test::TempFolder m_folder;
    QString m_db;

    using Run = test::CliRunner::Run;
    std::unique_ptr<test::CliRunner> m_runner;

    Run cli(const QStringList &arguments, const QString &db = {}) { return (*m_runner)(arguments, db); }

private Q_SLOTS:
    void initTestCase() {
        if (qEnvironmentVariableIsEmpty("RELM_CLI"))
            QSKIP("RELM_CLI is not set; run through ctest");
        m_db = m_folder.path(u"cli.db"_s);
        m_runner = std::make_unique<test::CliRunner>(m_db, m_folder.path(u"xdg"_s));
        const Run init = cli({u"init"_s, u"--demo"_s});
        QCOMPARE(init.exitCode, 0);
        QVERIFY(init.out.contains(u"Created"_s));
    }

    void initRefusesExistingDatabase() {
        const Run again = cli({u"init"_s});
        QCOMPARE(again.exitCode, 3);
        QVERIFY(again.err.contains(u"already exists"_s));
    }

    void nobodyNamedMeansNobodyActs() {
        // Without --as or RELM_USER, and an OS user who is not a person here, relm-cli reads but
        // never writes as somebody else (it once fell back to the first person in the database).
        const QString osUser = qEnvironmentVariable("USER");
        const QStringList people{u"alice"_s, u"bob"_s,  u"carla"_s, u"dev"_s,  u"erik"_s,
                                 u"georg"_s, u"hana"_s, u"ivan"_s,  u"julia"_s};
        if (people.contains(osUser))
            QSKIP("The OS user is a person of the demo database.");
        const int entries = cli({u"audit"_s, u"log"_s, u"--json"_s}).json().array().size();
        const Run list = m_runner->withInput({u"release"_s, u"list"_s}, {}, QString());
        QCOMPARE(list.exitCode, 0);
        const Run create =
            m_runner->withInput({u"release"_s, u"create"_s, u"Nobody's"_s, u"--type"_s, u"minor"_s}, {}, QString());
        QCOMPARE(create.exitCode, 5); // not a rule's refusal: scripts can tell "say who you are"
        QVERIFY2(create.err.contains(u"--as LOGIN or RELM_USER"_s), qPrintable(create.err));
        QCOMPARE(cli({u"audit"_s, u"log"_s, u"--json"_s}).json().array().size(), entries);
    }

    void releaseListJson() {
        const Run run = cli({u"release"_s, u"list"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray releases = run.json().array();
        QVERIFY(releases.size() >= 6);
        const QJsonObject first = releases.first().toObject();
        for (const auto &key :
             {u"id"_s, u"name"_s, u"version"_s, u"type"_s, u"status"_s, u"owner"_s, u"target_service"_s,
              u"planned_start"_s, u"planned_end"_s, u"approach"_s, u"backout_plan"_s, u"description"_s})
            QVERIFY2(first.contains(key), qPrintable(key));
        QStringList names;
        for (const QJsonValue &r : releases)
            names.append(r[u"name"_s].toString());
        QVERIFY(names.contains(u"2026.4 Autumn"_s));
    }

    void releaseShowJsonHasPackagesAndChanges() {
        const Run run = cli({u"release"_s, u"show"_s, u"2026.4 Autumn"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject release = run.json().object();
        QCOMPARE(release[u"status"_s].toString(), u"testing"_s);
        QCOMPARE(release[u"packages"_s].toArray().size(), 3);
        QCOMPARE(release[u"change_requests"_s].toArray().size(), 5);
        QVERIFY(release[u"next_statuses"_s].toArray().contains(u"awaiting_signoff"_s));
        const QJsonObject version = release[u"packages"_s][0][u"contents"_s][0].toObject();
        QVERIFY(version.contains(u"component"_s) && version.contains(u"sha256"_s));
    }

    void releaseShowUnknown() {
        const Run run = cli({u"release"_s, u"show"_s, u"nope"_s});
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.err.contains(u"does not exist"_s));
    }

    void createAndMoveRelease() {
        const Run create = cli({u"release"_s, u"create"_s, u"2028.1"_s, u"--type"_s, u"patch"_s, u"--start"_s,
                                u"2028-01-10"_s, u"--end"_s, u"2028-01-20"_s});
        QCOMPARE(create.exitCode, 0);
        const Run show = cli({u"release"_s, u"show"_s, u"2028.1"_s, u"--json"_s});
        QCOMPARE(show.json()[u"type"_s].toString(), u"patch"_s);
        QCOMPARE(show.json()[u"owner"_s].toString(), u"alice"_s);
        // People read names; the login stays beside it for the next command.
        const Run text = cli({u"release"_s, u"show"_s, u"2028.1"_s});
        QVERIFY2(text.out.contains(u"Alice Martin (alice)"_s), qPrintable(text.out));
        // The values line up after the longest label, and the next statuses are offered.
        QVERIFY2(text.out.contains(u"\nOwner:          Alice"_s) && text.out.contains(u"\nBack-out plan:"_s) &&
                     text.out.contains(u"\nNext status:    Planned, Cancelled"_s),
                 qPrintable(text.out));
        QCOMPARE(show.json()[u"planned_end"_s].toString(), u"2028-01-20"_s);
        QCOMPARE(cli({u"release"_s, u"set-status"_s, u"2028.1"_s, u"planned"_s}).exitCode, 0);
        const Run illegal = cli({u"release"_s, u"set-status"_s, u"2028.1"_s, u"deployed"_s});
        QCOMPARE(illegal.exitCode, 3);
        QVERIFY(illegal.err.contains(u"cannot move from Planned to Deployed"_s));
    }

    void createRejectsBadInput_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no type") << QStringList{u"x1"_s} << 2 << u"--type"_s;
        QTest::newRow("bad type") << QStringList{u"x2"_s, u"--type"_s, u"huge"_s} << 2 << u"huge"_s;
        QTest::newRow("bad date") << QStringList{u"x3"_s, u"--type"_s, u"minor"_s, u"--start"_s, u"2028-02-30"_s} << 2
                                  << u"not a valid date"_s;
        QTest::newRow("end before start")
            << QStringList{u"x4"_s, u"--type"_s, u"minor"_s, u"--start"_s, u"2028-03-01"_s, u"--end"_s, u"2028-02-01"_s}
            << 3 << u"before the planned start"_s;
        QTest::newRow("duplicate") << QStringList{u"2026.4 Autumn"_s, u"--type"_s, u"minor"_s} << 3
                                   << u"already exists"_s;
        QTest::newRow("unknown owner") << QStringList{u"x5"_s, u"--type"_s, u"minor"_s, u"--owner"_s, u"zed"_s} << 3
                                       << u"zed"_s;
    }

    void createRejectsBadInput() {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run run = cli(QStringList{u"release"_s, u"create"_s} + arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void componentListJson() {
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

    void auditLogRecordsWhoAndWhat() {
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
        // The text names the field that changed, not the whole record before and after.
        const Run text = cli({u"audit"_s, u"log"_s, u"--release"_s, u"2027.1 Winter"_s});
        QVERIFY(text.out.contains(u"When (UTC)"_s));
        const QString lastLine = text.out.trimmed().split(u'\n').last();
        QVERIFY2(lastLine.endsWith(u"(status: planned \u2192 building)"_s), qPrintable(lastLine));
    }

    void packageCheckExitCodesAndFix() {
        const Run dirty = cli({u"package"_s, u"check"_s, u"Hotfix 2026.3.1"_s, u"--json"_s});
        QCOMPARE(dirty.exitCode, 1);
        const QJsonObject report = dirty.json().object();
        QCOMPARE(report[u"clean"_s].toBool(), false);
        QCOMPARE(report[u"target_environment"_s].toString(), u"Production"_s);
        const QJsonObject finding = report[u"findings"_s][0].toObject();
        QCOMPARE(finding[u"kind"_s].toString(), u"conflict"_s);
        QCOMPARE(finding[u"severity"_s].toString(), u"error"_s);
        QVERIFY(finding[u"fix"_s].toString().contains(u"payments-gateway 7.5"_s));
        // The clash with Autumn's rehearsal is counted, not a package finding (the calendar fixes it).
        QCOMPARE(report[u"calendar_clashes"_s].toInt(), 1);

        const Run add = cli({u"package"_s, u"add"_s, u"Hotfix 2026.3.1/Fix"_s, u"payments-gateway"_s});
        QCOMPARE(add.exitCode, 0);
        QVERIFY(add.out.contains(u"picked 7.5, the latest"_s));
        const Run clean = cli({u"package"_s, u"check"_s, u"Hotfix 2026.3.1"_s});
        QCOMPARE(clean.exitCode, 0);
        QVERIFY(clean.out.contains(u"no findings"_s));
        QVERIFY2(clean.out.contains(u"Also 1 clash with other releases"_s), qPrintable(clean.out));
        QCOMPARE(cli({u"package"_s, u"remove"_s, u"Hotfix 2026.3.1"_s, u"payments-gateway@7.5"_s}).exitCode, 0);
        QCOMPARE(cli({u"package"_s, u"check"_s, u"Hotfix 2026.3.1"_s}).exitCode, 1);
        const Run missing = cli({u"package"_s, u"remove"_s, u"Hotfix 2026.3.1"_s, u"nginx"_s});
        QCOMPARE(missing.exitCode, 3);
        QVERIFY(missing.err.contains(u"is not in"_s));
        QCOMPARE(cli({u"package"_s, u"add"_s, u"Hotfix 2026.3.1/Nope"_s, u"nginx"_s}).exitCode, 3);
        // What a deployed or reviewed release shipped is on record.
        const Run shipped = cli({u"package"_s, u"add"_s, u"2026.2 Spring"_s, u"nginx@1.26.1"_s});
        QCOMPARE(shipped.exitCode, 3);
        QVERIFY2(shipped.err.contains(u"stays as it is"_s), qPrintable(shipped.err));
        QCOMPARE(cli({u"package"_s, u"remove"_s, u"2026.3 Summer"_s, u"nginx"_s}).exitCode, 3);
    }

    void freezeAndBaselineChange() {
        QCOMPARE(cli({u"release"_s, u"freeze"_s, u"Branch network refresh"_s}).exitCode, 0);
        QCOMPARE(cli({u"package"_s, u"check"_s, u"Branch network refresh"_s}).exitCode, 0);
        QCOMPARE(cli({u"package"_s, u"add"_s, u"Branch network refresh"_s, u"user-manual@2026.3"_s}).exitCode, 0);
        const Run check = cli({u"package"_s, u"check"_s, u"Branch network refresh"_s, u"--json"_s});
        QCOMPARE(check.exitCode, 1);
        QCOMPARE(check.json()[u"baseline"_s][u"changed"_s].toBool(), true);
        QCOMPARE(check.json()[u"findings"_s][0][u"kind"_s].toString(), u"baseline_changed"_s);
    }

    void buildsAndTheirNotes() {
        const Run notes = cli({u"build"_s, u"notes"_s, u"2026.4 Autumn"_s, u"--number"_s, u"2"_s, u"--json"_s});
        QCOMPARE(notes.exitCode, 0);
        const QJsonObject n = notes.json().object();
        QCOMPARE(n[u"previous"_s].toInt(), 1);
        QCOMPARE(n[u"changed"_s].toArray().size(), 2);
        QCOMPARE(n[u"changed"_s][0][u"component"_s].toString(), u"mobile-app"_s);
        QCOMPARE(n[u"changed"_s][0][u"direction"_s].toString(), u"upgrade"_s);

        QCOMPARE(cli({u"build"_s, u"record"_s, u"2027.1 Winter"_s, u"--number"_s, u"1"_s}).exitCode, 0);
        QCOMPARE(cli({u"package"_s, u"add"_s, u"2027.1 Winter"_s, u"nginx@1.26.1"_s}).exitCode, 0);
        QCOMPARE(cli({u"build"_s, u"record"_s, u"2027.1 Winter"_s, u"--number"_s, u"2"_s, u"--outcome"_s, u"partial"_s,
                      u"--notes"_s, u"nginx added"_s})
                     .exitCode,
                 0);
        const Run second = cli({u"build"_s, u"notes"_s, u"2027.1 Winter"_s, u"--number"_s, u"2"_s});
        QVERIFY2(second.out.contains(u"+ nginx 1.26.1"_s), qPrintable(second.out));
        QVERIFY(second.out.contains(u"partial"_s));
        const Run duplicate = cli({u"build"_s, u"record"_s, u"2027.1 Winter"_s, u"--number"_s, u"2"_s});
        QCOMPARE(duplicate.exitCode, 3);
        QCOMPARE(cli({u"build"_s, u"record"_s, u"2027.1 Winter"_s, u"--number"_s, u"x"_s}).exitCode, 2);
        QCOMPARE(cli({u"build"_s, u"list"_s, u"2027.1 Winter"_s, u"--json"_s}).json().array().size(), 2);
    }

    void environmentsShowAndDiff() {
        const Run show = cli({u"env"_s, u"show"_s, u"Production"_s, u"--json"_s});
        QCOMPARE(show.exitCode, 0);
        QCOMPARE(show.json()[u"runs"_s].toArray().size(), 12);
        QCOMPARE(show.json()[u"rollback_target"_s][u"reason"_s].toString(), u"2026.2 Spring deployed"_s);
        const Run diff = cli({u"env"_s, u"diff"_s, u"Staging"_s, u"Production"_s, u"--json"_s});
        QCOMPARE(diff.exitCode, 0);
        QCOMPARE(diff.json()[u"different"_s].toArray().size(), 8);
        QCOMPARE(diff.json()[u"different"_s][0][u"Staging"_s].toString(), u"2.3.1"_s);
        const Run deploy = cli({u"env"_s, u"diff"_s, u"Production"_s, u"--release"_s, u"2026.4 Autumn"_s, u"--json"_s});
        QCOMPARE(deploy.json()[u"added"_s].toArray().size(), 1);
        QCOMPARE(deploy.json()[u"changed"_s].toArray().size(), 7);
        QCOMPARE(cli({u"env"_s, u"set"_s, u"Training"_s, u"user-manual@2026.3"_s, u"--reason"_s, u"class"_s}).exitCode,
                 0);
        QCOMPARE(cli({u"env"_s, u"show"_s, u"Training"_s, u"--json"_s}).json()[u"runs"_s].toArray().size(), 1);
    }

    void riskRegister() {
        const Run list = cli({u"risk"_s, u"list"_s, u"2026.4 Autumn"_s, u"--json"_s});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray risks = list.json().array();
        QCOMPARE(risks.size(), 5);
        QCOMPARE(risks.first()[u"band"_s].toString(), u"extreme"_s);
        bool overdue = false;
        for (const QJsonValue &r : risks)
            overdue = overdue || r[u"review_overdue"_s].toBool();
        QVERIFY(overdue);
        const Run add = cli({u"risk"_s, u"add"_s, u"2026.4 Autumn"_s, u"Vendor strike"_s, u"--likelihood"_s, u"2"_s,
                             u"--impact"_s, u"4"_s, u"--task"_s, u"Deploy to Production"_s, u"--delay"_s, u"2d"_s});
        QCOMPARE(add.exitCode, 0);
        QVERIFY(add.out.contains(u"exposure 8, Medium"_s));
        const QString id = add.out.section(u'#', 1).section(u' ', 0, 0);
        QCOMPARE(cli({u"risk"_s, u"set"_s, id, u"--status"_s, u"closed"_s}).exitCode, 0);
        QCOMPARE(cli({u"risk"_s, u"set"_s, id, u"--impact"_s, u"9"_s}).exitCode, 3);
        QCOMPARE(cli({u"risk"_s, u"set"_s, id, u"--status"_s, u"gone"_s}).exitCode, 3);
        QCOMPARE(cli({u"risk"_s, u"add"_s, u"2026.4 Autumn"_s, u"X"_s, u"--likelihood"_s, u"2"_s, u"--impact"_s, u"2"_s,
                      u"--task"_s, u"Nope"_s})
                     .exitCode,
                 3);
        // No silent 3 x 3: a risk is rated on purpose.
        const Run unrated = cli({u"risk"_s, u"add"_s, u"2026.4 Autumn"_s, u"Unrated"_s});
        QCOMPARE(unrated.exitCode, 2);
        QVERIFY(unrated.err.contains(u"--likelihood"_s));
        // A delay belongs to the task it delays.
        const Run delay = cli({u"risk"_s, u"add"_s, u"2026.4 Autumn"_s, u"Late"_s, u"--likelihood"_s, u"2"_s,
                               u"--impact"_s, u"2"_s, u"--delay"_s, u"2d"_s});
        QCOMPARE(delay.exitCode, 3);
        QVERIFY2(delay.err.contains(u"task"_s), qPrintable(delay.err));
        QCOMPARE(cli({u"risk"_s, u"list"_s, u"2026.4 Autumn"_s, u"--json"_s}).json().array().size(), 6);
    }

    void criteriaPoliciesGatesAndSignOff() {
        const Run add = cli({u"criterion"_s, u"add"_s, u"2026.4 Autumn"_s, u"Archive job runs in the new window"_s,
                             u"--category"_s, u"operational"_s, u"--role"_s, u"operations_acceptance"_s});
        QCOMPARE(add.exitCode, 0);
        const QString id = add.out.section(u'#', 1).section(u' ', 0, 0);
        QCOMPARE(cli({u"criterion"_s, u"set"_s, id, u"--status"_s, u"met"_s}).exitCode, 3);    // no evidence yet
        QCOMPARE(cli({u"criterion"_s, u"set"_s, id, u"--status"_s, u"waived"_s}).exitCode, 3); // no reason
        const QString evidence = m_folder.path(u"archive-test.log"_s);
        {
            QFile file(evidence);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("archive ok\n");
        }
        QCOMPARE(cli({u"criterion"_s, u"set"_s, id, u"--status"_s, u"met"_s, u"--evidence-file"_s, evidence}).exitCode,
                 0);
        const QJsonArray criteria = cli({u"criterion"_s, u"list"_s, u"2026.4 Autumn"_s, u"--json"_s}).json().array();
        QCOMPARE(criteria.last()[u"evidence_sha256"_s].toString(), QString::fromLatin1(test::fileHash(evidence)));

        // The policy and the gate: Autumn cannot be approved yet; the gate says why and exits 1.
        QVERIFY(cli({u"policy"_s, u"list"_s}).out.contains(u"change_board:2"_s));
        const Run gate = cli({u"gate"_s, u"check"_s, u"2026.4 Autumn"_s, u"--to"_s, u"approved"_s, u"--json"_s});
        QCOMPARE(gate.exitCode, 1);
        QCOMPARE(gate.json()[u"passed"_s].toBool(), false);
        QVERIFY(gate.json()[u"checks"_s].toArray().size() > 5);
        QCOMPARE(cli({u"gate"_s, u"check"_s, u"Hotfix 2026.3.1"_s}).exitCode, 0);
        const Run refused = cli({u"release"_s, u"set-status"_s, u"2026.4 Autumn"_s, u"approved"_s});
        QCOMPARE(refused.exitCode, 3);

        // Signing: passphrase on stdin; a wrong one signs nothing.
        const QStringList sign = {u"signoff"_s,   u"2026.4 Autumn"_s, u"--role"_s,    u"change_board"_s,
                                  u"--meaning"_s, u"rejected"_s,      u"--comment"_s, u"Load test not met"_s};
        const Run wrong = m_runner->withInput(sign, "not-my-passphrase\n", u"dev"_s);
        QCOMPARE(wrong.exitCode, 3);
        QVERIFY(wrong.err.contains(u"Wrong passphrase"_s));
        const Run signedOff = m_runner->withInput(sign, "relm-demo\n", u"dev"_s);
        QCOMPARE(signedOff.exitCode, 0);
        const QJsonArray list = cli({u"signoff"_s, u"list"_s, u"2026.4 Autumn"_s, u"--json"_s}).json().array();
        QCOMPARE(list.last()[u"meaning"_s].toString(), u"rejected"_s);
        QCOMPARE(list.last()[u"state"_s].toString(), u"valid"_s);
        QCOMPARE(list.last()[u"printed_name"_s].toString(), u"Dev Patel"_s);
        bool someVoid = false;
        for (const QJsonValue &s : list)
            someVoid = someVoid || s[u"state"_s].toString() == u"void_content_changed"_s;
        QVERIFY(someVoid);
        // The owner cannot sign a test role of their own release.
        const Run owner = m_runner->withInput(
            {u"signoff"_s, u"2026.4 Autumn"_s, u"--role"_s, u"test_manager"_s, u"--meaning"_s, u"approved"_s},
            "relm-demo\n", u"alice"_s);
        QCOMPARE(owner.exitCode, 3);

        // A new passphrase needs the current one first.
        QCOMPARE(
            m_runner
                ->withInput({u"person"_s, u"set-passphrase"_s, u"erik"_s}, "guess-guess\nnew-passphrase\n", u"erik"_s)
                .exitCode,
            3);
        const Run rekey = m_runner->withInput({u"person"_s, u"set-passphrase"_s, u"erik"_s},
                                              "relm-demo\nnew-passphrase\n", u"erik"_s);
        QCOMPARE(rekey.exitCode, 0);
        QVERIFY(rekey.out.contains(u"fingerprint"_s));

        const Run verify = cli({u"audit"_s, u"verify"_s, u"--json"_s});
        QCOMPARE(verify.exitCode, 0);
        QCOMPARE(verify.json()[u"signatures"_s][u"invalid"_s].toArray().size(), 0);
        QVERIFY(verify.json()[u"signatures"_s][u"valid"_s].toInt() >= 9);
    }

    void deployRollBackReviewAndNotes() {
        QCOMPARE(
            cli({u"--as"_s, u"ivan"_s, u"release"_s, u"set-status"_s, u"Hotfix 2026.3.1"_s, u"approved"_s}).exitCode,
            0);
        const QJsonArray planned = cli({u"deploy"_s, u"list"_s, u"Hotfix 2026.3.1"_s, u"--json"_s}).json().array();
        QCOMPARE(planned.size(), 1);
        const QString id = QString::number(planned.first()[u"id"_s].toInteger());
        const auto runs = [this] {
            return cli({u"env"_s, u"show"_s, u"Production"_s, u"--json"_s}).json()[u"runs"_s];
        };
        const QJsonValue before = runs();
        // A mistyped environment is refused with the names there are.
        const Run mistyped = cli({u"env"_s, u"show"_s, u"Prod"_s});
        QCOMPARE(mistyped.exitCode, 3);
        QVERIFY2(mistyped.err.contains(u"The environments are: "_s) && mistyped.err.contains(u"Production"_s),
                 qPrintable(mistyped.err));
        const QStringList record{u"--as"_s,
                                 u"georg"_s,
                                 u"deploy"_s,
                                 u"record"_s,
                                 id,
                                 u"--outcome"_s,
                                 u"succeeded"_s,
                                 u"--start"_s,
                                 u"2026-11-22T20:00"_s,
                                 u"--end"_s,
                                 u"2026-11-22T20:45"_s};
        // A time that is not one is a wrong option, read strictly (no hour 25 rolled over).
        const Run hour25 = cli({u"--as"_s, u"georg"_s, u"deploy"_s, u"record"_s, id, u"--outcome"_s, u"failed"_s,
                                u"--start"_s, u"2026-11-22T25:00"_s});
        QCOMPARE(hour25.exitCode, 2);
        QCOMPARE(runs(), before);
        // Not before the runbook is settled: every step done, or skipped with a reason.
        const Run early = cli(record);
        QCOMPARE(early.exitCode, 3);
        QVERIFY2(early.err.contains(u"runbook"_s), qPrintable(early.err));
        QCOMPARE(runs(), before);
        const QJsonArray steps = cli({u"runbook"_s, u"list"_s, id, u"--json"_s}).json().array();
        QVERIFY(steps.size() >= 3);
        bool skipped = false;
        for (const QJsonValue &step : steps) {
            if (step[u"backout"_s].toBool())
                continue;
            const QString stepId = QString::number(step[u"id"_s].toInteger());
            if (!skipped) {
                QCOMPARE(cli({u"runbook"_s, u"skip"_s, stepId}).exitCode, 2); // the reason is required
                QCOMPARE(cli({u"runbook"_s, u"skip"_s, stepId, u"--reason"_s, u"Status page is down"_s}).exitCode, 0);
                skipped = true;
            } else {
                QCOMPARE(cli({u"--as"_s, u"georg"_s, u"runbook"_s, u"done"_s, stepId}).exitCode, 0);
            }
        }
        QVERIFY(cli({u"runbook"_s, u"list"_s, id}).out.contains(u"Status page is down"_s));
        // A run in the future has not happened yet.
        QStringList future = record;
        future.replace(future.indexOf(u"2026-11-22T20:00"_s), u"2099-01-01T20:00"_s);
        future.replace(future.indexOf(u"2026-11-22T20:45"_s), u"2099-01-01T20:45"_s);
        const Run later = cli(future);
        QCOMPARE(later.exitCode, 3);
        QVERIFY2(later.err.contains(u"future"_s), qPrintable(later.err));
        const Run run = cli(record);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(runs() != before);
        QCOMPARE(cli({u"deploy"_s, u"rollback"_s, id}).exitCode, 3); // a reason is required
        QCOMPARE(cli({u"deploy"_s, u"rollback"_s, id, u"--reason"_s, u"Rounding still wrong"_s}).exitCode, 0);
        QCOMPARE(runs(), before); // exactly what it ran before
        QCOMPARE(cli({u"release"_s, u"show"_s, u"Hotfix 2026.3.1"_s, u"--json"_s}).json()[u"status"_s].toString(),
                 u"rolled_back"_s);
        QCOMPARE(cli({u"release"_s, u"set-status"_s, u"Hotfix 2026.3.1"_s, u"reviewed"_s}).exitCode, 3);
        QCOMPARE(cli({u"review"_s, u"set"_s, u"Hotfix 2026.3.1"_s, u"--outcome-text"_s, u"Rolled back"_s, u"--sla"_s,
                      u"missed"_s, u"--lessons"_s, u"Test credit notes too"_s, u"--complete"_s})
                     .exitCode,
                 0);
        QCOMPARE(cli({u"release"_s, u"set-status"_s, u"Hotfix 2026.3.1"_s, u"reviewed"_s}).exitCode, 0);

        const QJsonArray known = cli({u"known-error"_s, u"list"_s, u"2026.4 Autumn"_s, u"--json"_s}).json().array();
        QVERIFY(std::any_of(known.cbegin(), known.cend(),
                            [](const QJsonValue &e) { return e[u"carried_forward"_s].toBool(); }));

        const QString md = m_folder.path(u"notes.md"_s);
        QCOMPARE(
            cli({u"notes"_s, u"2026.4 Autumn"_s, u"--audience"_s, u"customer"_s, u"--format"_s, u"md"_s, u"-o"_s, md})
                .exitCode,
            0);
        QFile file(md);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(file.readAll()).contains(u"## Known errors and workarounds"_s));
        const QString pack = m_folder.path(u"pack.pdf"_s);
        const Run cab = cli({u"cab-pack"_s, u"2026.4 Autumn"_s, u"-o"_s, pack});
        QCOMPARE(cab.exitCode, 0);
        QVERIFY(cab.err.isEmpty());
        QVERIFY(QFile(pack).size() > 20000);
        QCOMPARE(cli({u"notes"_s, u"2026.4 Autumn"_s, u"--audience"_s, u"nobody"_s, u"-o"_s, pack}).exitCode, 2);
    }

    void badFilesGiveStorageExitCode() {
        const QString text = m_folder.path(u"notes.txt"_s);
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("hello");
        file.close();
        const Run run = cli({u"release"_s, u"list"_s}, text);
        QCOMPARE(run.exitCode, 4);
        QVERIFY(run.err.contains(u"not a Relm database"_s));
    }

    void missingFileIsNotCreated() {
        const QString missing = m_folder.path(u"missing.db"_s);
        const Run run = cli({u"release"_s, u"list"_s}, missing);
        QCOMPARE(run.exitCode, 4); // cannot open: a database problem, as README says
        QVERIFY(run.err.contains(u"does not exist"_s));
        QVERIFY(run.err.contains(u"init"_s));
        QVERIFY(!QFile::exists(missing));
    }

    void emptyFileIsRefusedUntilInit() {
        QVERIFY(QDir().mkpath(m_folder.path(u"empty"_s)));
        const QString empty = m_folder.path(u"empty/empty.db"_s);
        QFile file(empty);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const QStringList alone{u"empty.db"_s};
        for (const QStringList &command : {QStringList{u"release"_s, u"list"_s}, QStringList{u"person"_s, u"list"_s},
                                           QStringList{u"audit"_s, u"verify"_s}}) {
            const Run run = cli(command, empty);
            QCOMPARE(run.exitCode, 4);
            QVERIFY2(run.err.contains(u"is empty"_s), qPrintable(run.err));
            QVERIFY2(run.err.contains(u"relm-cli --db "_s + empty + u" init"_s), qPrintable(run.err));
            QCOMPARE(QFileInfo(empty).size(), 0);
            QCOMPARE(QDir(m_folder.path(u"empty"_s)).entryList(QDir::Files | QDir::Hidden), alone);
        }
        const Run init = cli({u"init"_s}, empty);
        QCOMPARE(init.exitCode, 0);
        QVERIFY(init.out.contains(u"Created"_s));
        const Run people = cli({u"person"_s, u"list"_s, u"--json"_s}, empty);
        QCOMPARE(people.exitCode, 0);
        QCOMPARE(people.json().array().size(), 1);
        QCOMPARE(people.json().array().first()[u"login"_s].toString(), u"alice"_s);
        const Run again = cli({u"init"_s}, empty);
        QCOMPARE(again.exitCode, 3);
        QVERIFY(again.err.contains(u"already exists"_s));
    }

    void initOnExistingDatabaseSaysItExists() {
        const QByteArray before = test::fileHash(m_db);
        // Whoever runs it, even someone not in the database: the answer is that the database exists.
        const Run run = cli({u"--as"_s, u"nobody"_s, u"init"_s, u"--demo"_s});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(u"already exists"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"Relm database"_s), qPrintable(run.err));
        QVERIFY(!run.err.contains(u"nobody"_s));
        QCOMPARE(test::fileHash(m_db), before);
    }

    void missingRecordIsARefusal() {
        const Run run = cli({u"runbook"_s, u"add"_s, u"999"_s, u"Step"_s});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(u"does not exist"_s), qPrintable(run.err));
        QVERIFY(!run.err.contains(u"FOREIGN KEY"_s));
    }

    void auditVerifyNeedsTheRecordedHead() {
        const QString copy = m_folder.path(u"headless.db"_s);
        QVERIFY(QFile::copy(m_db, copy));
        {
            auto db = Database::openSqlite(copy);
            QVERIFY2(db, qPrintable(db.errorMessage()));
            QVERIFY((*db)->exec(u"DELETE FROM relm_meta WHERE key = 'audit_head'"_s));
        }
        const Run run = cli({u"audit"_s, u"verify"_s}, copy);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"recorded head of the trail is missing: entries may have been cut off"_s),
                 qPrintable(run.err));
        const Run json = cli({u"audit"_s, u"verify"_s, u"--json"_s}, copy);
        QCOMPARE(json.exitCode, 1);
        QCOMPARE(json.json()[u"intact"_s].toBool(), false);
        QVERIFY(json.json()[u"problem"_s].toString().contains(u"missing"_s));
    }

    void usageErrors() {
        QCOMPARE(cli({u"frobnicate"_s}).exitCode, 2);
        QCOMPARE(cli({}).exitCode, 2);
        const Run help = cli({u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(u"release set-status NAME STATUS"_s));
        const Run stranger = cli({u"--as"_s, u"nobody"_s, u"release"_s, u"list"_s});
        QCOMPARE(stranger.exitCode, 5);
        QVERIFY2(stranger.err.contains(u"relm-cli person list"_s), qPrintable(stranger.err));
    }

    void environmentVariableChoosesDatabase() {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"RELM_DB"_s, m_db);
        process.setProcessEnvironment(env);
        process.start(qEnvironmentVariable("RELM_CLI"), {u"person"_s, u"list"_s, u"--json"_s});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(QJsonDocument::fromJson(process.readAllStandardOutput()).array().size() >= 9);
    }

    void anOptionGivenTwiceIsRefused() {
        // Only a command that takes a list may be given it twice; elsewhere the second would win silently.
        const Run twice = cli({u"export"_s, u"csv"_s, u"tasks"_s, u"--release"_s, u"2026.4 Autumn"_s, u"--release"_s,
                               u"2027.1 Winter"_s});
        QCOMPARE(twice.exitCode, 2);
        QVERIFY2(twice.err.contains(u"--release is given more than once"_s), qPrintable(twice.err));
        QCOMPARE(cli({u"release"_s, u"list"_s, u"--json"_s, u"--json"_s}).exitCode, 2);
    }

    void initWithoutAUserNameSaysWhoToActAs() {
        // A container may give no user name: init makes "admin" and says how to act as it.
        const QString db = QDir(QFileInfo(m_db).path()).filePath(u"nameless.db"_s);
        const auto run = [&db](const QStringList &arguments) {
            QProcess process;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            for (const QString &name : {u"USER"_s, u"LOGNAME"_s, u"USERNAME"_s, u"RELM_USER"_s, u"RELM_DB"_s})
                env.remove(name);
            process.setProcessEnvironment(env);
            process.start(qEnvironmentVariable("RELM_CLI"), QStringList{u"--db"_s, db} + arguments);
            process.waitForFinished(60000);
            return std::pair{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput())};
        };
        const auto [code, out] = run({u"init"_s});
        QCOMPARE(code, 0);
        QVERIFY2(out.contains(u"--as admin"_s), qPrintable(out));
        QCOMPARE(run({u"--as"_s, u"admin"_s, u"release"_s, u"create"_s, u"First"_s, u"--type"_s, u"minor"_s}).first, 0);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

#include "CliRunner.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace relm;
using namespace Qt::Literals::StringLiterals;

/// The change calendar through the real relm-cli binary: freezes with rules and zones, the
/// conflicts they cause, overrides by the right role only, and the calendar listing.
class TestCalendarCli final : public QObject {
    Q_OBJECT

private:
    test::TempFolder m_folder;
    std::unique_ptr<test::CliRunner> m_runner;

    using Run = test::CliRunner::Run;
    Run cli(const QStringList &arguments) { return (*m_runner)(arguments, {}); }

    QJsonArray conflicts() { return cli({u"conflicts"_s, u"--json"_s}).json().array(); }

private Q_SLOTS:
    void initTestCase() {
        if (qEnvironmentVariableIsEmpty("RELM_CLI"))
            QSKIP("RELM_CLI is not set; run through ctest");
        m_runner = std::make_unique<test::CliRunner>(m_folder.path(u"calendar.db"_s), m_folder.path(u"xdg"_s));
        QCOMPARE(cli({u"init"_s, u"--demo"_s}).exitCode, 0);
    }

    void aMonthEndFreezeInBerlinForOneService() {
        const QStringList add{u"--as"_s,
                              u"alice"_s,
                              u"freeze"_s,
                              u"add"_s,
                              u"Billing month-end"_s,
                              u"--from"_s,
                              u"2026-12-30T18:00"_s,
                              u"--to"_s,
                              u"2026-12-31T06:00"_s,
                              u"--zone"_s,
                              u"Europe/Berlin"_s,
                              u"--repeat"_s,
                              u"monthly"_s,
                              u"--on"_s,
                              u"last"_s,
                              u"--service"_s,
                              u"Online Billing"_s,
                              u"--reason"_s,
                              u"Finance closes the books"_s};
        const Run added = cli(add);
        QCOMPARE(added.exitCode, 0);
        QVERIFY2(added.out.contains(u"2026-12-31"_s), qPrintable(added.out)); // moved onto the rule's day
        QCOMPARE(cli(add).exitCode, 3);                                       // the name is taken
        QStringList wrongZone = add;
        wrongZone[4] = u"Other"_s;
        wrongZone[10] = u"Mars/Base"_s;
        const Run refused = cli(wrongZone);
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains(u"Europe/Berlin"_s), qPrintable(refused.err)); // says what to use
        QCOMPARE(cli({u"--as"_s, u"alice"_s, u"freeze"_s, u"add"_s, u"X"_s, u"--from"_s, u"2026-12-01"_s, u"--to"_s,
                      u"2026-12-02"_s, u"--repeat"_s, u"hourly"_s})
                     .exitCode,
                 2);
        // Days without a repetition would be dropped silently: refused instead.
        QCOMPARE(cli({u"--as"_s, u"alice"_s, u"freeze"_s, u"add"_s, u"Y"_s, u"--from"_s, u"2026-12-01"_s, u"--to"_s,
                      u"2026-12-02"_s, u"--on"_s, u"last"_s})
                     .exitCode,
                 2);
        const QJsonArray listed = cli({u"freeze"_s, u"list"_s, u"--json"_s}).json().array();
        const auto found = std::find_if(listed.cbegin(), listed.cend(), [](const QJsonValue &v) {
            return v[u"name"_s].toString() == u"Billing month-end"_s;
        });
        QVERIFY(found != listed.cend());
        QCOMPARE((*found)[u"recurrence"_s][u"rule"_s].toString(), u"FREQ=MONTHLY;BYMONTHDAY=-1"_s);
        QCOMPARE((*found)[u"time_zone"_s].toString(), u"Europe/Berlin"_s);
        QCOMPARE((*found)[u"start"_s].toString(), u"2026-12-31T18:00:00"_s);
    }

    void aPlannedDeploymentThenConflictsNamingEveryComponent() {
        const Run planned =
            cli({u"--as"_s, u"alice"_s, u"deploy"_s, u"plan"_s, u"2026.4 Autumn"_s, u"--env"_s, u"Training"_s,
                 u"--start"_s, u"2026-12-31T18:30"_s, u"--end"_s, u"2026-12-31T20:00"_s});
        QCOMPARE(planned.exitCode, 0); // planned all the same, with the warning at once
        QVERIFY2(planned.err.contains(u"Warning"_s) && planned.err.contains(u"Billing month-end"_s),
                 qPrintable(planned.err));
        const Run run = cli({u"conflicts"_s, u"--json"_s, u"--release"_s, u"2026.4 Autumn"_s});
        QCOMPARE(run.exitCode, 1);
        const QJsonArray list = run.json().array();
        const auto inFreeze = std::find_if(list.cbegin(), list.cend(), [](const QJsonValue &c) {
            return c[u"kind"_s].toString() == u"freeze"_s &&
                   c[u"summary"_s].toString().contains(u"Billing month-end"_s);
        });
        QVERIFY(inFreeze != list.cend());
        const QJsonArray components = (*inFreeze)[u"components"_s].toArray();
        QVERIFY(components.size() >= 6);
        QVERIFY(components.contains(u"billing-api"_s));
        QVERIFY((*inFreeze)[u"fix"_s].toString().contains(u"change board"_s));
        QCOMPARE((*inFreeze)[u"environments"_s].toArray().first().toString(), u"Training"_s);

        // The calendar's row leads with the deployment's number and names the components.
        const Run calendar = cli({u"calendar"_s, u"--from"_s, u"2026-12-31"_s, u"--to"_s, u"2027-01-01"_s});
        QCOMPARE(calendar.exitCode, 0);
        const QString row = calendar.out.split(u'\n').filter(u"Training"_s).value(0);
        QVERIFY2(row.contains(u"#"_s) && row.contains(u"Components: "_s) && row.contains(u"billing-api"_s),
                 qPrintable(calendar.out));
        const QJsonArray events =
            cli({u"calendar"_s, u"--from"_s, u"2026-12-31"_s, u"--to"_s, u"2027-01-01"_s, u"--json"_s}).json().array();
        const auto training = std::find_if(events.cbegin(), events.cend(), [](const QJsonValue &e) {
            return e[u"environment"_s].toString() == u"Training"_s;
        });
        QVERIFY(training != events.cend());
        const QJsonArray details = (*training)[u"conflict_details"_s].toArray();
        QVERIFY(std::any_of(details.cbegin(), details.cend(), [](const QJsonValue &c) {
            return c[u"components"_s].toArray().contains(u"billing-api"_s);
        }));

        // A new freeze says which planned deployments it holds back, and spells the service as
        // the releases do.
        const Run held =
            cli({u"--as"_s, u"alice"_s, u"freeze"_s, u"add"_s, u"New year hold"_s, u"--from"_s, u"2026-12-31T17:00"_s,
                 u"--to"_s, u"2026-12-31T23:00"_s, u"--service"_s, u"online billing"_s});
        QCOMPARE(held.exitCode, 0);
        QVERIFY2(held.out.contains(u"holds back"_s) && held.out.contains(u"(Training)"_s), qPrintable(held.out));
        const QJsonArray windows = cli({u"freeze"_s, u"list"_s, u"--json"_s}).json().array();
        const auto hold = std::find_if(windows.cbegin(), windows.cend(), [](const QJsonValue &w) {
            return w[u"name"_s].toString() == u"New year hold"_s;
        });
        QVERIFY(hold != windows.cend());
        QVERIFY2(QJsonDocument((*hold).toObject()).toJson().contains("Online Billing"),
                 QJsonDocument((*hold).toObject()).toJson().constData());
        QCOMPARE(cli({u"--as"_s, u"erik"_s, u"freeze"_s, u"remove"_s, u"New year hold"_s}).exitCode, 0);
    }

    void onlyTheChangeBoardOverrides() {
        const QJsonArray list = conflicts();
        qint64 deployment = 0;
        for (const QJsonValue &c : list) {
            if (c[u"summary"_s].toString().contains(u"Billing month-end"_s))
                deployment = c[u"deployment_ids"_s].toArray().first().toInteger();
        }
        QVERIFY(deployment > 0);
        const QString id = QString::number(deployment);
        const Run byAlice = cli({u"--as"_s, u"alice"_s, u"freeze"_s, u"override"_s, u"Billing month-end"_s, id,
                                 u"--reason"_s, u"Finance agreed"_s});
        QCOMPARE(byAlice.exitCode, 3);
        QVERIFY2(byAlice.err.contains(u"change board"_s), qPrintable(byAlice.err));
        QCOMPARE(cli({u"--as"_s, u"erik"_s, u"freeze"_s, u"override"_s, u"Billing month-end"_s, id}).exitCode, 2);
        QCOMPARE(cli({u"--as"_s, u"erik"_s, u"freeze"_s, u"override"_s, u"Billing month-end"_s, id, u"--reason"_s,
                      u"Finance agreed in CAB"_s})
                     .exitCode,
                 0);
        for (const QJsonValue &c : conflicts()) {
            if (c[u"summary"_s].toString().contains(u"Billing month-end"_s)) {
                QVERIFY(c[u"overridden"_s].toBool());
                QVERIFY(c[u"override"_s].toString().contains(u"Finance agreed in CAB"_s));
            }
        }
        const QJsonArray trail =
            cli({u"audit"_s, u"log"_s, u"--release"_s, u"2026.4 Autumn"_s, u"--json"_s}).json().array();
        QVERIFY(std::any_of(trail.cbegin(), trail.cend(),
                            [](const QJsonValue &e) { return e[u"action"_s].toString() == u"override"_s; }));
    }

    void theCalendarListsWindowsMeetingsAndDeployments() {
        const Run run = cli({u"calendar"_s, u"--from"_s, u"2026-11-22"_s, u"--to"_s, u"2027-01-31"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QSet<QString> kinds;
        int monthEnds = 0;
        for (const QJsonValue &e : run.json().array()) {
            kinds.insert(e[u"kind"_s].toString());
            if (e[u"title"_s].toString() == u"Billing month-end"_s) {
                ++monthEnds;
                QCOMPARE(e[u"start"_s].toString().mid(11, 5), u"17:00"_s); // 18:00 in Berlin, winter time
            }
        }
        QCOMPARE(monthEnds, 2); // 31 Dec and 31 Jan
        for (const QString &kind : {u"deployment"_s, u"freeze"_s, u"maintenance"_s, u"meeting"_s, u"milestone"_s})
            QVERIFY2(kinds.contains(kind), qPrintable(kind));
        const QJsonArray production = cli({u"calendar"_s, u"--from"_s, u"2026-11-22"_s, u"--to"_s, u"2027-06-30"_s,
                                           u"--env"_s, u"Production"_s, u"--json"_s})
                                          .json()
                                          .array();
        for (const QJsonValue &e : production) {
            if (e[u"kind"_s].toString() == u"deployment"_s)
                QCOMPARE(e[u"environment"_s].toString(), u"Production"_s);
        }
        QCOMPARE(cli({u"calendar"_s, u"--from"_s, u"someday"_s}).exitCode, 2);
        // A date written right that names no day says why.
        const Run february = cli({u"calendar"_s, u"--from"_s, u"2026-02-30"_s});
        QCOMPARE(february.exitCode, 2);
        QVERIFY2(february.err.contains(u"February 2026 has 28 days"_s), qPrintable(february.err));
        const Run freeze =
            cli({u"freeze"_s, u"add"_s, u"Leap"_s, u"--from"_s, u"2027-02-29T16:00"_s, u"--to"_s, u"2027-03-01"_s});
        QCOMPARE(freeze.exitCode, 2);
        QVERIFY2(freeze.err.contains(u"February 2027 has 28 days"_s), qPrintable(freeze.err));
    }

    void aMistypedEnvironmentListsTheKnownOnes() {
        const Run env = cli({u"calendar"_s, u"--env"_s, u"Prod"_s});
        QCOMPARE(env.exitCode, 3);
        QVERIFY2(env.err.contains(u"Production"_s) && env.err.contains(u"Staging"_s), qPrintable(env.err));
    }

    void aMistypedServiceOrOwnerIsNamedNotShownEmpty() {
        const Run service = cli({u"calendar"_s, u"--service"_s, u"Biling"_s});
        QCOMPARE(service.exitCode, 3);
        QVERIFY2(service.err.contains(u"\u201CBiling\u201D"_s) && service.err.contains(u"Billing"_s),
                 qPrintable(service.err));
        const Run owner = cli({u"calendar"_s, u"--owner"_s, u"nobody"_s});
        QCOMPARE(owner.exitCode, 3);
        QVERIFY2(owner.err.contains(u"Owners (logins)"_s), qPrintable(owner.err));
        const Run feed = cli({u"export"_s, u"ical"_s, u"--service"_s, u"Biling"_s, u"-o"_s, m_folder.path(u"x.ics"_s)});
        QCOMPARE(feed.exitCode, 3);
        QVERIFY(!QFile::exists(m_folder.path(u"x.ics"_s)));
        QCOMPARE(cli({u"calendar"_s, u"--service"_s, u"online billing"_s}).exitCode, 0); // case does not matter
        // A freeze for a misspelt service would block nothing: refused, with the services releases serve.
        const Run typo =
            cli({u"--as"_s, u"alice"_s, u"freeze"_s, u"add"_s, u"Typo freeze"_s, u"--from"_s, u"2027-03-01T18:00"_s,
                 u"--to"_s, u"2027-03-02T06:00"_s, u"--service"_s, u"Online Biling"_s});
        QCOMPARE(typo.exitCode, 3);
        QVERIFY2(typo.err.contains(u"Online Biling"_s) && typo.err.contains(u"Customer Care"_s), qPrintable(typo.err));
        QVERIFY(!cli({u"freeze"_s, u"list"_s}).out.contains(u"Typo freeze"_s));
    }

    void aFreezeIsLoosenedOnlyByItsRole() {
        QCOMPARE(cli({u"--as"_s, u"alice"_s, u"freeze"_s, u"remove"_s, u"Billing month-end"_s}).exitCode, 3);
        QCOMPARE(
            cli({u"--as"_s, u"alice"_s, u"freeze"_s, u"set"_s, u"Billing month-end"_s, u"--until"_s, u"2027-01-31"_s})
                .exitCode,
            3);
        QCOMPARE(
            cli({u"--as"_s, u"erik"_s, u"freeze"_s, u"set"_s, u"Billing month-end"_s, u"--until"_s, u"2027-01-31"_s})
                .exitCode,
            0);
        // An override rests on it: it stays until the override is withdrawn, so the trail says who did.
        QCOMPARE(cli({u"--as"_s, u"erik"_s, u"freeze"_s, u"remove"_s, u"Billing month-end"_s}).exitCode, 3);
        const QJsonArray overridden = conflicts();
        const auto withOverride = std::find_if(overridden.cbegin(), overridden.cend(), [](const QJsonValue &c) {
            return c[u"overridden"_s].toBool() && c[u"summary"_s].toString().contains(u"Billing month-end"_s);
        });
        QVERIFY(withOverride != overridden.cend());
        const QString id = QString::number((*withOverride)[u"deployment_ids"_s].toArray().first().toInteger());
        QCOMPARE(cli({u"--as"_s, u"alice"_s, u"freeze"_s, u"withdraw"_s, u"Billing month-end"_s, id}).exitCode, 3);
        QCOMPARE(cli({u"--as"_s, u"erik"_s, u"freeze"_s, u"withdraw"_s, u"Billing month-end"_s, id}).exitCode, 0);
        QCOMPARE(cli({u"--as"_s, u"erik"_s, u"freeze"_s, u"remove"_s, u"Billing month-end"_s}).exitCode, 0);
        QCOMPARE(cli({u"freeze"_s, u"remove"_s, u"Billing month-end"_s}).exitCode, 3);
    }
};

QTEST_GUILESS_MAIN(TestCalendarCli)
#include "tst_calendarcli.moc"

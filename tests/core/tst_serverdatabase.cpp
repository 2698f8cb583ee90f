// A Relm database on a PostgreSQL server: the address people write, connecting, the schema kept
// current by one client at a time, what a server with newer, foreign or no tables gets, and the
// roles `server init` sets up: each person acts as their own login, and the application role is
// refused by the server itself when it tries to rewrite the audit trail or a sign-off.
#include "ServerEngine.h"
#include "TestSupport.h"

#include "changes/RecordChanges.h"
#include "changes/ServerChangeFeed.h"
#include "changes/Workspace.h"
#include "demo/DemoData.h"
#include "signing/TrailVerification.h"
#include "storage/Database.h"
#include "storage/DirectoryStore.h"
#include "storage/ReleaseStore.h"
#include "storage/RiskStore.h"
#include "storage/Schema.h"
#include "storage/ServerSetup.h"

#include <QSignalSpy>
#include <QTest>
#include <QtConcurrent>

using namespace relm;
using namespace Qt::Literals::StringLiterals;

class TestServerDatabase final : public QObject {
    Q_OBJECT

    /// A database an older Relm made: its tables at `version`.
    static Result<void> createAt(const ServerAddress &address, int version) {
        Database::Options old;
        old.createInEmptyFile = true;
        old.createAtVersion = version;
        auto created = Database::openServer(address, old);
        if (!created)
            return created.error();
        if ((*created)->schemaVersion() != version)
            return makeError(ErrorCode::Storage, u"made at version %1"_s.arg((*created)->schemaVersion()));
        return ServerSetup::grant(**created);
    }

    static ServerAddress as(ServerAddress address, const QString &login) {
        address.user = login;
        return address;
    }

    /// A demo database set up for a team, with `logins` admitted as themselves.
    bool team(const ServerAddress &address, const QStringList &logins) {
        auto admin = Workspace::openServer(address, true);
        if (!admin) {
            qWarning("%s", qPrintable(admin.errorMessage()));
            return false;
        }
        (*admin)->setClock(&test::fixedNow);
        (*admin)->actAsSetup();
        if (!DemoData::seed(**admin, QDate(2026, 11, 22)) || !ServerSetup::grant((*admin)->database()))
            return false;
        for (const QString &login : logins) {
            // Logins belong to the whole server: made once per test process.
            (void)test::runAsSuperuser(address.database, u"CREATE ROLE %1 LOGIN"_s.arg(login));
            if (!ServerSetup::admit((*admin)->database(), login))
                return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }

    void addressesAreReadStrictly_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("problem"); // empty: accepted
        QTest::newRow("full") << u"postgresql://alice@db.example.org:5433/relm?sslmode=verify-full"_s << QString();
        QTest::newRow("short scheme") << u"postgres://alice@db/relm"_s << QString();
        QTest::newRow("no user") << u"postgresql://db.example.org/relm"_s << u"no user"_s;
        QTest::newRow("no database") << u"postgresql://alice@db.example.org"_s << u"no database"_s;
        QTest::newRow("no host") << u"postgresql://alice@/relm"_s << u"no host"_s;
        QTest::newRow("bad mode") << u"postgresql://alice@db/relm?sslmode=maybe"_s << u"sslmode must be"_s;
        QTest::newRow("unknown setting") << u"postgresql://alice@db/relm?pool=1"_s << u"pool"_s;
        QTest::newRow("a file") << u"/home/alice/relm.db"_s << u"postgresql://"_s;
        QTest::newRow("port") << u"postgresql://alice@db:99999/relm"_s << u"not a server address"_s;
    }

    void addressesAreReadStrictly() {
        QFETCH(QString, text);
        QFETCH(QString, problem);
        auto address = ServerAddress::parse(text);
        if (problem.isEmpty()) {
            QVERIFY2(address, qPrintable(address.errorMessage()));
            QCOMPARE(address->user, u"alice"_s);
            QCOMPARE(address->database, u"relm"_s);
            // Written back, it reads the same, and never shows a password.
            QCOMPARE(*ServerAddress::parse(address->display()), *address);
            return;
        }
        QVERIFY(!address);
        QCOMPARE(address.error().code, ErrorCode::Invalid);
        QVERIFY2(address.errorMessage().contains(problem), qPrintable(address.errorMessage()));
    }

    void aPasswordIsNeverShown() {
        auto address = ServerAddress::parse(u"postgresql://alice:s3cret@db/relm"_s);
        QVERIFY(address);
        QCOMPARE(address->password, u"s3cret"_s);
        QVERIFY(!address->display().contains(u"s3cret"_s));
        QVERIFY(address->toUrl(true).contains(u"s3cret"_s));
    }

    void anUnreachableServerIsNamedWithWhatToCheck() {
        auto address = ServerAddress::parse(u"postgresql://alice@127.0.0.1:1/relm?sslmode=disable"_s);
        auto opened = Workspace::openServer(*address);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, ErrorCode::Io);
        QVERIFY2(opened.errorMessage().contains(u"postgresql://alice@127.0.0.1:1/relm"_s),
                 qPrintable(opened.errorMessage()));
        QVERIFY(opened.errorMessage().contains(u"password"_s));
    }

    void anEmptyOrForeignDatabaseIsRefusedUnchanged() {
        RELM_FRESH_SERVER_DATABASE(address, u"empty"_s);
        auto empty = Workspace::openServer(address);
        QVERIFY(!empty);
        QCOMPARE(empty.error().code, ErrorCode::NotRelm);
        QVERIFY2(empty.errorMessage().contains(u"server init"_s), qPrintable(empty.errorMessage()));

        QCOMPARE(test::runAsSuperuser(address.database, u"CREATE TABLE invoices (id INT)"_s), QString());
        auto foreign = Workspace::openServer(address, true);
        QVERIFY(!foreign);
        QCOMPARE(foreign.error().code, ErrorCode::NotRelm);
        QVERIFY2(foreign.errorMessage().contains(u"another program"_s), qPrintable(foreign.errorMessage()));
        QCOMPARE(test::runAsSuperuser(address.database, u"SELECT 1 FROM relm_meta"_s).isEmpty(), false);
    }

    void aNewerSchemaIsRefusedUnchanged() {
        RELM_FRESH_SERVER_DATABASE(address, u"newer"_s);
        QVERIFY(Workspace::openServer(address, true));
        QCOMPARE(
            test::runAsSuperuser(address.database, u"UPDATE relm_meta SET value = '99' WHERE key = 'schema_version'"_s),
            QString());
        auto opened = Workspace::openServer(address);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, ErrorCode::NewerVersion);
        QVERIFY2(opened.errorMessage().contains(u"99"_s), qPrintable(opened.errorMessage()));
    }

    void twoClientsUpgradingAtOnceUpgradeOnce() {
        RELM_FRESH_SERVER_DATABASE(address, u"upgrade"_s);
        const auto created = createAt(address, 3);
        QVERIFY2(created, qPrintable(created.errorMessage()));
        // Each client on its own thread (a connection stays on the thread that made it); without
        // the upgrade lock the second would find half-made tables and fail.
        auto open = [address] {
            auto db = Database::openServer(address);
            return db ? QString() : db.errorMessage();
        };
        QFuture<QString> first = QtConcurrent::run(open);
        QFuture<QString> second = QtConcurrent::run(open);
        QCOMPARE(first.result(), QString());
        QCOMPARE(second.result(), QString());
        auto reopened = Database::openServer(address);
        QVERIFY(reopened);
        QCOMPARE((*reopened)->schemaVersion(), Schema::currentVersion());
    }

    void eachPersonActsAsTheirOwnLogin() {
        RELM_FRESH_SERVER_DATABASE(address, u"logins"_s);
        QVERIFY2(team(address, {u"alice"_s, u"bob"_s}), "the team's database is set up");
        auto alice = Workspace::openServer(as(address, u"alice"_s));
        QVERIFY2(alice, qPrintable(alice.errorMessage()));
        QVERIFY(!(*alice)->database().administersServer());
        QCOMPARE((*alice)->database().serverLogin(), u"alice"_s);
        QVERIFY((*alice)->actAs(u"alice"_s));
        auto posing = (*alice)->actAs(u"bob"_s);
        QVERIFY(!posing);
        QCOMPARE(posing.error().code, ErrorCode::Denied);
        QCOMPARE((*alice)->actingPerson().login, u"alice"_s);
    }

    void theApplicationRoleCannotRewriteTheAuditTrail() {
        RELM_FRESH_SERVER_DATABASE(address, u"appendonly"_s);
        QVERIFY2(team(address, {u"carla"_s}), "the team's database is set up");
        auto opened = Workspace::openServer(as(address, u"carla"_s));
        QVERIFY2(opened, qPrintable(opened.errorMessage()));
        Workspace &ws = **opened;
        QVERIFY(ws.actAs(u"carla"_s));
        // Carla works normally: her change and its audit entry are written.
        const Id release = ws.releases().releases()->first().id;
        Risk risk;
        risk.releaseId = release;
        risk.title = u"Carla's risk"_s;
        risk.ownerId = ws.actingPerson().id;
        CreateRecord<Risk> create(risk);
        QVERIFY2(ws.apply(create), "a member of relm_app may change Relm's records");
        const qint64 entries = ws.database().scalar(u"SELECT count(*) FROM audit_log"_s)->toLongLong();
        QVERIFY(entries > 0);

        // What the trail and the signatures record, the server will not let her change or remove.
        for (const QString &attempt :
             {u"UPDATE audit_log SET summary = 'nothing happened'"_s, u"DELETE FROM audit_log"_s,
              u"UPDATE signoffs SET comment = 'forged'"_s, u"DELETE FROM signoffs"_s}) {
            auto refused = ws.database().exec(attempt);
            QVERIFY2(!refused, qPrintable(attempt));
            QCOMPARE(refused.error().code, ErrorCode::Denied);
            QVERIFY2(refused.errorMessage().contains(u"permission denied"_s), qPrintable(refused.errorMessage()));
        }
        QVERIFY(!ws.database().execDirect(u"TRUNCATE audit_log"_s));
        // Nor may she add to it in someone else's name, give herself a role, or touch another's key.
        const Id carla = ws.actingPerson().id;
        for (const auto &[attempt, values] : std::initializer_list<std::pair<QString, QVariantList>>{
                 {u"INSERT INTO audit_log (at_utc, actor_login, entity, entity_id, action, summary) "
                  "VALUES ('2026-12-01T10:00:00Z', 'bob', 'risk', 1, 'update', 'Forged')"_s,
                  {}},
                 {u"INSERT INTO person_roles (person_id, role) VALUES (?, 'change_board')"_s, {carla}},
                 {u"UPDATE people SET display_name = 'Someone else' WHERE id = ?"_s, {carla}},
                 {u"UPDATE signing_keys SET retired = TRUE WHERE person_id <> ?"_s, {carla}}}) {
            auto refused = ws.database().exec(attempt, values);
            QVERIFY2(!refused, qPrintable(attempt));
            QCOMPARE(refused.error().code, ErrorCode::Denied);
            QVERIFY2(refused.errorMessage().contains(u"carla may not"_s), qPrintable(refused.errorMessage()));
        }
        QCOMPARE(ws.database().scalar(u"SELECT count(*) FROM audit_log"_s)->toLongLong(), entries);
        auto trail = verifyTrail(ws);
        QVERIFY(trail);
        QVERIFY2(trail->intact(), qPrintable(trail->problem()));
    }

    void changeNoticesTravelAsIdsOnly() {
        const QList<ChangeNotice> notices = {{Entity::Risk, ChangeNotice::Kind::Created, 7, 3},
                                             {Entity::Release, ChangeNotice::Kind::Updated, 3, 3}};
        const auto message = ServerChangeFeed::decode(ServerChangeFeed::encode(4242, notices));
        QVERIFY(message);
        QCOMPARE(message->senderProcess, qint64(4242));
        QCOMPARE(message->notices, notices);
        // An import's hundred thousand rows become one notice per kind and release.
        QList<ChangeNotice> many;
        for (Id id = 1; id <= 100000; ++id)
            many.append({Entity::Task, ChangeNotice::Kind::Created, id, 5});
        const QString payload = ServerChangeFeed::encode(1, many);
        QVERIFY(payload.size() < 8000);
        QCOMPARE(ServerChangeFeed::decode(payload)->notices,
                 (QList<ChangeNotice>{{Entity::Task, ChangeNotice::Kind::Created, 0, 5}}));
        for (const QString &garbage : {u""_s, u"relm1 x\n1 1 1 1"_s, u"relm1 1\n99 0 1 1"_s, u"relm1 1\n1 1"_s})
            QVERIFY2(!ServerChangeFeed::decode(garbage), qPrintable(garbage));
    }

    void anotherClientsChangeArrivesAndIsCaughtUpAfterAReconnect() {
        RELM_FRESH_SERVER_DATABASE(address, u"live"_s);
        QVERIFY2(team(address, {u"alice"_s, u"bob"_s}), "the team's database is set up");
        auto alice = Workspace::openServer(as(address, u"alice"_s));
        auto bob = Workspace::openServer(as(address, u"bob"_s));
        QVERIFY(alice && bob);
        QVERIFY((*alice)->actAs(u"alice"_s) && (*bob)->actAs(u"bob"_s));
        QSignalSpy live(alice->get(), &Workspace::liveRefreshChanged);
        QVERIFY((*alice)->startLiveRefresh());
        QVERIFY(live.wait(5000));
        QCOMPARE(live.last().at(0).toBool(), true);
        QSignalSpy changes(alice->get(), &Workspace::changed);

        const Id release = (*bob)->releases().releaseByName(u"2027.1 Winter"_s)->id;
        auto addRisk = [&](Workspace &ws, const QString &title) {
            Risk risk;
            risk.releaseId = release;
            risk.title = title;
            risk.ownerId = ws.actingPerson().id;
            CreateRecord<Risk> create(risk);
            return ws.apply(create) ? create.record().id : Id(0);
        };
        const Id first = addRisk(**bob, u"Bob's first"_s);
        QVERIFY(first != 0);
        QVERIFY(changes.wait(5000));
        const auto arrived = changes.takeFirst().at(0).value<ChangeNotice>();
        QCOMPARE(arrived, (ChangeNotice{Entity::Risk, ChangeNotice::Kind::Created, first, release}));

        // Alice's own change is told once, by her own workspace, not echoed back.
        QVERIFY(addRisk(**alice, u"Alice's"_s) != 0);
        QCOMPARE(changes.size(), 1);
        QVERIFY(!changes.wait(1000));
        changes.clear();

        // Her listening connection breaks; what Bob does meanwhile arrives once it is back.
        QCOMPARE(test::runAsSuperuser(address.database,
                                      u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = "
                                      "'alice' AND pid <> %1 AND datname = current_database()"_s.arg(
                                          (*alice)->database().serverProcess())),
                 QString());
        const Id second = addRisk(**bob, u"Bob's second"_s);
        QVERIFY(second != 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            std::any_of(changes.cbegin(), changes.cend(),
                        [&](const QList<QVariant> &signal) { return signal.at(0).value<ChangeNotice>().id == second; }),
            15000);
        QCOMPARE((*alice)->risks().risk(second)->title, u"Bob's second"_s);
    }

    void aServerRestartIsSurvivedBetweenChanges() {
        RELM_FRESH_SERVER_DATABASE(address, u"restart"_s);
        QVERIFY2(team(address, {u"erik"_s}), "the team's database is set up");
        auto opened = Workspace::openServer(as(address, u"erik"_s));
        QVERIFY(opened);
        Workspace &ws = **opened;
        QVERIFY(ws.actAs(u"erik"_s));
        QSignalSpy live(&ws, &Workspace::liveRefreshChanged);
        QVERIFY(ws.startLiveRefresh());
        QVERIFY(live.wait(5000));
        const qint64 before = ws.database().serverProcess();

        QCOMPARE(test::restartServer(), QString());
        // Reading after the restart connects again, on a new server process.
        auto releases = ws.releases().releases();
        QVERIFY2(releases, qPrintable(releases.errorMessage()));
        QVERIFY(ws.database().serverProcess() != before);
        QCOMPARE(test::restartServer(), QString());
        // So does a change, before anything of it runs; it is written once, with its audit entry.
        const qint64 entries = ws.database().scalar(u"SELECT count(*) FROM audit_log"_s)->toLongLong();
        QCOMPARE(test::restartServer(), QString());
        Risk risk;
        risk.releaseId = releases->first().id;
        risk.title = u"Written after a restart"_s;
        risk.ownerId = ws.actingPerson().id;
        CreateRecord<Risk> create(risk);
        const auto applied = ws.apply(create);
        QVERIFY2(applied, qPrintable(applied.errorMessage()));
        QCOMPARE(ws.database().scalar(u"SELECT count(*) FROM audit_log"_s)->toLongLong(), entries + 1);
        // Live refresh comes back by itself.
        QTRY_VERIFY_WITH_TIMEOUT(ws.liveRefreshState() == u"live"_s, 15000);
        auto trail = verifyTrail(ws);
        QVERIFY(trail && trail->intact());
    }

    void anOlderSchemaWaitsForItsAdministrator() {
        RELM_FRESH_SERVER_DATABASE(address, u"older"_s);
        const auto created = createAt(address, 11);
        QVERIFY2(created, qPrintable(created.errorMessage()));
        (void)test::runAsSuperuser(address.database, u"CREATE ROLE dave LOGIN"_s);
        QCOMPARE(test::runAsSuperuser(address.database, u"GRANT relm_app TO dave"_s), QString());
        auto opened = Database::openServer(as(address, u"dave"_s));
        QVERIFY(!opened);
        QVERIFY2(opened.errorMessage().contains(u"server init"_s), qPrintable(opened.errorMessage()));
        QVERIFY2(opened.errorMessage().contains(u"version 11"_s), qPrintable(opened.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestServerDatabase)
#include "tst_serverdatabase.moc"

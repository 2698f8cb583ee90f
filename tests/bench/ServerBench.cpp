#include "ServerBench.h"

#include "BenchSupport.h"
#include "PortfolioGenerator.h"
#include "PostgresServer.h"

#include "changes/RecordChanges.h"
#include "changes/Workspace.h"
#include "planning/PlanCache.h"
#include "storage/Database.h"
#include "storage/DirectoryStore.h"
#include "storage/PlanStore.h"
#include "storage/RiskStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTextStream>
#include <QTimer>

namespace relm::bench {

namespace {

/// A new empty database on the server, as its superuser.
ServerAddress createDatabase(const test::PostgresServer &server, const QString &name) {
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(u"QPSQL"_s, u"bench-admin"_s);
        admin.setHostName(server.host());
        admin.setPort(server.port());
        admin.setUserName(server.user());
        admin.setDatabaseName(u"postgres"_s);
        verify(admin.open(), "the benchmark server takes connections");
        QSqlQuery create(admin);
        verify(create.exec(u"CREATE DATABASE %1"_s.arg(name)), "the benchmark database is made");
    }
    QSqlDatabase::removeDatabase(u"bench-admin"_s);
    ServerAddress address;
    address.host = server.host();
    address.port = server.port();
    address.user = server.user();
    address.database = name;
    address.sslMode = u"disable"_s;
    return address;
}

/// A database (server or file) holding one person and a release of `tasks` tasks.
Id fill(Workspace &ws, int tasks) {
    ws.actAsSetup();
    CreateRecord<Person> me(Person{0, u"bench"_s, u"Bench"_s, {}, {Role::ReleaseManager}});
    verify(ws.apply(me).ok(), "the person is stored");
    verify(ws.actAs(u"bench"_s).ok(), "the person acts");
    auto release = generateSchedule(ws, u"Big plan"_s, tasks);
    verify(release.ok(), "the plan is stored");
    return *release;
}

/// What opening a release in the window costs: connecting, reading its plan, scheduling it.
template<typename Open>
QJsonObject measureOpen(const QString &name, Open open, Id release, int tasks) {
    return measure(name, 5, [&](int) {
        auto ws = open();
        verify(ws.ok(), "the database opens");
        auto plan = (*ws)->plans().schedule(**ws, release);
        verify(plan.ok() && plan->tasks.size() == tasks, "the release's plan is read and scheduled");
    });
}

} // namespace

void benchmarkServer(QJsonArray &results, const QString &folder, bool quick) {
    QString why;
    auto server = test::PostgresServer::start(&why);
    if (!server) {
        QTextStream(stderr) << "relm-bench: server_ steps skipped: " << why << Qt::endl;
        return;
    }
    const int tasks = quick ? 500 : 10000;
    const ServerAddress address = createDatabase(*server, u"bench"_s);
    Id release = 0;
    {
        auto ws = Workspace::openServer(address, true);
        verify(ws.ok(), "the server database is created");
        release = fill(**ws, tasks);
    }
    results.append(measureOpen(
        u"server_open_release_%1k_tasks"_s.arg(tasks / 1000.0), [&] { return Workspace::openServer(address); }, release,
        tasks));

    const QString file = folder + u"/server-bench-twin.db"_s;
    Id fileRelease = 0;
    {
        auto ws = Workspace::openFile(file);
        verify(ws.ok(), "the file is created");
        fileRelease = fill(**ws, tasks);
    }
    results.append(measureOpen(
        u"sqlite_open_release_%1k_tasks"_s.arg(tasks / 1000.0), [&] { return Workspace::openFile(file); }, fileRelease,
        tasks));

    // One client's change reaching another's open workspace: from the start of the change to
    // the other's notice (committed, sent, received, decoded).
    if (!wanted(u"server_change_seen_by_another_client"_s))
        return;
    auto watcher = Workspace::openServer(address);
    auto writer = Workspace::openServer(address);
    verify(watcher.ok() && writer.ok(), "two clients connect");
    verify((*writer)->actAs(u"bench"_s).ok(), "the writer acts");
    QEventLoop loop;
    QObject::connect(watcher->get(), &Workspace::liveRefreshChanged, &loop, &QEventLoop::quit);
    verify((*watcher)->startLiveRefresh().ok(), "live refresh starts");
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    loop.exec();
    QObject::connect(watcher->get(), &Workspace::changed, &loop, &QEventLoop::quit);
    const Id task = (*writer)->plan().tasks(release)->first().id;
    results.append(measure(u"server_change_seen_by_another_client"_s, quick ? 3 : 20, [&](int i) {
        PlanTask before = *(*writer)->plan().task(task);
        PlanTask after = before;
        after.name = u"Renamed %1"_s.arg(i);
        EditRecord<PlanTask> edit(before, after);
        verify((*writer)->apply(edit).ok(), "the change is written");
        QTimer timeout;
        timeout.setSingleShot(true);
        QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
        timeout.start(5000);
        loop.exec();
        verify(timeout.isActive(), "the other client hears of the change");
    }));
}

} // namespace relm::bench

#include "ServerEngine.h"

#include "PostgresServer.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <functional>
#include <memory>

namespace relm::test {

namespace {

std::unique_ptr<PostgresServer> &theServer() {
    static std::unique_ptr<PostgresServer> server;
    return server;
}

/// Starts the process's server on first use; stopped when the application object goes.
PostgresServer *server(QString *why) {
    auto &server = theServer();
    if (!server) {
        server = PostgresServer::start(why);
        if (server)
            qAddPostRoutine([] { theServer().reset(); });
    }
    return server.get();
}

/// Runs work on a connection of the cluster's superuser to the named database.
QString asSuperuser(PostgresServer &pg, const QString &database, const std::function<QString(QSqlDatabase &)> &work) {
    static int connections = 0;
    const QString connection = QStringLiteral("relm-test-superuser-%1").arg(++connections);
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(pg.host());
        db.setPort(pg.port());
        db.setUserName(pg.user());
        db.setDatabaseName(database);
        failure = db.open() ? work(db) : db.lastError().text();
    }
    QSqlDatabase::removeDatabase(connection);
    return failure;
}

/// Creates the database unless it exists.
void createDatabase(PostgresServer &pg, const QString &name) {
    const QString failure = asSuperuser(pg, QStringLiteral("postgres"), [&](QSqlDatabase &db) -> QString {
        QSqlQuery exists(db);
        exists.prepare(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = ?"));
        exists.addBindValue(name);
        if (!exists.exec())
            return exists.lastError().text();
        if (exists.next())
            return {};
        QSqlQuery create(db);
        if (!create.exec(QStringLiteral("CREATE DATABASE \"%1\" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' "
                                        "LC_CTYPE 'C'")
                             .arg(name)))
            return create.lastError().text();
        return {};
    });
    if (!failure.isEmpty())
        qFatal("cannot create the test database %s: %s", qPrintable(name), qPrintable(failure));
}

ServerAddress addressOf(PostgresServer &pg, const QString &database) {
    ServerAddress address;
    address.host = pg.host();
    address.port = pg.port();
    address.user = pg.user();
    address.database = database;
    address.sslMode = QStringLiteral("disable");
    return address;
}

} // namespace

bool onServer() {
    return qEnvironmentVariable("RELM_TEST_ENGINE") == QStringLiteral("postgres");
}

namespace {

QString databaseNameFor(const QString &path) {
    return QStringLiteral("relm_") +
           QString::fromLatin1(QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha1).toHex().left(20));
}

} // namespace

QString restartServer() {
    QString why;
    PostgresServer *pg = server(&why);
    return pg ? pg->restart() : why;
}

void dropServerDatabaseFor(const QString &path) {
    QString why;
    PostgresServer *pg = server(&why);
    if (!pg)
        qFatal("the test PostgreSQL server does not start: %s", qPrintable(why));
    const QString failure = asSuperuser(*pg, QStringLiteral("postgres"), [&](QSqlDatabase &db) -> QString {
        QSqlQuery drop(db);
        return drop.exec(QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(databaseNameFor(path)))
                   ? QString()
                   : drop.lastError().text();
    });
    if (!failure.isEmpty())
        qFatal("cannot drop a test database: %s", qPrintable(failure));
}

ServerAddress serverDatabaseFor(const QString &path) {
    QString why;
    PostgresServer *pg = server(&why);
    if (!pg)
        qFatal("the test PostgreSQL server does not start: %s", qPrintable(why));
    const QString name = databaseNameFor(path);
    createDatabase(*pg, name);
    return addressOf(*pg, name);
}

std::optional<ServerAddress> freshServerDatabase(const QString &name, QString *why) {
    PostgresServer *pg = server(why);
    if (!pg)
        return std::nullopt;
    static int counter = 0;
    const QString database = QStringLiteral("%1_%2").arg(name).arg(++counter);
    createDatabase(*pg, database);
    return addressOf(*pg, database);
}

QString runAsSuperuser(const QString &database, const QString &sql) {
    QString why;
    PostgresServer *pg = server(&why);
    if (!pg)
        return why;
    return asSuperuser(*pg, database, [&](QSqlDatabase &db) -> QString {
        QSqlQuery query(db);
        return query.exec(sql) ? QString() : query.lastError().text();
    });
}

} // namespace relm::test

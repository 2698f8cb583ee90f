// The throwaway PostgreSQL server the team-mode tests will run against: it starts from nothing,
// takes connections through Qt's driver, keeps what is committed, and is gone afterwards.
#include "PostgresServer.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace relm;
using namespace Qt::Literals::StringLiterals;

class TestPostgresServer final : public QObject {
    Q_OBJECT

    std::unique_ptr<test::PostgresServer> m_server;

    QSqlDatabase connect(const QString &name) {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(m_server->host());
        db.setPort(m_server->port());
        db.setUserName(m_server->user());
        db.setDatabaseName(u"postgres"_s);
        return db;
    }

private Q_SLOTS:
    void initTestCase() {
        QString why;
        m_server = test::PostgresServer::start(&why);
        if (!m_server && test::PostgresServer::required())
            QFAIL(qPrintable(why));
        if (!m_server)
            QSKIP(qPrintable(why));
        QVERIFY2(QSqlDatabase::isDriverAvailable(u"QPSQL"_s), "Qt's PostgreSQL driver (libqt6sql6-psql) is missing");
    }

    void aServerTakesConnectionsAndKeepsWhatIsCommitted() {
        {
            QSqlDatabase writer = connect(u"writer"_s);
            QVERIFY2(writer.open(), qPrintable(writer.lastError().text()));
            QSqlQuery version(writer);
            QVERIFY(version.exec(u"SHOW server_version"_s) && version.next());
            QVERIFY2(version.value(0).toString().startsWith(u"15."_s), qPrintable(version.value(0).toString()));
            QSqlQuery q(writer);
            QVERIFY2(q.exec(u"CREATE TABLE notes (id SERIAL PRIMARY KEY, text TEXT NOT NULL)"_s),
                     qPrintable(q.lastError().text()));
            QVERIFY(writer.transaction());
            QVERIFY(q.prepare(u"INSERT INTO notes (text) VALUES (?)"_s));
            q.addBindValue(u"Grüße aus Relm"_s);
            QVERIFY(q.exec());
            QVERIFY(writer.commit());
            QVERIFY(writer.transaction());
            QVERIFY(q.exec(u"INSERT INTO notes (text) VALUES ('rolled back')"_s));
            QVERIFY(writer.rollback());
        }
        QSqlDatabase::removeDatabase(u"writer"_s);
        // Another connection sees the committed row only.
        QSqlDatabase reader = connect(u"reader"_s);
        QVERIFY2(reader.open(), qPrintable(reader.lastError().text()));
        QSqlQuery q(reader);
        QVERIFY(q.exec(u"SELECT text FROM notes ORDER BY id"_s));
        QStringList texts;
        while (q.next())
            texts.append(q.value(0).toString());
        QCOMPARE(texts, QStringList{u"Grüße aus Relm"_s});
    }

    void cleanupTestCase() {
        for (const QString &name : QSqlDatabase::connectionNames())
            QSqlDatabase::removeDatabase(name);
        m_server.reset(); // stops it
    }
};

QTEST_GUILESS_MAIN(TestPostgresServer)
#include "tst_postgresserver.moc"

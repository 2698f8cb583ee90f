#include "domain/Validation.h"

#include <QTest>

using namespace relm;
using namespace Qt::Literals::StringLiterals;

class TestValidation final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void release_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("end");
        QTest::addColumn<qint64>("owner");
        QTest::addColumn<QString>("problem"); // empty: valid
        const QDate d(2026, 3, 1);
        QTest::newRow("valid") << u"2026.1"_s << d << d.addDays(10) << qint64(1) << QString();
        QTest::newRow("same day") << u"2026.1"_s << d << d << qint64(1) << QString();
        QTest::newRow("no dates") << u"2026.1"_s << QDate() << QDate() << qint64(1) << QString();
        QTest::newRow("empty name") << u""_s << d << d << qint64(1) << u"needs a name"_s;
        QTest::newRow("blank name") << u"   "_s << d << d << qint64(1) << u"needs a name"_s;
        QTest::newRow("padded name") << u" 2026.1"_s << d << d << qint64(1) << u"spaces"_s;
        QTest::newRow("slash") << u"a/b"_s << d << d << qint64(1) << u"'/'"_s;
        QTest::newRow("end before start")
            << u"2026.1"_s << d << d.addDays(-1) << qint64(1) << u"before the planned start"_s;
        QTest::newRow("no owner") << u"2026.1"_s << d << d << qint64(0) << u"owner"_s;
        QTest::newRow("long name") << QString(201, u'x') << d << d << qint64(1) << u"too long"_s;
    }

    void release() {
        QFETCH(QString, name);
        QFETCH(QDate, start);
        QFETCH(QDate, end);
        QFETCH(qint64, owner);
        QFETCH(QString, problem);
        Release r;
        r.name = name;
        r.plannedStart = start;
        r.plannedEnd = end;
        r.ownerId = owner;
        const auto result = validation::check(r);
        QCOMPARE(result.ok(), problem.isEmpty());
        if (!problem.isEmpty())
            QVERIFY2(result.errorMessage().contains(problem), qPrintable(result.errorMessage()));
    }

    void versions_data() {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("sha");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << u"2.3.1"_s << QString() << true;
        QTest::newRow("with hash") << u"2.3.1"_s << QString(64, u'a') << true;
        QTest::newRow("short hash") << u"2.3.1"_s << u"abc"_s << false;
        QTest::newRow("upper hash") << u"2.3.1"_s << QString(64, u'A') << false;
        QTest::newRow("empty") << u""_s << QString() << false;
        QTest::newRow("space") << u"2 3"_s << QString() << false;
    }

    void versions() {
        QFETCH(QString, version);
        QFETCH(QString, sha);
        QFETCH(bool, valid);
        ComponentVersion v;
        v.version = version;
        v.sha256 = sha;
        QCOMPARE(validation::check(v).ok(), valid);
    }

    void dates() {
        QCOMPARE(*validation::parseDate(u"2026-02-28"_s, u"--start"_s), QDate(2026, 2, 28));
        const auto bad = validation::parseDate(u"2026-02-30"_s, u"--start"_s);
        QVERIFY(!bad);
        QVERIFY(bad.errorMessage().contains(u"--start"_s));
        QVERIFY(bad.errorMessage().contains(u"YYYY-MM-DD"_s));
        QVERIFY(!validation::parseDate(u"31/12/2026"_s, u"--end"_s));
    }

    void componentsAndPeople() {
        QVERIFY(!validation::check(Component{0, u"auth service"_s, {}, 0, {}, {}, false}));
        QVERIFY(!validation::check(Component{0, u"auth@2"_s, {}, 0, {}, {}, false}));
        QVERIFY(validation::check(Component{0, u"auth-service"_s, {}, 0, {}, {}, false}));
        QVERIFY(!validation::check(Person{0, u"a b"_s, u"A B"_s, {}, {}}));
        QVERIFY(!validation::check(Person{0, u"ab"_s, u""_s, {}, {}}));
        QVERIFY(validation::check(Person{0, u"ab"_s, u"A B"_s, {}, {}}));
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"

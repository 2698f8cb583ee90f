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

    void namesAreOneLineOfVisibleText_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("problem"); // empty: valid
        QTest::newRow("plain") << u"Deploy to Staging"_s << QString();
        QTest::newRow("accents and CJK") << u"D\u00E9ploiement \u672C\u756A"_s << QString();
        QTest::newRow("emoji") << u"Go-live \U0001F680"_s << QString();
        QTest::newRow("zero-width only") << u"\u200B\u200B"_s << u"needs a name"_s;
        QTest::newRow("word joiner only") << u"\u2060 \uFEFF"_s << u"needs a name"_s;
        QTest::newRow("newline") << u"Two\nlines"_s << u"line break"_s;
        QTest::newRow("carriage return") << u"Two\rlines"_s << u"line break"_s;
        QTest::newRow("line separator") << u"Two\u2028lines"_s << u"line break"_s;
        QTest::newRow("terminal escape") << u"\u001B[31mred"_s << u"escape"_s;
        QTest::newRow("right-to-left override") << u"invoice\u202Egpj.exe"_s << u"reorders"_s;
        QTest::newRow("isolate") << u"a\u2066b"_s << u"reorders"_s;
        QTest::newRow("tab") << u"a\tb"_s << u"control character"_s;
        QTest::newRow("delete") << u"a\u007Fb"_s << u"control character"_s;
        QTest::newRow("zero-width inside") << u"Build\u200B"_s << u"would look like another name"_s;
        QTest::newRow("braille blank") << u"\u2800"_s << u"would look like another name"_s;
        QTest::newRow("soft hyphen") << u"Deploy\u00ADment"_s << u"invisible character (U+00AD)"_s;
        QTest::newRow("joiner in an emoji") << u"Team \U0001F469\u200D\U0001F4BB"_s << QString();
        // The message shows what it refuses without passing it on to the terminal.
        QTest::newRow("escape quoted") << u"\u001B[31mred"_s << u"\u27E8U+001B\u27E9[31mred"_s;
    }

    void namesAreOneLineOfVisibleText() {
        QFETCH(QString, name);
        QFETCH(QString, problem);
        PlanTask task;
        task.releaseId = 1;
        task.name = name;
        const auto result = validation::check(task);
        QCOMPARE(result.ok(), problem.isEmpty());
        if (!problem.isEmpty())
            QVERIFY2(result.errorMessage().contains(problem), qPrintable(result.errorMessage()));
        // The same rule for every kind of name.
        Risk risk;
        risk.releaseId = 1;
        risk.title = name;
        QCOMPARE(validation::check(risk).ok(), problem.isEmpty());
    }

    void freeTextAllowsLinesButNotEscapes() {
        Release r;
        r.name = u"2026.1"_s;
        r.ownerId = 1;
        r.description = u"First line\nSecond line\twith a tab"_s;
        QVERIFY(validation::check(r));
        r.backoutPlan = u"Run \u001B]0;pwned\u0007 now"_s;
        QVERIFY(!validation::check(r));
        r.backoutPlan = u"Roll \u202Eback"_s;
        QVERIFY(!validation::check(r));
    }

    void datesAndTimesAreReadStrictly() {
        QVERIFY(!validation::parseDate(u"2026-01-01T25:00"_s, u"--start"_s));
        QVERIFY(!validation::parseDate(u"2026-1-1"_s, u"--start"_s));
        QVERIFY(!validation::parseDate(u"2300-01-01"_s, u"--start"_s));
        QCOMPARE(*validation::parseUtcDateTime(u"2026-11-24T22:00"_s, u"--start"_s),
                 QDateTime(QDate(2026, 11, 24), QTime(22, 0), Qt::UTC));
        QCOMPARE(*validation::parseUtcDateTime(u"2026-11-24 22:00:30"_s, u"--start"_s),
                 QDateTime(QDate(2026, 11, 24), QTime(22, 0, 30), Qt::UTC));
        QCOMPARE(*validation::parseUtcDateTime(u"2026-11-24"_s, u"--start"_s),
                 QDateTime(QDate(2026, 11, 24), QTime(0, 0), Qt::UTC));
        const auto hour25 = validation::parseUtcDateTime(u"2026-01-01T25:00"_s, u"--start"_s);
        QVERIFY(!hour25);
        QVERIFY(hour25.errorMessage().contains(u"--start"_s));
        QVERIFY(!validation::parseUtcDateTime(u"2026-01-01T12:60"_s, u"--end"_s));
        QVERIFY(!validation::parseUtcDateTime(u"tomorrow"_s, u"--end"_s));
    }

    void workingHoursDoNotOverlap() {
        PlanCalendar calendar{0, u"Ops"_s, WorkCalendar::standard()};
        QVERIFY(validation::check(calendar));
        calendar.calendar.setWeekday(Qt::Monday, {{8 * 60, 12 * 60}, {11 * 60, 13 * 60}});
        const auto overlap = validation::check(calendar);
        QVERIFY(!overlap);
        QVERIFY2(overlap.errorMessage().contains(u"overlap"_s), qPrintable(overlap.errorMessage()));
        calendar.calendar.setWeekday(Qt::Monday, {{13 * 60, 12 * 60}});
        QVERIFY(!validation::check(calendar));
        calendar.calendar.setWeekday(Qt::Monday, {{0, 24 * 60}});
        QVERIFY(validation::check(calendar));
    }

    void durationsStayWithinWhatIsPlanned() {
        PlanTask task;
        task.releaseId = 1;
        task.name = u"Forever"_s;
        task.duration = qint64(99999999) * 2400;
        QVERIFY(!validation::check(task));
        task.duration = 480;
        task.constraint = ConstraintType::StartNoEarlierThan;
        task.constraintDate = QDateTime(QDate(2400, 1, 1), QTime(8, 0));
        QVERIFY(!validation::check(task));
        Risk risk;
        risk.releaseId = 1;
        risk.title = u"Vendor strike"_s;
        risk.expectedDelay = 960;
        QVERIFY(!validation::check(risk)); // a delay without the task it delays
        risk.taskId = 7;
        QVERIFY(validation::check(risk));
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

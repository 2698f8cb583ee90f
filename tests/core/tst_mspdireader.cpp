#include "import/MspdiElements.h"
#include "import/MspdiReader.h"
#include "import/PlanDateCheck.h"
#include "schedule/Scheduler.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTest>

using namespace relm;
using namespace Qt::Literals::StringLiterals;

namespace {

/// A small MSPDI file: Build (2 days), then the milestone Ship. Placeholders in capitals are
/// replaced by each case; line numbers matter for the encoding cases (Build's name is on line 7).
// Plain literals, not a raw string: moc does not read raw strings.
const QByteArray tiny = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                        "<Project xmlns=\"http://schemas.microsoft.com/project\">\n"
                        "<Name>Tiny</Name>\n"
                        "START\n"
                        "<Tasks>\n"
                        "<Task><UID>0</UID><Name>Tiny</Name><OutlineLevel>0</OutlineLevel></Task>\n"
                        "<Task><UID>BUILDUID</UID><Name>BUILDNAME</Name><OutlineLevel>1</"
                        "OutlineLevel><Duration>BUILDDURATION</Duration>CONSTRAINT</Task>\n"
                        "<Task><UID>2</UID><Name>Ship</Name><OutlineLevel>1</OutlineLevel><Duration>PT0H0M0S</"
                        "Duration><Milestone>1</Milestone>\n"
                        "<PredecessorLink><PredecessorUID>PREDECESSOR</PredecessorUID><Type>1</Type><LinkLag>LAG</"
                        "LinkLag><LagFormat>7</LagFormat></PredecessorLink>\n"
                        "</Task>\n"
                        "</Tasks>\n"
                        "</Project>\n";

struct Change {
    QByteArray from;
    QByteArray to;
};

QByteArray file(const QList<Change> &changes) {
    QByteArray bytes = tiny;
    const QList<Change> defaults = {{"START", "<StartDate>2026-01-05T08:00:00</StartDate>"},
                                    {"BUILDUID", "1"},
                                    {"BUILDNAME", "Build"},
                                    {"BUILDDURATION", "PT16H0M0S"},
                                    {"CONSTRAINT", ""},
                                    {"PREDECESSOR", "1"},
                                    {"LAG", "0"}};
    for (const Change &c : changes)
        bytes.replace(c.from, c.to);
    for (const Change &c : defaults)
        bytes.replace(c.from, c.to);
    return bytes;
}

/// A project calendar with `count` exception periods of ten years each.
QByteArray manyExceptions(int count) {
    QByteArray exceptions;
    for (int i = 0; i < count; ++i)
        exceptions += "<Exception><TimePeriod><FromDate>2000-01-01T00:00:00</FromDate><ToDate>2011-12-31T23:59:00"
                      "</ToDate></TimePeriod><DayWorking>0</DayWorking></Exception>";
    return file({{"START", "<StartDate>2026-01-05T08:00:00</StartDate><CalendarUID>1</CalendarUID><Calendars>"
                           "<Calendar><UID>1</UID><Name>Holidays</Name><Exceptions>" +
                               exceptions + "</Exceptions></Calendar></Calendars>"}});
}

/// Two phases of `size` tasks, the second linked `links` times to the first.
QByteArray linkedPhases(int size, int links) {
    QByteArray tasks = "<Task><UID>100</UID><Name>P1</Name><OutlineLevel>1</OutlineLevel></Task>";
    for (int i = 0; i < size; ++i)
        tasks += "<Task><UID>" + QByteArray::number(1000 + i) +
                 "</UID><Name>a</Name><OutlineLevel>2</OutlineLevel><Duration>PT8H0M0S</Duration></Task>";
    tasks += "<Task><UID>101</UID><Name>P2</Name><OutlineLevel>1</OutlineLevel>";
    for (int i = 0; i < links; ++i)
        tasks += "<PredecessorLink><PredecessorUID>100</PredecessorUID></PredecessorLink>";
    tasks += "</Task>";
    for (int i = 0; i < size; ++i)
        tasks += "<Task><UID>" + QByteArray::number(5000 + i) +
                 "</UID><Name>b</Name><OutlineLevel>2</OutlineLevel><Duration>PT8H0M0S</Duration></Task>";
    return file({{"</Tasks>", tasks + "</Tasks>"}});
}

QByteArray deepOutline(int levels) {
    QByteArray tasks;
    for (int i = 1; i <= levels; ++i)
        tasks += "<Task><UID>" + QByteArray::number(i + 10) + "</UID><Name>Level " + QByteArray::number(i) +
                 "</Name><OutlineLevel>" + QByteArray::number(i) +
                 "</OutlineLevel><Duration>PT8H0M0S</Duration></Task>";
    return file({{"</Tasks>", tasks + "</Tasks>"}});
}

} // namespace

/// The MSPDI reader on damaged and hostile files: everything it accepts schedules or is refused
/// by the scheduler naming the task; everything else is refused naming the file and the task.
class TestMspdiReader final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void datesAreReadInTheirOneFormOnly_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime none;
        QTest::newRow("date") << u" 2026-01-05T08:30:15 "_s << QDateTime(QDate(2026, 1, 5), QTime(8, 30, 15));
        QTest::newRow("year 0001") << u"0001-01-01T00:00:00"_s << QDateTime(QDate(1, 1, 1), QTime(0, 0));
        QTest::newRow("letters in the year") << u"20x6-01-05T08:00:00"_s << none;
        QTest::newRow("a sign for a year") << u"-001-01-05T08:00:00"_s << none;
        QTest::newRow("31 February") << u"2026-02-31T08:00:00"_s << none;
        QTest::newRow("hour 24") << u"2026-01-05T24:00:00"_s << none;
        QTest::newRow("no seconds") << u"2026-01-05T08:00"_s << none;
        QTest::newRow("a space for T") << u"2026-01-05 08:00:00"_s << none;
        QTest::newRow("empty") << QString() << none;
    }

    void datesAreReadInTheirOneFormOnly() {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        QCOMPARE(mspdi::parseDate(text), expected);
    }

    void readsOrRefuses_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("valid") << file({}) << true << QString();
        QTest::newRow("Latin-1, declared")
            << file({{"UTF-8", "ISO-8859-1"}, {"BUILDNAME", "Bu\xefld"}}) << true << QString();
        QTest::newRow("one byte that is not UTF-8")
            << file({{"BUILDNAME", "Bu\xffld"}}) << false << u"\u201Ctiny.xml\u201D is not valid UTF-8 text (line 7)"_s;
        QTest::newRow("a cut-off UTF-8 character at the end")
            << file({}) + "\xc3" << false << u"not valid UTF-8 text (line 13)"_s;
        QTest::newRow("malformed duration")
            << file({{"BUILDDURATION", "abc"}}) << false
            << u"task \u201CBuild\u201D (UID 1) has a value Relm cannot read: <Duration> is \u201Cabc\u201D"_s;
        QTest::newRow("malformed UID") << file({{"BUILDUID", "x1"}}) << false
                                       << u"<UID> is \u201Cx1\u201D, not a whole number"_s;
        QTest::newRow("negative duration")
            << file({{"BUILDDURATION", "-PT8H0M0S"}}) << false << u"Task \u201CBuild\u201D has a negative duration"_s;
        QTest::newRow("absurd duration") << file({{"BUILDDURATION", "PT99999999999999999999H0M0S"}}) << false
                                         << u"task \u201CBuild\u201D (UID 1)"_s;
        QTest::newRow("99999999 weeks") << file({{"BUILDDURATION", "PT3999999960H0M0S"}}) << false
                                        << u"Task \u201CBuild\u201D lasts 99999999 weeks"_s;
        QTest::newRow("absurd lag") << file({{"LAG", "99999999999"}}) << false
                                    << u"from \u201CBuild\u201D to \u201CShip\u201D"_s;
        QTest::newRow("lag that is not a number")
            << file({{"LAG", "1e999"}}) << false << u"task \u201CShip\u201D (UID 2) has a value Relm cannot read"_s;
        QTest::newRow("self link") << file({{"PREDECESSOR", "2"}}) << false
                                   << u"task \u201CShip\u201D (UID 2) depends on itself"_s;
        QTest::newRow("link to an unknown UID")
            << file({{"PREDECESSOR", "77"}}) << false << u"depends on UID 77, which is not in the file"_s;
        QTest::newRow("link to the project summary") << file({{"PREDECESSOR", "0"}}) << true << QString();
        QTest::newRow("duplicate UIDs") << file({{"BUILDUID", "2"}, {"PREDECESSOR", "3"}}) << false
                                        << u"two tasks have the UID 2 (\u201CBuild\u201D and \u201CShip\u201D)"_s;
        QTest::newRow("no start") << file({{"START", ""}}) << false << u"has no project start date"_s;
        QTest::newRow("a start that is not a date")
            << file({{"START", "<StartDate>2026-02-30T08:00:00</StartDate>"}}) << false
            << u"gives the project start \u201C2026-02-30T08:00:00\u201D, which is not a date"_s;
        QTest::newRow("a task's start that is not a date")
            << file({{"CONSTRAINT", "<Start>2026-01-32T08:00:00</Start>"}}) << false
            << u"task \u201CBuild\u201D (UID 1) has a value Relm cannot read: <Start> is \u201C2026-01-32T08:00:00\u201D"_s;
        QTest::newRow("a task's finish at hour 25")
            << file({{"CONSTRAINT", "<Finish>2026-01-06T25:00:00</Finish>"}}) << false
            << u"<Finish> is \u201C2026-01-06T25:00:00\u201D, not a date and time"_s;
        QTest::newRow("a GanttProject file")
            << QByteArray("<?xml version=\"1.0\"?><project name=\"x\" webLink=\"\"><tasks/></project>") << false
            << u"is a GanttProject or GNOME Planner file"_s;
        QTest::newRow("start in 1066") << file({{"START", "<StartDate>1066-10-14T08:00:00</StartDate>"}}) << false
                                       << u"The project starts on 1066-10-14"_s;
        QTest::newRow("constraint in 1850")
            << file({{"CONSTRAINT", "<ConstraintType>2</ConstraintType><ConstraintDate>1850-01-01T08:00:00"
                                    "</ConstraintDate>"}})
            << false << u"Task \u201CBuild\u201D is constrained to 1850-01-01"_s;
        QTest::newRow("exceptions on every day of 300 years") << manyExceptions(29) << true << QString();
        QTest::newRow("exceptions on more days than that")
            << manyExceptions(30) << false << u"its calendar \u201CHolidays\u201D lists 111000 exception days"_s;
        QTest::newRow("elements nested 100,000 deep")
            << file({{"<Tasks>", "<Tasks><X>" + QByteArray(100000 * 3, 'x').replace("xxx", "<a>")}}) << false
            << u"nested more than 256 deep"_s;
        QTest::newRow("not a project") << QByteArray("<Schedule/>") << false << u"it has no <Project>"_s;
        QTest::newRow("cut off") << file({}).left(300) << false << u"\u201Ctiny.xml\u201D is damaged at line"_s;
        QTest::newRow("empty") << QByteArray() << false << u"\u201Ctiny.xml\u201D is empty"_s;
        QTest::newRow("blank") << QByteArray(" \n\n ") << false << u"\u201Ctiny.xml\u201D is empty"_s;
    }

    void readsOrRefuses() {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, accepted);
        QFETCH(QString, mentions);
        const auto imported = MspdiReader::readBytes(bytes, u"tiny.xml"_s);
        QVERIFY2(imported.ok() == accepted, qPrintable(imported.errorMessage()));
        if (!accepted) {
            QVERIFY2(imported.errorMessage().contains(mentions), qPrintable(imported.errorMessage()));
            return;
        }
        const auto result = Scheduler::compute(imported->input);
        QVERIFY2(result, qPrintable(result.errorMessage()));
        if (imported->input.calendar.name == u"Standard"_s) // the file names no calendar of its own
            QCOMPARE(result->finishDate(), QDateTime(QDate(2026, 1, 6), QTime(17, 0)));
        else
            QVERIFY(result->finishDate().isValid());
    }

    void theToolsDatesAreComparedWithRelms() {
        // Build stored two hours late (as a tool levelling resources would): said, not hidden.
        const QByteArray shifted =
            file({{"CONSTRAINT", "<Start>2026-01-05T10:00:00</Start><Finish>2026-01-07T10:00:00</Finish>"}});
        auto imported = MspdiReader::readBytes(shifted, u"tiny.xml"_s);
        QVERIFY2(imported, qPrintable(imported.errorMessage()));
        PlanFile plan;
        plan.schedule = *imported;
        plan.stored = imported->stored;
        auto differences = PlanDateCheck::differences(plan);
        QVERIFY(differences);
        QCOMPARE(differences->size(), 1);
        QCOMPARE(differences->first().name, u"Build"_s);
        QCOMPARE(differences->first().startShift, -120);

        auto same = MspdiReader::readBytes(
            file({{"CONSTRAINT", "<Start>2026-01-05T08:00:00</Start><Finish>2026-01-06T17:00:00</Finish>"}}),
            u"tiny.xml"_s);
        QVERIFY(same);
        plan.schedule = *same;
        plan.stored = same->stored;
        QCOMPARE(PlanDateCheck::differences(plan)->size(), 0);
    }

    void acceptedFilesScheduleOrAreRefusedNamingTheTask_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("refusal"); // empty: it schedules
        QTest::newRow("outline 60 deep") << deepOutline(60) << QString();
        QTest::newRow("outline 150 deep") << deepOutline(150) << u"\u201CLevel 102\u201D is nested more than 100"_s;
        QTest::newRow("40 links between phases of 400 tasks")
            << linkedPhases(400, 40) << u"from \u201CP1\u201D to \u201CP2\u201D"_s;
        QTest::newRow("1 link between phases of 400 tasks") << linkedPhases(400, 1) << QString();
        QTest::newRow("milestone at the very start")
            << file({{"BUILDDURATION", "PT0H0M0S"},
                     {"PT0H0M0S</Duration><Milestone>1", "PT8H0M0S</Duration><Milestone>0"}})
            << QString();
    }

    void acceptedFilesScheduleOrAreRefusedNamingTheTask() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, refusal);
        const auto imported = MspdiReader::readBytes(bytes, u"tiny.xml"_s);
        QVERIFY2(imported, qPrintable(imported.errorMessage()));
        QElapsedTimer timer;
        timer.start();
        const auto result = Scheduler::compute(imported->input);
        QVERIFY(timer.elapsed() < 5000);
        QVERIFY2(result.ok() == refusal.isEmpty(), qPrintable(result.errorMessage()));
        if (!refusal.isEmpty()) {
            QVERIFY2(result.errorMessage().contains(refusal), qPrintable(result.errorMessage()));
            return;
        }
        for (int i = 0; i < int(imported->input.tasks.size()); ++i)
            QVERIFY(result->startOf(i).isValid() && result->startOf(i) <= result->finishOf(i));
    }

    void fuzzFindingsStayFixed_data() {
        QTest::addColumn<QString>("path");
        const QDir dir(qEnvironmentVariable("RELM_SOURCE_DIR", QDir::currentPath()) + u"/tests/data/fuzz/mspdi"_s);
        const QStringList files = dir.entryList(QDir::Files, QDir::Name);
        if (files.isEmpty())
            QTest::newRow("none") << QString();
        for (const QString &name : files)
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
    }

    void fuzzFindingsStayFixed() {
        // Inputs the fuzzers (tests/fuzz) once crashed or hung on: they read and schedule, or are refused.
        QFETCH(QString, path);
        if (path.isEmpty())
            QSKIP("no findings under tests/data/fuzz/mspdi");
        const auto imported = MspdiReader::read(path);
        if (!imported) {
            QVERIFY(!imported.errorMessage().isEmpty());
            return;
        }
        const auto result = Scheduler::compute(imported->input);
        if (result) {
            for (int i = 0; i < int(imported->input.tasks.size()); ++i)
                QVERIFY(result->startOf(i).isValid() && result->finishOf(i).isValid());
        } else {
            QVERIFY(!result.errorMessage().isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestMspdiReader)
#include "tst_mspdireader.moc"

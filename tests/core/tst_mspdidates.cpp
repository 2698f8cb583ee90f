#include "import/MspdiConstraints.h"
#include "import/MspdiReader.h"
#include "schedule/Scheduler.h"

#include <QDir>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

using namespace relm;
using namespace Qt::Literals::StringLiterals;

namespace {

/// A project starting Monday 2026-01-05 08:00 on the calendar given (UID 1) with the tasks given.
QByteArray project(const QByteArray &tasks, const QByteArray &calendars = {}, const QByteArray &extra = {}) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Project xmlns=\"http://schemas.microsoft.com/project\">"
           "<Name>Dates</Name><StartDate>2026-01-05T08:00:00</StartDate>" +
           extra + "<CalendarUID>1</CalendarUID><Calendars>" + calendars +
           "</Calendars><Tasks><Task><UID>0</UID><OutlineLevel>0</OutlineLevel></Task>" + tasks + "</Tasks></Project>";
}

QByteArray task(int uid, const QByteArray &name, const QByteArray &duration, const QByteArray &more = {},
                int level = 1) {
    return "<Task><UID>" + QByteArray::number(uid) + "</UID><Name>" + name + "</Name><OutlineLevel>" +
           QByteArray::number(level) + "</OutlineLevel><Duration>" + duration + "</Duration>" + more + "</Task>";
}

QByteArray link(int predecessor, int type, qint64 lag, int format) {
    return "<PredecessorLink><PredecessorUID>" + QByteArray::number(predecessor) + "</PredecessorUID><Type>" +
           QByteArray::number(type) + "</Type><LinkLag>" + QByteArray::number(lag) + "</LinkLag><LagFormat>" +
           QByteArray::number(format) + "</LagFormat></PredecessorLink>";
}

QDateTime at(int day, int hour, int minute = 0) {
    return QDateTime(QDate(2026, 1, day), QTime(hour, minute));
}

struct Computed {
    ImportedSchedule schedule;
    ScheduleResult result;
    QDateTime start(int uid) const { return result.startOf(int(schedule.sourceUids.indexOf(uid))); }
    QDateTime finish(int uid) const { return result.finishOf(int(schedule.sourceUids.indexOf(uid))); }
};

std::optional<Computed> compute(const QByteArray &bytes) {
    auto read = MspdiReader::readBytes(bytes, u"dates.xml"_s);
    if (!read) {
        qWarning("%s", qPrintable(read.errorMessage()));
        return std::nullopt;
    }
    auto result = Scheduler::compute(read->input);
    if (!result) {
        qWarning("%s", qPrintable(result.errorMessage()));
        return std::nullopt;
    }
    return Computed{*read, *result};
}

const QByteArray standardWeek = "<WeekDays>"
                                "<WeekDay><DayType>1</DayType><DayWorking>0</DayWorking></WeekDay>"
                                "<WeekDay><DayType>7</DayType><DayWorking>0</DayWorking></WeekDay>"
                                "</WeekDays>";

} // namespace

/// What an MSPDI file says that changes dates: calendars of every kind, elapsed time, lags as
/// percentages and leads, manual scheduling, progress and the status date, constraints on phases,
/// and whether constraints or links win.
class TestMspdiDates final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void recurringExceptionsAreTheDaysTheOldFormLists() {
        // Project 2007 and later write every exception twice: expanded as old-style WeekDay
        // periods, and as rules (daily, weekly, monthly and yearly, by date or by position). Read
        // from the rules, the calendar has exactly the days the old form lists, each once.
        const QString path = qEnvironmentVariable("RELM_SOURCE_DIR", QDir::currentPath()) +
                             u"/../shared/conformance/mspdi/mpxj-calendar-recurring-exceptions-2016.xml"_s;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            QSKIP("The conformance corpus (../shared/conformance) is not beside the checkout.");
        const QByteArray bytes = file.readAll();
        QSet<QDate> oldForm;
        QXmlStreamReader xml(bytes);
        int dayType = -1;
        QDate from;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"Exceptions"_s)
                break;
            if (xml.name() == u"DayType"_s)
                dayType = xml.readElementText().toInt();
            else if (xml.name() == u"FromDate"_s)
                from = QDateTime::fromString(xml.readElementText(), Qt::ISODate).date();
            else if (xml.name() == u"ToDate"_s && dayType == 0) {
                const QDate to = QDateTime::fromString(xml.readElementText(), Qt::ISODate).date();
                for (QDate d = from; d <= to; d = d.addDays(1))
                    oldForm.insert(d);
            }
        }
        QVERIFY(oldForm.size() > 100);
        const auto read = MspdiReader::readBytes(bytes, u"recurring.xml"_s);
        QVERIFY2(read, qPrintable(read.errorMessage()));
        const auto &exceptions = read->input.calendar.exceptions();
        QSet<QDate> fromRules(exceptions.keyBegin(), exceptions.keyEnd());
        QCOMPARE(fromRules.size(), oldForm.size());
        QCOMPARE(fromRules, oldForm);
        // The working exception on Saturdays keeps its hours.
        QCOMPARE(read->input.calendar.intervals(QDate(2010, 1, 2)),
                 (QList<WorkInterval>{{9 * 60, 13 * 60}, {14 * 60, 17 * 60}}));
    }

    void aTwentyFourHourCalendarWorksAroundTheClock() {
        QByteArray week = "<WeekDays>";
        for (int day = 1; day <= 7; ++day)
            week += "<WeekDay><DayType>" + QByteArray::number(day) +
                    "</DayType><DayWorking>1</DayWorking><WorkingTimes><WorkingTime><FromTime>00:00:00</FromTime>"
                    "<ToTime>00:00:00</ToTime></WorkingTime></WorkingTimes></WeekDay>";
        week += "</WeekDays>";
        const auto c = compute(project(task(1, "Soak", "PT36H0M0S"),
                                       "<Calendar><UID>1</UID><Name>24 Hours</Name>" + week + "</Calendar>"));
        QVERIFY(c);
        QCOMPARE(c->schedule.input.calendar.weekday(Qt::Saturday), (QList<WorkInterval>{{0, 24 * 60}}));
        QCOMPARE(c->finish(1), at(6, 20)); // 36 hours after Monday 08:00: Tuesday 20:00
    }

    void aWorkingSaturdayAndAHolidayMoveTheWork() {
        const QByteArray calendar = "<Calendar><UID>1</UID><Name>Standard</Name>" + standardWeek +
                                    "<Exceptions>"
                                    "<Exception><TimePeriod><FromDate>2026-01-06T00:00:00</FromDate>"
                                    "<ToDate>2026-01-06T23:59:00</ToDate></TimePeriod><Type>1</Type>"
                                    "<DayWorking>0</DayWorking></Exception>"
                                    "<Exception><TimePeriod><FromDate>2026-01-10T00:00:00</FromDate>"
                                    "<ToDate>2026-01-10T23:59:00</ToDate></TimePeriod><Type>1</Type>"
                                    "<DayWorking>1</DayWorking><WorkingTimes><WorkingTime><FromTime>08:00:00"
                                    "</FromTime><ToTime>12:00:00</ToTime></WorkingTime></WorkingTimes>"
                                    "</Exception></Exceptions></Calendar>";
        // Five days of work from Monday: Tuesday is a holiday, Saturday morning works.
        const auto c = compute(project(task(1, "Work", "PT40H0M0S"), calendar));
        QVERIFY(c);
        QCOMPARE(c->finish(1), at(12, 12)); // Mon, Wed, Thu, Fri, Sat morning, Monday morning
    }

    void aTaskCalendarBasedOnAnotherTakesItsWeek() {
        // "Four days" is based on the project's Standard calendar and does not work on Fridays.
        const QByteArray calendars =
            "<Calendar><UID>1</UID><Name>Standard</Name>" + standardWeek +
            "</Calendar><Calendar><UID>2</UID><Name>Four days</Name><BaseCalendarUID>1</BaseCalendarUID>"
            "<WeekDays><WeekDay><DayType>6</DayType><DayWorking>0</DayWorking></WeekDay></WeekDays></Calendar>";
        const auto c = compute(project(task(1, "Work", "PT40H0M0S", "<CalendarUID>2</CalendarUID>"), calendars));
        QVERIFY(c);
        QCOMPARE(c->finish(1), at(12, 17)); // Mon-Thu, then Monday
    }

    void elapsedDurationsRunThroughNightsAndWeekends() {
        // Friday 08:00 plus two elapsed days is Sunday 08:00, whatever the calendar says.
        const auto c = compute(project(task(1, "Cure", "PT48H0M0S",
                                            "<DurationFormat>8</DurationFormat>"
                                            "<ConstraintType>4</ConstraintType>"
                                            "<ConstraintDate>2026-01-09T08:00:00"
                                            "</ConstraintDate>"),
                                       "<Calendar><UID>1</UID><Name>Standard</Name>" + standardWeek + "</Calendar>"));
        QVERIFY(c);
        QCOMPARE(c->start(1), at(9, 8));
        QCOMPARE(c->finish(1), at(11, 8));
        QVERIFY(c->schedule.elapsed.first());
    }

    void percentLagsAndLeads() {
        // Test starts when half of Build (2 days) is done; Docs starts a day before Build ends.
        const QByteArray tasks = task(1, "Build", "PT16H0M0S") + task(2, "Test", "PT8H0M0S", link(1, 3, 500, 19)) +
                                 task(3, "Docs", "PT8H0M0S", link(1, 1, -4800, 7));
        const auto c = compute(project(tasks));
        QVERIFY(c);
        QCOMPARE(c->start(2), at(6, 8)); // SS + 50%: after one day's work
        QCOMPARE(c->start(3), at(6, 8)); // FS - 1 day
    }

    void aManualTaskKeepsItsDates() {
        // Review is scheduled by hand on Monday, although it follows Build (two days).
        const QByteArray tasks =
            task(1, "Build", "PT16H0M0S") +
            task(2, "Review", "PT8H0M0S", "<Manual>1</Manual><Start>2026-01-05T08:00:00</Start>" + link(1, 1, 0, 7));
        const auto c = compute(project(tasks));
        QVERIFY(c);
        QCOMPARE(c->start(2), at(5, 8));
        QCOMPARE(c->finish(2), at(5, 17));
        QCOMPARE(c->schedule.kept.at(1).manualStart, at(5, 8));
    }

    void progressAndTheStatusDate() {
        // Build began on Monday and is half done; the status date is Wednesday evening, so its
        // remaining two days run Thursday and Friday. Done finished on Tuesday at noon. Later work
        // that has not begun does not start before the status date.
        const QByteArray tasks = task(1, "Build", "PT32H0M0S",
                                      "<PercentComplete>50</PercentComplete><ActualStart>2026-01-05T08:00:00"
                                      "</ActualStart>") +
                                 task(2, "Done", "PT16H0M0S",
                                      "<PercentComplete>100</PercentComplete><ActualStart>2026-01-05T08:00:00"
                                      "</ActualStart><ActualFinish>2026-01-06T12:00:00</ActualFinish>") +
                                 task(3, "Later", "PT8H0M0S");
        const auto c = compute(project(tasks, {}, "<StatusDate>2026-01-07T17:00:00</StatusDate>"));
        QVERIFY(c);
        QCOMPARE(c->schedule.input.statusDate, at(7, 17));
        QCOMPARE(c->start(1), at(5, 8));
        QCOMPARE(c->finish(1), at(9, 17));
        QCOMPARE(c->finish(2), at(6, 12));
        QCOMPARE(c->start(3), at(8, 8));
    }

    void constraintsAndLinksOfPhasesApplyToTheirTasks() {
        // The phase may not start before Wednesday; a task after the phase waits for all of it.
        const QByteArray tasks = task(1, "Phase", "PT16H0M0S",
                                      "<ConstraintType>4</ConstraintType><ConstraintDate>2026-01-07T08:00:00"
                                      "</ConstraintDate>") +
                                 task(2, "Inside", "PT16H0M0S", {}, 2) + task(3, "After", "PT8H0M0S", link(1, 1, 0, 7));
        const auto c = compute(project(tasks));
        QVERIFY(c);
        QCOMPARE(c->start(2), at(7, 8));
        QCOMPARE(c->start(3), at(9, 8));
    }

    void linksWinOverConstraintsUnlessTheFileHonoursThem_data() {
        QTest::addColumn<QByteArray>("honour");
        QTest::addColumn<QDateTime>("start");
        QTest::newRow("honoured") << QByteArray("<HonorConstraints>1</HonorConstraints>") << at(5, 8);
        QTest::newRow("links win") << QByteArray("<HonorConstraints>0</HonorConstraints>") << at(7, 8);
    }

    void linksWinOverConstraintsUnlessTheFileHonoursThem() {
        QFETCH(QByteArray, honour);
        QFETCH(QDateTime, start);
        const QByteArray tasks =
            task(1, "Build", "PT16H0M0S") + task(2, "Deploy", "PT8H0M0S",
                                                 "<ConstraintType>2</ConstraintType><ConstraintDate>2026-01-05T08:00:00"
                                                 "</ConstraintDate>" +
                                                     link(1, 1, 0, 7));
        const auto c = compute(project(tasks, {}, honour));
        QVERIFY(c);
        QCOMPARE(c->start(2), start);
    }

    void everyConstraintTypeIsRead_data() {
        QTest::addColumn<int>("code");
        QTest::addColumn<QByteArray>("date");
        QTest::addColumn<QDateTime>("start");
        QTest::addColumn<qint64>("totalSlack");
        // Build (2d) -> Deploy (1d), beside Long (10d): Deploy could run from Wed 7 to Fri 16.
        QTest::newRow("0 as soon as possible") << 0 << QByteArray() << at(7, 8) << qint64(7 * 480);
        QTest::newRow("1 as late as possible") << 1 << QByteArray() << at(16, 8) << qint64(0);
        QTest::newRow("2 must start on") << 2 << QByteArray("2026-01-09T08:00:00") << at(9, 8) << qint64(0);
        QTest::newRow("3 must finish on") << 3 << QByteArray("2026-01-12T17:00:00") << at(12, 8) << qint64(0);
        QTest::newRow("4 start no earlier than")
            << 4 << QByteArray("2026-01-12T08:00:00") << at(12, 8) << qint64(4 * 480);
        QTest::newRow("5 start no later than") << 5 << QByteArray("2026-01-08T08:00:00") << at(7, 8) << qint64(480);
        QTest::newRow("6 finish no earlier than")
            << 6 << QByteArray("2026-01-13T17:00:00") << at(13, 8) << qint64(3 * 480);
        QTest::newRow("7 finish no later than")
            << 7 << QByteArray("2026-01-09T17:00:00") << at(7, 8) << qint64(2 * 480);
        // Deliberately unlike Microsoft Project, which honours a missed "no later than" by moving
        // the task before its predecessor ends: Relm keeps the link and shows the missed deadline
        // as negative slack, which is what a release manager needs to see.
        QTest::newRow("7 finish no later than, missed")
            << 7 << QByteArray("2026-01-06T17:00:00") << at(7, 8) << qint64(-480);
    }

    void everyConstraintTypeIsRead() {
        QFETCH(int, code);
        QFETCH(QByteArray, date);
        QFETCH(QDateTime, start);
        QFETCH(qint64, totalSlack);
        QByteArray constraint = "<ConstraintType>" + QByteArray::number(code) + "</ConstraintType>";
        if (!date.isEmpty())
            constraint += "<ConstraintDate>" + date + "</ConstraintDate>";
        const QByteArray tasks = task(1, "Build", "PT16H0M0S") +
                                 task(2, "Deploy", "PT8H0M0S", constraint + link(1, 1, 0, 7)) +
                                 task(3, "Long", "PT80H0M0S");
        const auto c =
            compute(project(tasks, "<Calendar><UID>1</UID><Name>Standard</Name>" + standardWeek + "</Calendar>"));
        QVERIFY(c);
        QCOMPARE(c->schedule.input.tasks[1].constraint, *mspdi::constraintOfCode(code));
        QCOMPARE(c->start(2), start);
        QCOMPARE(c->result.times[1].totalFloat, totalSlack);
    }

    void anUnknownConstraintTypeIsRefused() {
        const auto read = MspdiReader::readBytes(
            project(task(1, "Odd", "PT8H0M0S", "<ConstraintType>9</ConstraintType>")), u"odd.xml"_s);
        QVERIFY(!read);
        QVERIFY2(read.errorMessage().contains(u"odd.xml"_s) && read.errorMessage().contains(u"Odd"_s) &&
                     read.errorMessage().contains(u"0 to 7"_s),
                 qPrintable(read.errorMessage()));
    }

    void aCalendarBasedOnItselfIsRefused() {
        const QByteArray calendars = "<Calendar><UID>1</UID><Name>Loop A</Name><BaseCalendarUID>2</BaseCalendarUID>"
                                     "</Calendar><Calendar><UID>2</UID><Name>Loop B</Name>"
                                     "<BaseCalendarUID>1</BaseCalendarUID></Calendar>";
        const auto read = MspdiReader::readBytes(project(task(1, "Work", "PT8H0M0S"), calendars), u"loop.xml"_s);
        QVERIFY(!read);
        QVERIFY2(read.errorMessage().contains(u"loop.xml"_s) && read.errorMessage().contains(u"Loop"_s),
                 qPrintable(read.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestMspdiDates)
#include "tst_mspdidates.moc"

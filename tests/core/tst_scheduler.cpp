#include "ProcessSetup.h"
#include "ScheduleFixtures.h"
#include "schedule/Scheduler.h"
#include "schedule/WorkTimeline.h"

#include <QTest>
#include <QTimeZone>

#include <ctime>

using namespace relm;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 day = 480; // working minutes in a standard day

// Monday 5 January 2026, 08:00: the start of every test project.
QDateTime at(int dayOfMonth, int hour, int minute = 0) {
    return QDateTime(QDate(2026, 1, dayOfMonth), QTime(hour, minute));
}

ScheduleTask task(const QString &name, qint64 duration) {
    return test::scheduledTask(name, duration);
}

ScheduleInput project(std::vector<ScheduleTask> tasks, std::vector<ScheduleLink> links = {}) {
    return test::projectOf(std::move(tasks), std::move(links));
}

ScheduleResult run(const ScheduleInput &input) {
    auto result = Scheduler::compute(input);
    if (!result)
        qWarning("%s", qPrintable(result.errorMessage()));
    return result ? *result : ScheduleResult{};
}

} // namespace

Q_DECLARE_METATYPE(LinkType)

class TestScheduler final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void pinningTheTimeZoneKeepsTheSystemsZone() {
        if (!QFile::exists(u"/etc/localtime"_s))
            QSKIP("This system has no /etc/localtime.");
        const QByteArray given = qgetenv("TZ");
        qunsetenv("TZ");
        const QByteArray zone = QTimeZone::systemTimeZoneId();
        const QDateTime local(QDate(2026, 7, 1), QTime(12, 0));
        const qint64 utcBefore = local.toSecsSinceEpoch();
        pinLocalTimeZone();
        QCOMPARE(qgetenv("TZ"), QByteArray(":/etc/localtime"));
        QCOMPARE(QTimeZone::systemTimeZoneId(), zone);
        QCOMPARE(QDateTime(QDate(2026, 7, 1), QTime(12, 0)).toSecsSinceEpoch(), utcBefore);
        qputenv("TZ", "Europe/Berlin"); // a zone set on purpose is left alone
        pinLocalTimeZone();
        QCOMPARE(qgetenv("TZ"), QByteArray("Europe/Berlin"));
        if (given.isNull())
            qunsetenv("TZ");
        else
            qputenv("TZ", given);
    }

    void timelinesOfOnePlanAgreeAcrossTheClockChanges() {
        // Between a plan's timelines (a task on its own calendar) offsets pass as a day and a
        // minute; near a clock change they pass through the date-time. Either way the answer is
        // the one the date-time gives, for every minute around both changes of a year.
        const QByteArray given = qgetenv("TZ");
        qputenv("TZ", "Europe/Berlin");
        tzset();
        WorkCalendar allDay;
        WorkCalendar night;
        for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
            allDay.setWeekday(day, {{0, 24 * 60}});
            night.setWeekday(day, {{0, 6 * 60}, {22 * 60, 24 * 60}});
        }
        const QDateTime origin(QDate(2026, 3, 2), QTime(8, 0));
        const WorkTimeline plan(allDay, origin);
        int compared = 0;
        for (const WorkCalendar &calendar : {night, WorkCalendar::standard()}) {
            const WorkTimeline own(calendar, origin);
            for (const QDate change : {QDate(2026, 3, 29), QDate(2026, 10, 25)}) {
                for (const auto &[from, to] : {std::pair{&plan, &own}, std::pair{&own, &plan}}) {
                    const qint64 first = from->offsetAt(QDateTime(change.addDays(-1), QTime(0, 0)));
                    const qint64 last = from->offsetAt(QDateTime(change.addDays(2), QTime(0, 0)));
                    for (qint64 offset = first; offset <= last; ++offset) {
                        for (const auto edge : {WorkTimeline::Edge::Start, WorkTimeline::Edge::Finish}) {
                            const qint64 expected = to->offsetAt(from->instantAt(offset, edge));
                            if (to->offsetFrom(*from, offset, edge) != expected)
                                QFAIL(qPrintable(u"%1 minutes from %2"_s.arg(offset).arg(
                                    from->instantAt(offset, edge).toString(Qt::ISODate))));
                            ++compared;
                        }
                    }
                }
            }
        }
        QVERIFY(compared > 10000);
        if (given.isNull())
            qunsetenv("TZ");
        else
            qputenv("TZ", given);
        tzset();
    }

    void linkTypesAndLags_data() {
        QTest::addColumn<LinkType>("type");
        QTest::addColumn<qint64>("lag");
        QTest::addColumn<double>("percent"); // < 0: lag in minutes
        QTest::addColumn<qint64>("successorDuration");
        QTest::addColumn<QDateTime>("start");
        QTest::addColumn<QDateTime>("finish");
        // A runs Mon 08:00 to Tue 17:00 (2 days).
        QTest::newRow("FS") << LinkType::FinishToStart << qint64(0) << -1.0 << 3 * day << at(7, 8) << at(9, 17);
        QTest::newRow("FS +1d") << LinkType::FinishToStart << day << -1.0 << 3 * day << at(8, 8) << at(12, 17);
        QTest::newRow("FS -1d lead") << LinkType::FinishToStart << -day << -1.0 << day << at(6, 8) << at(6, 17);
        QTest::newRow("FS +4h") << LinkType::FinishToStart << qint64(240) << -1.0 << day << at(7, 13) << at(8, 12);
        QTest::newRow("FS 50%") << LinkType::FinishToStart << qint64(0) << 50.0 << day << at(8, 8) << at(8, 17);
        QTest::newRow("SS") << LinkType::StartToStart << qint64(0) << -1.0 << day << at(5, 8) << at(5, 17);
        QTest::newRow("SS +1d") << LinkType::StartToStart << day << -1.0 << day << at(6, 8) << at(6, 17);
        QTest::newRow("SS 100%") << LinkType::StartToStart << qint64(0) << 100.0 << day << at(7, 8) << at(7, 17);
        QTest::newRow("FF") << LinkType::FinishToFinish << qint64(0) << -1.0 << day << at(6, 8) << at(6, 17);
        QTest::newRow("FF +2d") << LinkType::FinishToFinish << 2 * day << -1.0 << day << at(8, 8) << at(8, 17);
        QTest::newRow("SF +3d") << LinkType::StartToFinish << 3 * day << -1.0 << day << at(7, 8) << at(7, 17);
        QTest::newRow("SF clamps at project start")
            << LinkType::StartToFinish << qint64(0) << -1.0 << day << at(5, 8) << at(5, 17);
    }

    void linkTypesAndLags() {
        QFETCH(LinkType, type);
        QFETCH(qint64, lag);
        QFETCH(double, percent);
        QFETCH(qint64, successorDuration);
        QFETCH(QDateTime, start);
        QFETCH(QDateTime, finish);
        ScheduleLink link{0, 1, type, lag, std::max(percent, 0.0), percent >= 0};
        const auto result = run(project({task(u"A"_s, 2 * day), task(u"B"_s, successorDuration)}, {link}));
        QCOMPARE(result.startOf(1), start);
        QCOMPARE(result.finishOf(1), finish);
    }

    void everyConstraintKind_data() {
        QTest::addColumn<int>("constraint");
        QTest::addColumn<QDateTime>("date");
        QTest::addColumn<QDateTime>("start");
        QTest::addColumn<qint64>("totalFloat");
        QTest::addColumn<bool>("critical");
        // A (2d) -> B (1d), beside Long (10d): B could run from Wed 7 to Fri 16, 7 days of float.
        const QDateTime none;
        QTest::newRow("as soon as possible")
            << int(ConstraintType::AsSoonAsPossible) << none << at(7, 8) << 7 * day << false;
        QTest::newRow("as late as possible: at the finish")
            << int(ConstraintType::AsLateAsPossible) << none << at(16, 8) << qint64(0) << true;
        QTest::newRow("start no earlier than")
            << int(ConstraintType::StartNoEarlierThan) << at(12, 8) << at(12, 8) << 4 * day << false;
        QTest::newRow("start no earlier than, already later")
            << int(ConstraintType::StartNoEarlierThan) << at(6, 8) << at(7, 8) << 7 * day << false;
        QTest::newRow("finish no later than, met")
            << int(ConstraintType::FinishNoLaterThan) << at(9, 17) << at(7, 8) << 2 * day << false;
        QTest::newRow("finish no later than, missed")
            << int(ConstraintType::FinishNoLaterThan) << at(6, 17) << at(7, 8) << -day << true;
        QTest::newRow("must start on") << int(ConstraintType::MustStartOn) << at(9, 8) << at(9, 8) << qint64(0) << true;
        QTest::newRow("start no later than, met")
            << int(ConstraintType::StartNoLaterThan) << at(8, 8) << at(7, 8) << day << false;
        QTest::newRow("start no later than, missed")
            << int(ConstraintType::StartNoLaterThan) << at(6, 8) << at(7, 8) << -day << true;
        QTest::newRow("finish no earlier than")
            << int(ConstraintType::FinishNoEarlierThan) << at(12, 17) << at(12, 8) << 4 * day << false;
        QTest::newRow("finish no earlier than, already later")
            << int(ConstraintType::FinishNoEarlierThan) << at(6, 17) << at(7, 8) << 7 * day << false;
        QTest::newRow("must finish on") << int(ConstraintType::MustFinishOn) << at(12, 17) << at(12, 8) << qint64(0)
                                        << true;
        // Honoured over the link, as Microsoft Project does by default.
        QTest::newRow("must finish on, before the link allows")
            << int(ConstraintType::MustFinishOn) << at(6, 17) << at(6, 8) << qint64(0) << true;
    }

    void everyConstraintKind() {
        QFETCH(int, constraint);
        QFETCH(QDateTime, date);
        QFETCH(QDateTime, start);
        QFETCH(qint64, totalFloat);
        QFETCH(bool, critical);
        ScheduleTask b = task(u"B"_s, day);
        b.constraint = ConstraintType(constraint);
        b.constraintDate = date;
        const auto result = run(project({task(u"A"_s, 2 * day), b, task(u"Long"_s, 10 * day)}, {{0, 1}}));
        QCOMPARE(result.startOf(1), start);
        QCOMPARE(result.finishOf(1), result.startOf(1).addSecs(9 * 3600));
        QCOMPARE(result.times[1].totalFloat, totalFloat);
        QCOMPARE(result.times[1].critical, critical);
        QCOMPARE(result.finishDate(), at(16, 17)); // no constraint here moves the finish
    }

    void asLateAsPossibleEndsWhereItsSuccessorStarts() {
        // Prepare (2d, as late as possible) and Build (5d) -> Ship (1d), beside Long (10d).
        ScheduleTask prepare = task(u"Prepare"_s, 2 * day);
        prepare.constraint = ConstraintType::AsLateAsPossible;
        ScheduleTask tidy = task(u"Tidy"_s, day); // as late as possible before Prepare
        tidy.constraint = ConstraintType::AsLateAsPossible;
        const auto result =
            run(project({prepare, task(u"Build"_s, 5 * day), task(u"Ship"_s, day), task(u"Long"_s, 10 * day), tidy},
                        {{0, 2}, {1, 2}, {4, 0}}));
        QCOMPARE(result.startOf(2), at(12, 8)); // Ship waits for Build, not for Prepare
        QCOMPARE(result.startOf(0), at(8, 8));  // Prepare ends as Ship starts
        QCOMPARE(result.finishOf(0), at(9, 17));
        QCOMPARE(result.startOf(4), at(7, 8)); // Tidy ends as Prepare starts
        QCOMPARE(result.times[0].freeFloat, qint64(0));
        QCOMPARE(result.times[0].totalFloat, 4 * day); // Ship itself may slip until the finish
        QCOMPARE(result.times[4].totalFloat, 4 * day);
    }

    void asLateAsPossibleStaysOutOfAFreeze() {
        // A deployment placed as late as possible ends before the freeze on the last two days.
        ScheduleTask deploy = task(u"Deploy"_s, day);
        deploy.constraint = ConstraintType::AsLateAsPossible;
        deploy.deployment = true;
        ScheduleInput input = project({deploy, task(u"Long"_s, 10 * day)});
        input.freezeWindows.push_back({u"Year end"_s, at(15, 0), at(17, 0), {}, {}});
        const auto result = run(input);
        QCOMPARE(result.startOf(0), at(14, 8));
        QCOMPARE(result.finishOf(0), at(14, 17));
    }

    void calendars_data() {
        QTest::addColumn<QString>("calendarCase");
        QTest::addColumn<qint64>("duration");
        QTest::addColumn<QDateTime>("finish");
        QTest::newRow("plain week") << u"standard"_s << 3 * day << at(7, 17);
        QTest::newRow("across the weekend") << u"standard"_s << 6 * day << at(12, 17);
        QTest::newRow("holiday on Wednesday") << u"holiday"_s << 3 * day << at(8, 17);
        QTest::newRow("working Saturday") << u"saturday"_s << 6 * day << at(10, 17);
        QTest::newRow("half-day exception") << u"halfday"_s << 2 * day << at(7, 12);
        QTest::newRow("task on a round-the-clock calendar") << u"24h"_s << 3 * day << at(6, 8);
        QTest::newRow("hours") << u"standard"_s << qint64(300) << at(5, 14);
    }

    void calendars() {
        QFETCH(QString, calendarCase);
        QFETCH(qint64, duration);
        QFETCH(QDateTime, finish);
        ScheduleInput input = project({task(u"A"_s, duration)});
        if (calendarCase == u"holiday"_s)
            input.calendar.addHoliday(QDate(2026, 1, 7));
        if (calendarCase == u"saturday"_s)
            input.calendar.setException(QDate(2026, 1, 10), {{8 * 60, 12 * 60}, {13 * 60, 17 * 60}});
        if (calendarCase == u"halfday"_s)
            input.calendar.setException(QDate(2026, 1, 6), {{8 * 60, 12 * 60}});
        if (calendarCase == u"24h"_s) {
            WorkCalendar always;
            for (int d = Qt::Monday; d <= Qt::Sunday; ++d)
                always.setWeekday(d, {{0, 24 * 60}});
            input.taskCalendars.push_back(always);
            input.tasks[0].calendar = 0;
        }
        const auto result = run(input);
        QCOMPARE(result.finishOf(0), finish);
    }

    void projectStartingMidDay() {
        ScheduleInput input = project({task(u"A"_s, day)});
        input.projectStart = at(5, 13);
        QCOMPARE(run(input).finishOf(0), at(6, 12));
    }

    void freezeWindows_data() {
        QTest::addColumn<QString>("windowEnvironment");
        QTest::addColumn<QString>("taskEnvironment");
        QTest::addColumn<bool>("emergency");
        QTest::addColumn<qint64>("duration");
        QTest::addColumn<QDateTime>("start");
        QTest::addColumn<bool>("noted");
        // Build (2d) then deploy; the freeze runs Wed 00:00 to Fri 00:00.
        QTest::newRow("org-wide freeze pushes") << QString() << u"Production"_s << false << day << at(9, 8) << true;
        QTest::newRow("environment freeze pushes")
            << u"Production"_s << u"Production"_s << false << day << at(9, 8) << true;
        QTest::newRow("other environment unaffected")
            << u"Production"_s << u"Staging"_s << false << day << at(7, 8) << false;
        QTest::newRow("authorised emergency") << QString() << u"Production"_s << true << day << at(7, 8) << false;
        QTest::newRow("milestone inside the window")
            << QString() << u"Production"_s << false << qint64(0) << at(8, 17) << true;
    }

    void freezeWindows() {
        QFETCH(QString, windowEnvironment);
        QFETCH(QString, taskEnvironment);
        QFETCH(bool, emergency);
        QFETCH(qint64, duration);
        QFETCH(QDateTime, start);
        QFETCH(bool, noted);
        ScheduleTask deploy = task(u"Deploy"_s, duration);
        deploy.deployment = true;
        deploy.emergency = emergency;
        deploy.environment = taskEnvironment;
        ScheduleInput input = project({task(u"Build"_s, 2 * day), deploy}, {{0, 1}});
        input.freezeWindows.push_back({u"Year start"_s, at(7, 0), at(9, 0), windowEnvironment, {}});
        const auto result = run(input);
        QCOMPARE(result.startOf(1), start);
        QCOMPARE(!result.notes.isEmpty(), noted);
        if (noted)
            QVERIFY(result.notes.first().contains(u"Year start"_s));
    }

    void floatsAndCriticalPath() {
        // A (2d) and C (1d) both lead to D (1d): A-D is critical, C has a day of float.
        const auto result =
            run(project({task(u"A"_s, 2 * day), task(u"C"_s, day), task(u"D"_s, day)}, {{0, 2}, {1, 2}}));
        QCOMPARE(result.times[0].totalFloat, 0);
        QVERIFY(result.times[0].critical);
        QCOMPARE(result.times[1].totalFloat, day);
        QCOMPARE(result.times[1].freeFloat, day);
        QVERIFY(!result.times[1].critical);
        QCOMPARE(result.times[1].lateStart, day);
        QCOMPARE(result.finish, 3 * day);
        QCOMPARE(result.finishDate(), at(7, 17));
    }

    void freeFloatIsLimitedByTheNextTask() {
        // C (1d) -> E (1d) -> F; A (4d) -> F. C has 2 days total float but no free float.
        const auto result =
            run(project({task(u"A"_s, 4 * day), task(u"C"_s, day), task(u"E"_s, day), task(u"F"_s, day)},
                        {{0, 3}, {1, 2}, {2, 3}}));
        QCOMPARE(result.times[1].totalFloat, 2 * day);
        QCOMPARE(result.times[1].freeFloat, 0);
        QCOMPARE(result.times[2].freeFloat, 2 * day);
    }

    void linksToSummaryTasksApplyToChildren() {
        ScheduleTask phase = task(u"Phase"_s, 0);
        phase.milestone = false;
        ScheduleTask x = task(u"X"_s, day);
        x.parent = 1;
        ScheduleTask y = task(u"Y"_s, 2 * day);
        y.parent = 1;
        const auto result = run(project({task(u"P"_s, day), phase, x, y, task(u"Q"_s, day)}, {{0, 1}, {1, 4}}));
        QCOMPARE(result.startOf(2), at(6, 8));
        QCOMPARE(result.startOf(3), at(6, 8));
        QVERIFY(result.times[1].summary);
        QCOMPARE(result.startOf(1), at(6, 8));
        QCOMPARE(result.finishOf(1), at(7, 17));
        QCOMPARE(result.startOf(4), at(8, 8)); // after the whole phase
        QVERIFY(!result.times[2].critical);    // X has a day of float inside the phase
    }

    void cycleIsRefusedNamingTheTasks() {
        const auto result = Scheduler::compute(
            project({task(u"Build"_s, day), task(u"Test"_s, day), task(u"Deploy"_s, day), task(u"Review"_s, day)},
                    {{0, 1}, {1, 2}, {2, 0}, {2, 3}}));
        QVERIFY(!result);
        QVERIFY2(result.errorMessage().contains(u"Build \u2192 Test \u2192 Deploy \u2192 Build"_s),
                 qPrintable(result.errorMessage()));
    }

    void badInputIsRefused() {
        QVERIFY(!Scheduler::compute(project({task(u"A"_s, day)}, {{0, 0}})));
        QVERIFY(!Scheduler::compute(project({task(u"A"_s, day)}, {{0, 3}})));
        ScheduleTask undated = task(u"A"_s, day);
        undated.constraint = ConstraintType::MustStartOn;
        const auto result = Scheduler::compute(project({undated}));
        QVERIFY(!result);
        QVERIFY(result.errorMessage().contains(u"without a date"_s));
    }

    void statusDateHoldsBackWorkNotStarted() {
        ScheduleInput input = project({task(u"Done"_s, day), task(u"Next"_s, day)});
        input.tasks[0].percentComplete = 100;
        input.statusDate = at(8, 8);
        const auto result = run(input);
        QCOMPARE(result.startOf(0), at(5, 8));
        QCOMPARE(result.startOf(1), at(8, 8));
    }

    void timelineRoundTrips() {
        WorkTimeline timeline(WorkCalendar::standard(), at(5, 8));
        QCOMPARE(timeline.offsetAt(at(5, 12)), 240);
        QCOMPARE(timeline.offsetAt(at(5, 12, 30)), 240);  // lunch counts as the morning's end
        QCOMPARE(timeline.offsetAt(at(10, 11)), 5 * day); // Saturday: the week is done
        QCOMPARE(timeline.instantAt(day, WorkTimeline::Edge::Start), at(6, 8));
        QCOMPARE(timeline.instantAt(day, WorkTimeline::Edge::Finish), at(5, 17));
        QCOMPARE(timeline.instantAt(5 * day, WorkTimeline::Edge::Start), at(12, 8));
        QCOMPARE(timeline.instantAt(-day, WorkTimeline::Edge::Start), QDateTime(QDate(2026, 1, 2), QTime(8, 0)));
        QCOMPARE(timeline.offsetAt(QDateTime(QDate(2026, 1, 2), QTime(8, 0))), -day);
    }

    void milestonesAtTheStart_data() {
        QTest::addColumn<QDateTime>("projectStart");
        QTest::addColumn<qint64>("duration");
        QTest::addColumn<bool>("milestone");
        QTest::addColumn<QDateTime>("start");
        QTest::addColumn<QDateTime>("finish");
        // Nothing was worked before a task at the very start: it sits at the project start.
        QTest::newRow("milestone, Monday 08:00") << at(5, 8) << qint64(0) << true << at(5, 8) << at(5, 8);
        QTest::newRow("zero duration, not a milestone") << at(5, 8) << qint64(0) << false << at(5, 8) << at(5, 8);
        QTest::newRow("milestone, start on a Saturday") << at(10, 10) << qint64(0) << true << at(10, 10) << at(10, 10);
        QTest::newRow("milestone, start before working hours") << at(5, 6) << qint64(0) << true << at(5, 6) << at(5, 6);
        // Started mid-morning, the start instant is the working time's position: 10:00 that day.
        QTest::newRow("milestone, start mid-morning") << at(5, 10) << qint64(0) << true << at(5, 10) << at(5, 10);
        QTest::newRow("one-day task at the start") << at(5, 8) << day << false << at(5, 8) << at(5, 17);
    }

    void milestonesAtTheStart() {
        QFETCH(QDateTime, projectStart);
        QFETCH(qint64, duration);
        QFETCH(bool, milestone);
        QFETCH(QDateTime, start);
        QFETCH(QDateTime, finish);
        ScheduleTask kickoff = task(u"Kickoff"_s, duration);
        kickoff.milestone = milestone;
        ScheduleInput input = project({kickoff});
        input.projectStart = projectStart;
        const auto result = Scheduler::compute(input);
        QVERIFY2(result, qPrintable(result.errorMessage()));
        QCOMPARE(result->startOf(0), start);
        QCOMPARE(result->finishOf(0), finish);
        QCOMPARE(result->finishDate(), finish);
        QCOMPARE(result->timeline->instantAt(result->times[0].lateFinish, WorkTimeline::Edge::Finish), finish);
    }

    void timelineEdgesAtTheOrigin_data() {
        QTest::addColumn<QDateTime>("origin");
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<int>("edge");
        QTest::addColumn<QDateTime>("instant");
        const int start = int(WorkTimeline::Edge::Start);
        const int finish = int(WorkTimeline::Edge::Finish);
        QTest::newRow("start at 0") << at(5, 8) << qint64(0) << start << at(5, 8);
        QTest::newRow("finish at 0 is the origin") << at(5, 8) << qint64(0) << finish << at(5, 8);
        QTest::newRow("finish at 0, origin after lunch") << at(5, 13) << qint64(0) << finish << at(5, 12);
        // Origin 13:00: offset -240 is the day's first minute; as a finish, the Friday's last.
        QTest::newRow("finish at the day's start, before the origin")
            << at(5, 13) << qint64(-240) << finish << QDateTime(QDate(2026, 1, 2), QTime(17, 0));
        QTest::newRow("start at the day's start, before the origin") << at(5, 13) << qint64(-240) << start << at(5, 8);
        QTest::newRow("finish one week back")
            << at(5, 8) << -5 * day << finish << QDateTime(QDate(2025, 12, 26), QTime(17, 0));
    }

    void timelineEdgesAtTheOrigin() {
        QFETCH(QDateTime, origin);
        QFETCH(qint64, offset);
        QFETCH(int, edge);
        QFETCH(QDateTime, instant);
        const WorkTimeline timeline(WorkCalendar::standard(), origin);
        QCOMPARE(timeline.instantAt(offset, WorkTimeline::Edge(edge)), instant);
    }
};

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"

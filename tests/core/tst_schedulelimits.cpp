#include "ScheduleFixtures.h"

#include "schedule/MonteCarlo.h"
#include "schedule/ScheduleLimits.h"
#include "schedule/Scheduler.h"

#include <QElapsedTimer>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

using namespace relm;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 day = 480;
constexpr qint64 week = 5 * day;
constexpr qint64 longest = scheduleLimits::kMaxWorkingMinutes;

QDateTime at(int year, int month, int dayOfMonth, int hour = 8, int minute = 0) {
    return QDateTime(QDate(year, month, dayOfMonth), QTime(hour, minute));
}

ScheduleTask task(const QString &name, qint64 duration) {
    return test::scheduledTask(name, duration);
}

ScheduleInput project(std::vector<ScheduleTask> tasks, std::vector<ScheduleLink> links = {}) {
    return test::projectOf(std::move(tasks), std::move(links));
}

/// Works one minute a week: Monday 08:00-08:01.
WorkCalendar oneMinuteAWeek() {
    WorkCalendar calendar;
    calendar.setWeekday(Qt::Monday, {{8 * 60, 8 * 60 + 1}});
    return calendar;
}

/// A chain of `count` tasks of `duration` each, linked finish to start.
ScheduleInput chain(int count, qint64 duration) {
    ScheduleInput input = project({});
    input.tasks.reserve(size_t(count));
    input.links.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        input.tasks.push_back(task(u"T%1"_s.arg(i), duration));
        if (i > 0)
            input.links.push_back({i - 1, i});
    }
    return input;
}

ScheduleInput withConstraint(ConstraintType type, const QDateTime &date) {
    ScheduleTask b = task(u"Deploy"_s, day);
    b.constraint = type;
    b.constraintDate = date;
    return project({task(u"Build"_s, day), b}, {{0, 1}});
}

/// Phases nested `depth` deep, with one task at the bottom.
ScheduleInput nested(int depth) {
    ScheduleInput input = project({});
    for (int i = 0; i < depth; ++i) {
        ScheduleTask phase = task(u"Level %1"_s.arg(i), 0);
        phase.parent = i - 1;
        input.tasks.push_back(phase);
    }
    ScheduleTask leaf = task(u"Deep work"_s, day);
    leaf.parent = depth - 1;
    input.tasks.push_back(leaf);
    return input;
}

/// Two phases of `size` tasks each, the second after the first.
ScheduleInput twoBigPhases(int size) {
    ScheduleInput input = project({task(u"Design"_s, 0), task(u"Rollout"_s, 0)}, {{0, 1}});
    for (int p = 0; p < 2; ++p) {
        for (int i = 0; i < size; ++i) {
            ScheduleTask t = task(u"P%1 task %2"_s.arg(p).arg(i), day);
            t.parent = p;
            input.tasks.push_back(t);
        }
    }
    return input;
}

using Builder = std::function<ScheduleInput()>;

} // namespace

Q_DECLARE_METATYPE(Builder)

/// Whatever a user or an importer can produce, the scheduler answers in bounded time: a schedule,
/// or a refusal that names the task and says what to do.
class TestScheduleLimits final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void schedulesOrRefusesInBoundedTime_data() {
        QTest::addColumn<Builder>("build");
        QTest::addColumn<bool>("schedules");
        QTest::addColumn<QString>("mentions"); // a refusal names the task (and often the remedy)

        QTest::newRow("milestone at the start")
            << Builder([] { return project({task(u"Kickoff"_s, 0)}); }) << true << QString();
        QTest::newRow("zero durations everywhere") << Builder([] {
            ScheduleInput input = chain(50, 0);
            for (size_t i = 0; i < input.links.size(); ++i)
                input.links[i].type = LinkType(i % 4);
            return input;
        }) << true << QString();
        QTest::newRow("ten years of work")
            << Builder([] { return project({task(u"Build"_s, longest)}); }) << true << QString();
        QTest::newRow("a minute more than ten years")
            << Builder([] { return project({task(u"Build"_s, longest + 1)}); }) << false
            << u"Task \u201CBuild\u201D lasts 1248001 minutes; the longest duration Relm schedules is 520 weeks"_s;
        QTest::newRow("99999999 weeks") << Builder([] { return project({task(u"Build"_s, 99999999 * week)}); }) << false
                                        << u"Task \u201CBuild\u201D lasts 99999999 weeks"_s;
        QTest::newRow("the largest number")
            << Builder([] { return project({task(u"Build"_s, std::numeric_limits<qint64>::max())}); }) << false
            << u"\u201CBuild\u201D lasts"_s;
        QTest::newRow("negative duration") << Builder([] { return project({task(u"Build"_s, -day)}); }) << false
                                           << u"\u201CBuild\u201D has a negative duration (-1 day)"_s;
        QTest::newRow("a chain of years past the horizon")
            << Builder([] { return chain(110, longest); }) << false << u"would finish after"_s;
        QTest::newRow("negative lag before the start") << Builder([] {
            return project({task(u"Build"_s, day), task(u"Deploy"_s, day)},
                           {{0, 1, LinkType::FinishToStart, -20 * day}});
        }) << true << QString();
        QTest::newRow("negative lag beyond the limit") << Builder([] {
            return project({task(u"Build"_s, day), task(u"Deploy"_s, day)},
                           {{0, 1, LinkType::StartToStart, -longest - 1}});
        }) << false << u"from \u201CBuild\u201D to \u201CDeploy\u201D"_s;
        QTest::newRow("lag that is not a number") << Builder([] {
            return project({task(u"Build"_s, day), task(u"Deploy"_s, day)},
                           {{0, 1, LinkType::FinishToStart, 0, std::nan(""), true}});
        }) << false << u"from \u201CBuild\u201D to \u201CDeploy\u201D"_s;
        QTest::newRow("must start in 1950")
            << Builder([] { return withConstraint(ConstraintType::MustStartOn, at(1950, 3, 6)); }) << true << QString();
        QTest::newRow("start no earlier than 1901")
            << Builder([] { return withConstraint(ConstraintType::StartNoEarlierThan, at(1901, 1, 1)); }) << true
            << QString();
        QTest::newRow("finish no later than 1900")
            << Builder([] { return withConstraint(ConstraintType::FinishNoLaterThan, at(1900, 1, 1)); }) << true
            << QString();
        QTest::newRow("must start in 2199")
            << Builder([] { return withConstraint(ConstraintType::MustStartOn, at(2199, 12, 1)); }) << true
            << QString();
        QTest::newRow("start in 1900, must start in 2199") << Builder([] {
            ScheduleInput input = withConstraint(ConstraintType::MustStartOn, at(2199, 12, 2));
            input.projectStart = at(1900, 1, 1);
            return input;
        }) << true << QString();
        QTest::newRow("start in 2199, finish no later than 1900") << Builder([] {
            ScheduleInput input = withConstraint(ConstraintType::FinishNoLaterThan, at(1900, 1, 1, 17));
            input.projectStart = at(2199, 12, 2);
            return input;
        }) << true << QString();
        QTest::newRow("must start in 1850")
            << Builder([] { return withConstraint(ConstraintType::MustStartOn, at(1850, 1, 1)); }) << false
            << u"Task \u201CDeploy\u201D is constrained to 1850-01-01; Relm schedules dates from 1900-01-01"_s;
        QTest::newRow("must start in 2200")
            << Builder([] { return withConstraint(ConstraintType::MustStartOn, at(2200, 1, 1)); }) << false
            << u"\u201CDeploy\u201D is constrained to 2200-01-01"_s;
        QTest::newRow("project start in 1800") << Builder([] {
            ScheduleInput input = project({task(u"Build"_s, day)});
            input.projectStart = at(1800, 1, 6);
            return input;
        }) << false << u"The project starts on 1800-01-06"_s;
        QTest::newRow("status date in 3000") << Builder([] {
            ScheduleInput input = project({task(u"Build"_s, day)});
            input.statusDate = at(3000, 1, 1);
            return input;
        }) << false << u"status date is 3000-01-01"_s;
        QTest::newRow("150% complete") << Builder([] {
            ScheduleInput input = project({task(u"Build"_s, day)});
            input.tasks[0].percentComplete = 150;
            return input;
        }) << false << u"\u201CBuild\u201D is 150% complete"_s;
        QTest::newRow("negative pessimistic estimate") << Builder([] {
            ScheduleInput input = project({task(u"Build"_s, day)});
            input.tasks[0].pessimistic = -5;
            return input;
        }) << false << u"pessimistic estimate of task \u201CBuild\u201D"_s;
        QTest::newRow("link to a missing task") << Builder([] {
            return project({task(u"Build"_s, day)}, {{0, 7}});
        }) << false << u"dependency of task \u201CBuild\u201D refers to a task that does not exist"_s;
        QTest::newRow("self link") << Builder([] {
            return project({task(u"Build"_s, day)}, {{0, 0}});
        }) << false << u"\u201CBuild\u201D cannot depend on itself"_s;
        QTest::newRow("missing calendar") << Builder([] {
            ScheduleInput input = project({task(u"Build"_s, day)});
            input.tasks[0].calendar = 3;
            return input;
        }) << false << u"\u201CBuild\u201D uses a calendar that does not exist"_s;
        QTest::newRow("freeze window in 2500") << Builder([] {
            ScheduleInput input = project({task(u"Build"_s, day)});
            input.freezeWindows.push_back({u"Far freeze"_s, at(2500, 1, 1), at(2500, 2, 1), {}, {}});
            return input;
        }) << false << u"\u201CFar freeze\u201D"_s;
        QTest::newRow("empty phase") << Builder([] {
            // A phase without tasks is a zero-length task: it sits where its predecessors end.
            ScheduleTask phase = task(u"Empty phase"_s, 0);
            phase.milestone = false;
            return project({task(u"Build"_s, day), phase, task(u"Ship"_s, day)}, {{0, 1}, {1, 2}});
        }) << true << QString();
        QTest::newRow("phases 150 deep") << Builder([] { return nested(150); }) << false
                                         << u"\u201CLevel 101\u201D is nested more than 100 phases deep"_s;
        QTest::newRow("phases 60 deep") << Builder([] { return nested(60); }) << true << QString();
        QTest::newRow("a link between two phases of 3000 tasks") << Builder([] { return twoBigPhases(3000); }) << false
                                                                 << u"from \u201CDesign\u201D to \u201CRollout\u201D"_s;
        QTest::newRow("a link between two phases of 500 tasks")
            << Builder([] { return twoBigPhases(500); }) << true << QString();
        QTest::newRow("one working minute a week") << Builder([] {
            ScheduleInput input = project({task(u"Build"_s, week)});
            input.calendar = oneMinuteAWeek();
            return input;
        }) << true << QString();
        QTest::newRow("one working minute a week, ten years of work") << Builder([] {
            ScheduleInput input = project({task(u"Build"_s, longest)});
            input.calendar = oneMinuteAWeek();
            return input;
        }) << false << u"Task \u201CBuild\u201D would finish after 3026-01-05"_s;
        QTest::newRow("reversed and overlapping working hours") << Builder([] {
            ScheduleInput input = project({task(u"Build"_s, 3 * day)});
            input.calendar.setWeekday(Qt::Monday, {{17 * 60, 8 * 60}, {-60, 2000}, {100, 200}});
            input.calendar.setWeekday(Qt::Tuesday, {{600, 700}, {650, 900}});
            return input;
        }) << true << QString();
        QTest::newRow("100,000 tasks of an hour in a chain")
            << Builder([] { return chain(100000, 60); }) << true << QString();
        QTest::newRow("100,000 tasks of a day in a chain")
            << Builder([] { return chain(100000, day); }) << true << QString();
        QTest::newRow("100,000 tasks of a week in a chain")
            << Builder([] { return chain(100000, week); }) << false << u"would finish after 3026-01-05"_s;
    }

    void schedulesOrRefusesInBoundedTime() {
        QFETCH(Builder, build);
        QFETCH(bool, schedules);
        QFETCH(QString, mentions);
        const ScheduleInput input = build();
        QElapsedTimer timer;
        timer.start();
        const auto result = Scheduler::compute(input);
        QVERIFY2(timer.elapsed() < 10000, qPrintable(u"took %1 ms"_s.arg(timer.elapsed())));
        QVERIFY2(result.ok() == schedules, qPrintable(result.errorMessage()));
        if (!schedules) {
            QCOMPARE(result.error().code, ErrorCode::Invalid);
            QVERIFY2(result.errorMessage().contains(mentions), qPrintable(result.errorMessage()));
            return;
        }
        // Dates of the schedule convert, and in order (a sample of 1,000 tasks of the long chains:
        // local date-times are slow to build).
        const size_t step = std::max<size_t>(1, input.tasks.size() / 1000);
        for (size_t i = 0; i < input.tasks.size(); i += step) {
            const QDateTime start = result->startOf(int(i));
            const QDateTime finish = result->finishOf(int(i));
            QVERIFY(start.isValid() && finish.isValid());
            QVERIFY2(start <= finish, qPrintable(input.tasks[i].name));
            QVERIFY(result->timeline->contains(result->times[i].lateStart));
        }
        QVERIFY(result->finishDate().isValid());
    }

    void refusalsNameTheFirstTaskOutside() {
        // The 100,000-task chain of weeks runs out of horizon part way: the message names that task.
        const auto result = Scheduler::compute(chain(100000, week));
        QVERIFY(!result);
        QVERIFY2(result.errorMessage().startsWith(u"Task \u201CT"_s), qPrintable(result.errorMessage()));
    }

    void datesOfBoundaryPlans() {
        // Ten years of work from Monday 5 January 2026 on the standard calendar: 520 five-day weeks.
        auto years = Scheduler::compute(project({task(u"Build"_s, longest)}));
        QVERIFY(years);
        QCOMPARE(years->finishOf(0), at(2035, 12, 21, 17)); // 520 weeks later, a Friday
        // A negative lead does not pull work before the project start.
        auto lead = Scheduler::compute(
            project({task(u"Build"_s, day), task(u"Deploy"_s, day)}, {{0, 1, LinkType::FinishToStart, -20 * day}}));
        QVERIFY(lead);
        QCOMPARE(lead->startOf(1), at(2026, 1, 5));
        // A constraint in the past holds the task there, 76 years before the start.
        auto past = Scheduler::compute(withConstraint(ConstraintType::MustStartOn, at(1950, 3, 6)));
        QVERIFY(past);
        QCOMPARE(past->startOf(1), at(1950, 3, 6));
        QVERIFY(past->times[1].critical);
        // An empty phase sits where its predecessor ends, zero length.
        ScheduleTask phase = task(u"Empty phase"_s, 0);
        phase.milestone = false;
        auto empty =
            Scheduler::compute(project({task(u"Build"_s, day), phase, task(u"Ship"_s, day)}, {{0, 1}, {1, 2}}));
        QVERIFY(empty);
        QCOMPARE(empty->startOf(1), at(2026, 1, 5, 17));
        QCOMPARE(empty->finishOf(1), at(2026, 1, 5, 17));
        QCOMPARE(empty->startOf(2), at(2026, 1, 6));
        // One working minute a week: a week of work takes 2,400 Mondays.
        ScheduleInput sparse = project({task(u"Build"_s, week)});
        sparse.calendar = oneMinuteAWeek();
        auto slow = Scheduler::compute(sparse);
        QVERIFY(slow);
        QCOMPARE(slow->finishOf(0), QDateTime(QDate(2026, 1, 5).addDays(7 * (week - 1)), QTime(8, 1)));
    }

    void ownCalendarsAtTheHorizon_data() {
        QTest::addColumn<qint64>("minutes");
        QTest::addColumn<bool>("schedules");
        // On one working minute a week, 52,000 minutes take 997 years; 52,300 take 1,002.
        QTest::newRow("inside") << qint64(52000) << true;
        QTest::newRow("past the horizon") << qint64(52300) << false;
    }

    void ownCalendarsAtTheHorizon() {
        QFETCH(qint64, minutes);
        QFETCH(bool, schedules);
        ScheduleInput input = project({task(u"Build"_s, day), task(u"Archive"_s, minutes)}, {{0, 1}});
        input.taskCalendars.push_back(oneMinuteAWeek());
        input.tasks[1].calendar = 0;
        const auto result = Scheduler::compute(input);
        QCOMPARE(result.ok(), schedules);
        if (!schedules) {
            QVERIFY2(result.errorMessage().contains(u"\u201CArchive\u201D would finish after 3026-01-05"_s),
                     qPrintable(result.errorMessage()));
            return;
        }
        // Build ends Monday 17:00; the own calendar's next minute is Monday 12 January 08:00.
        QCOMPARE(result->startOf(1), at(2026, 1, 12));
        QCOMPARE(result->finishOf(1), QDateTime(QDate(2026, 1, 12).addDays(7 * (minutes - 1)), QTime(8, 1)));
    }

    void timelineStaysWithinItsHorizon() {
        // A horizon of one year: Monday 5 January 2026 back to 2025 and on to 2027.
        const WorkTimeline timeline(WorkCalendar::standard(), at(2026, 1, 5), 1);
        QCOMPARE(timeline.horizonStart(), QDate(2025, 1, 5));
        QCOMPARE(timeline.horizonEnd(), QDate(2027, 1, 5));
        const qint64 huge = std::numeric_limits<qint64>::max() / 2;
        QCOMPARE(timeline.instantAt(huge, WorkTimeline::Edge::Start), at(2027, 1, 6, 0));
        QCOMPARE(timeline.instantAt(-huge, WorkTimeline::Edge::Finish), at(2025, 1, 5, 0));
        QVERIFY(!timeline.contains(huge));
        QVERIFY(!timeline.contains(-huge));
        // The last working minute inside: Tuesday 5 January 2027, 17:00 (52 weeks and 2 days on).
        const qint64 last = 52 * week + 2 * day;
        QVERIFY(timeline.contains(last));
        QVERIFY(!timeline.contains(last + 1));
        QCOMPARE(timeline.instantAt(last, WorkTimeline::Edge::Finish), at(2027, 1, 5, 17));
        QCOMPARE(timeline.offsetAt(at(9999, 1, 1)), last + 1);
        QVERIFY(!timeline.contains(timeline.offsetAt(at(1000, 1, 1))));
        QVERIFY(timeline.contains(timeline.offsetAt(at(2025, 1, 6))));
    }

    void horizonCountsExceptions() {
        // Holidays on every day after the start: only the first day's work lies inside the horizon,
        // however many working weeks the calendar's week alone would promise.
        WorkCalendar holidays = WorkCalendar::standard();
        for (QDate d(2026, 1, 6); d <= QDate(2027, 1, 5); d = d.addDays(1))
            holidays.addHoliday(d);
        const WorkTimeline timeline(holidays, at(2026, 1, 5), 1);
        QVERIFY(timeline.contains(day));
        QVERIFY(!timeline.contains(day + 1));
        QCOMPARE(timeline.instantAt(day + 1, WorkTimeline::Edge::Start), at(2027, 1, 6, 0));
    }

    void monteCarloStaysBounded_data() {
        QTest::addColumn<Builder>("build");
        QTest::addColumn<int>("iterations");
        QTest::addColumn<int>("threads");
        QTest::addColumn<QString>("refusal"); // empty: it runs
        QTest::newRow("pessimistic estimates of ten years") << Builder([] {
            ScheduleInput input = chain(400, day);
            for (ScheduleTask &t : input.tasks)
                t.pessimistic = longest;
            return input;
        }) << 50 << 2 << u"In some iterations the plan finishes after 3026-01-05"_s;
        QTest::newRow("estimates out of order") << Builder([] {
            ScheduleInput input = chain(10, day);
            for (ScheduleTask &t : input.tasks) {
                t.optimistic = 3 * day;
                t.pessimistic = 0;
            }
            return input;
        }) << 200 << 2 << QString();
        QTest::newRow("tasks on their own calendars") << Builder([] {
            ScheduleInput input = chain(20, day);
            input.taskCalendars.push_back(WorkCalendar::standard());
            input.taskCalendars.back().setWeekday(Qt::Saturday, {{8 * 60, 12 * 60}});
            for (size_t i = 0; i < input.tasks.size(); i += 2)
                input.tasks[i].calendar = 0;
            for (ScheduleTask &t : input.tasks)
                t.pessimistic = 4 * day;
            return input;
        }) << 500 << 4 << QString();
        QTest::newRow("too many iterations")
            << Builder([] { return chain(2, day); }) << std::numeric_limits<int>::max() << 2 << u"iterations"_s;
        QTest::newRow("absurd thread count") << Builder([] { return chain(2, day); }) << 10 << 100000 << QString();
        QTest::newRow("a risk of a century") << Builder([] {
            ScheduleInput input = chain(2, day);
            input.riskEvents.push_back({1, 0.5, 100 * longest});
            return input;
        }) << 10 << 2 << u"A risk on task \u201CT1\u201D delays it by"_s;
        QTest::newRow("a risk with no probability") << Builder([] {
            ScheduleInput input = chain(2, day);
            input.riskEvents.push_back({0, std::nan(""), day});
            return input;
        }) << 10 << 2 << u"A risk on task \u201CT0\u201D"_s;
    }

    void monteCarloStaysBounded() {
        QFETCH(Builder, build);
        QFETCH(int, iterations);
        QFETCH(int, threads);
        QFETCH(QString, refusal);
        QElapsedTimer timer;
        timer.start();
        const auto result = MonteCarlo::run(build(), {iterations, 3, {}, threads});
        QVERIFY(timer.elapsed() < 10000);
        QVERIFY2(result.ok() == refusal.isEmpty(), qPrintable(result.errorMessage()));
        if (!refusal.isEmpty()) {
            QVERIFY2(result.errorMessage().contains(refusal), qPrintable(result.errorMessage()));
            return;
        }
        QCOMPARE(result->iterations, iterations);
        QVERIFY(result->percentile(-5) <= result->percentile(50));
        QVERIFY(result->percentile(50) <= result->percentile(500));
        QVERIFY(result->percentileDate(95).isValid());
    }
};

QTEST_GUILESS_MAIN(TestScheduleLimits)
#include "tst_schedulelimits.moc"

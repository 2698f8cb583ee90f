#include "CliCommands.h"
#include "CliContext.h"
#include "TextTable.h"
#include "changes/PlanChanges.h"
#include "changes/RecordChanges.h"
#include "changes/Workspace.h"
#include "domain/Validation.h"
#include "planning/ReleasePlanning.h"
#include "schedule/WorkTimeText.h"
#include "storage/DirectoryStore.h"
#include "storage/PlanStore.h"
#include "storage/ReleaseStore.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <variant>

using namespace Qt::Literals::StringLiterals;

namespace relm::cli {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::cli", text);
}

QString local(const QDateTime &at) {
    return at.toString(u"yyyy-MM-ddTHH:mm:ss"_s);
}

QString shortDate(const QDateTime &at) {
    return at.toString(u"yyyy-MM-dd HH:mm"_s);
}

/// Working time from an option ("3d", "4h", "90m", "2w"); a lag may be a lead ("-2h").
std::optional<qint64> parseWorkTimeOption(const QString &text) {
    return work_time::parse(text, work_time::Sign::Allowed);
}

/// A date-time, or a date meaning the start (08:00) or the end (17:00) of that working day.
std::optional<QDateTime> parseDateTime(const QString &text, QTime dateOnly = QTime(8, 0)) {
    auto at = validation::parseUtcDateTime(text, {});
    if (!at)
        return std::nullopt;
    const bool dateOnlyGiven = !text.contains(u'T') && !text.trimmed().contains(u' ');
    return QDateTime(at->date(), dateOnlyGiven ? dateOnly : at->time()); // calendar-local
}

QJsonObject taskJson(const ScheduledTask &t) {
    return {{u"id"_s, t.task.id},
            {u"source_uid"_s, t.task.sourceUid.isEmpty() ? QJsonValue() : QJsonValue(t.task.sourceUid)},
            {u"name"_s, t.task.name},
            {u"summary"_s, t.times.summary},
            {u"milestone"_s, t.task.milestone},
            {u"constraint"_s, constraintKey(t.task.constraint)},
            {u"constraint_date"_s, constraintHasDate(t.task.constraint)
                                       ? QJsonValue(t.task.constraintDate.toString(Qt::ISODate))
                                       : QJsonValue()},
            {u"early_start"_s, local(t.start)},
            {u"early_finish"_s, local(t.finish)},
            {u"late_start"_s, local(t.lateStart)},
            {u"late_finish"_s, local(t.lateFinish)},
            {u"total_float_minutes"_s, t.times.totalFloat},
            {u"free_float_minutes"_s, t.times.freeFloat},
            {u"critical"_s, t.times.critical}};
}

QJsonObject scheduleJson(const ReleaseSchedule &s) {
    QJsonArray tasks;
    for (const ScheduledTask &t : s.tasks)
        tasks.append(taskJson(t));
    return {{u"release"_s, s.releaseName},
            {u"finish"_s, local(s.finish)},
            {u"tasks"_s, tasks},
            {u"notes"_s, QJsonArray::fromStringList(s.notes)}};
}

QString days(qint64 minutes) {
    return QString::number(double(minutes) / 480.0, 'f', minutes % 480 ? 2 : 0) + u"d"_s;
}

void printSchedule(QTextStream &out, const ReleaseSchedule &s) {
    out << tr("%1: finishes %2").arg(s.releaseName, shortDate(s.finish)) << Qt::endl;
    TextTable table(
        {tr("Task"), tr("Start"), tr("Finish"), tr("Late finish"), tr("Float"), tr("Critical"), tr("Constraint")});
    QHash<Id, int> depth; // phases come before their tasks
    for (const ScheduledTask &t : s.tasks) {
        const int level = t.task.parentId ? depth.value(t.task.parentId) + 1 : 0;
        depth.insert(t.task.id, level);
        const QString indent(2 * level, u' ');
        // The short names task add takes (--snet and so on), with the date: "SNET 2027-01-15".
        QString constraint;
        if (t.task.constraint != ConstraintType::AsSoonAsPossible)
            constraint = constraintKey(t.task.constraint).toUpper();
        if (constraintHasDate(t.task.constraint))
            constraint += u' ' + shortDate(t.task.constraintDate);
        table.addRow({indent + t.task.name + (t.task.milestone ? u" \u25C6"_s : QString()), shortDate(t.start),
                      shortDate(t.finish), shortDate(t.lateFinish), days(t.times.totalFloat),
                      t.times.critical ? tr("yes") : QString(), constraint});
    }
    table.print(out);
    for (const QString &note : s.notes)
        out << tr("note: ") << note << Qt::endl;
}

/// The date constraint given by --snet, --snlt, --fnet, --fnlt, --mso, --mfo or --alap; as soon
/// as possible when none is. A date alone means 08:00 for a start and 17:00 for a finish.
Result<std::pair<ConstraintType, QDateTime>> constraintOption(const CliContext &cli) {
    std::pair<ConstraintType, QDateTime> chosen{ConstraintType::AsSoonAsPossible, {}};
    int given = 0;
    for (const ConstraintType type :
         {ConstraintType::AsLateAsPossible, ConstraintType::StartNoEarlierThan, ConstraintType::StartNoLaterThan,
          ConstraintType::FinishNoEarlierThan, ConstraintType::FinishNoLaterThan, ConstraintType::MustStartOn,
          ConstraintType::MustFinishOn}) {
        const QString option = constraintKey(type);
        if (!cli.isSet(option))
            continue;
        ++given;
        chosen.first = type;
        if (!constraintHasDate(type))
            continue;
        const bool finish = type == ConstraintType::FinishNoEarlierThan || type == ConstraintType::FinishNoLaterThan ||
                            type == ConstraintType::MustFinishOn;
        const auto at = parseDateTime(cli.option(option), finish ? QTime(17, 0) : QTime(8, 0));
        if (!at)
            return makeError(ErrorCode::Invalid,
                             tr("--%1 takes a date or date-time, e.g. 2027-01-15 or 2027-01-15T13:00.").arg(option));
        chosen.second = *at;
    }
    if (given > 1)
        return makeError(ErrorCode::Invalid, tr("A task has one date constraint: give only one of --snet, --snlt, "
                                                "--fnet, --fnlt, --mso, --mfo and --alap."));
    return chosen;
}

Result<PlanTask> findTask(Workspace &ws, const Release &release, const QString &name) {
    // "Other release/Task" names a task of another release.
    Release owner = release;
    QString taskName = name;
    if (name.contains(u'/')) {
        auto other = ws.releases().releaseByName(name.section(u'/', 0, 0));
        if (!other)
            return other.error();
        owner = *other;
        taskName = name.section(u'/', 1);
    }
    auto tasks = ws.plan().tasks(owner.id);
    if (!tasks)
        return tasks.error();
    for (const PlanTask &t : *tasks) {
        if (t.name.compare(taskName, Qt::CaseInsensitive) == 0)
            return t;
    }
    return makeError(ErrorCode::NotFound, tr("%1 has no task named \u201C%2\u201D.").arg(owner.name, taskName));
}

int simulate(CliContext &cli, const Release &release) {
    bool ok = false;
    const int iterations = cli.option(u"montecarlo"_s).toInt(&ok);
    if (!ok || iterations <= 0)
        return cli.usage(tr("--montecarlo takes a number of iterations, e.g. 2000."));
    MonteCarloOptions options;
    options.iterations = iterations;
    options.seed = cli.isSet(u"seed"_s) ? cli.option(u"seed"_s).toULongLong() : 1;
    if (cli.isSet(u"target"_s)) {
        auto target = parseDateTime(cli.option(u"target"_s), QTime(17, 0));
        if (!target)
            return cli.usage(tr("--target takes a date, e.g. 2027-01-15."));
        options.target = *target;
    }
    auto simulation = planning::simulate(cli.workspace(), release.id, options);
    if (!simulation)
        return cli.fail(simulation.error());
    const MonteCarloResult &r = simulation->result;
    if (cli.json()) {
        QJsonArray criticality;
        for (int i = 0; i < simulation->tasks.size(); ++i)
            criticality.append(QJsonObject{{u"id"_s, simulation->tasks.at(i).id},
                                           {u"name"_s, simulation->tasks.at(i).name},
                                           {u"criticality"_s, r.criticality[size_t(i)]}});
        cli.printJson(QJsonObject{
            {u"release"_s, release.name},
            {u"iterations"_s, r.iterations},
            {u"seed"_s, QString::number(options.seed)},
            {u"p50"_s, local(r.percentileDate(50))},
            {u"p80"_s, local(r.percentileDate(80))},
            {u"p95"_s, local(r.percentileDate(95))},
            {u"target"_s, options.target.isValid() ? QJsonValue(local(options.target)) : QJsonValue()},
            {u"probability_on_target"_s, r.probabilityOnTarget < 0 ? QJsonValue() : QJsonValue(r.probabilityOnTarget)},
            {u"risks"_s, simulation->risks},
            {u"tasks"_s, criticality}});
        return ExitOk;
    }
    QTextStream &out = cli.out();
    out << tr("%1, %2 iterations (seed %3):").arg(release.name).arg(r.iterations).arg(options.seed) << Qt::endl;
    out << u"  P50 "_s << shortDate(r.percentileDate(50)) << Qt::endl;
    out << u"  P80 "_s << shortDate(r.percentileDate(80)) << Qt::endl;
    out << u"  P95 "_s << shortDate(r.percentileDate(95)) << Qt::endl;
    if (r.probabilityOnTarget >= 0)
        out << tr("  Probability of finishing by %1: %2%")
                   .arg(shortDate(options.target))
                   .arg(qRound(r.probabilityOnTarget * 100))
            << Qt::endl;
    if (simulation->risks > 0)
        out << QCoreApplication::translate("relm::cli", "  Includes %n risk(s) from the register as possible delays.",
                                           nullptr, simulation->risks)
            << Qt::endl;
    return ExitOk;
}

} // namespace

int schedule(CliContext &cli) {
    if (cli.isSet(u"portfolio"_s)) {
        auto portfolio = planning::schedulePortfolio(cli.workspace());
        if (!portfolio)
            return cli.fail(portfolio.error());
        if (cli.json()) {
            QJsonArray releases;
            for (const ReleaseSchedule &s : *portfolio)
                releases.append(scheduleJson(s));
            cli.printJson(QJsonObject{{u"releases"_s, releases}});
        } else {
            for (const ReleaseSchedule &s : *portfolio) {
                printSchedule(cli.out(), s);
                cli.out() << Qt::endl;
            }
        }
        return ExitOk;
    }
    if (cli.word(1).isEmpty())
        return cli.usage(tr("schedule needs a release name, or --portfolio."));
    auto release = cli.workspace().releases().releaseByName(cli.word(1));
    if (!release)
        return cli.fail(release.error());
    if (cli.isSet(u"montecarlo"_s))
        return simulate(cli, *release);
    auto schedule = planning::scheduleRelease(cli.workspace(), release->id);
    if (!schedule)
        return cli.fail(schedule.error());
    if (cli.json())
        cli.printJson(scheduleJson(*schedule));
    else
        printSchedule(cli.out(), *schedule);
    return ExitOk;
}

int baselineSave(CliContext &cli) {
    if (cli.word(1).isEmpty() || cli.word(2).isEmpty())
        return cli.usage(tr("baseline save needs a release and a name."));
    auto release = cli.workspace().releases().releaseByName(cli.word(1));
    if (!release)
        return cli.fail(release.error());
    auto baseline = planning::baselineOf(cli.workspace(), release->id, cli.word(2));
    if (!baseline)
        return cli.fail(baseline.error());
    SaveScheduleBaseline save(*baseline);
    if (auto r = cli.workspace().apply(save); !r)
        return cli.fail(r.error());
    cli.out() << tr("Saved baseline \u201C%1\u201D of %2 (%3 tasks).")
                     .arg(cli.word(2), release->name)
                     .arg(baseline->dates.size())
              << Qt::endl;
    return ExitOk;
}

int baselineVariance(CliContext &cli) {
    auto release = cli.workspace().releases().releaseByName(cli.word(1));
    if (!release)
        return cli.fail(release.error());
    auto baselines = cli.workspace().plan().baselines(release->id);
    if (!baselines)
        return cli.fail(baselines.error());
    const auto it = std::find_if(baselines->cbegin(), baselines->cend(),
                                 [&](const PlanBaseline &b) { return cli.word(2).isEmpty() || b.name == cli.word(2); });
    if (it == baselines->cend())
        return cli.fail(makeError(ErrorCode::NotFound,
                                  tr("%1 has no baseline named \u201C%2\u201D.").arg(release->name, cli.word(2))));
    auto schedule = planning::scheduleRelease(cli.workspace(), release->id);
    if (!schedule)
        return cli.fail(schedule.error());
    auto slips = planning::variance(cli.workspace(), *schedule, *it);
    if (!slips)
        return cli.fail(slips.error());
    qint64 releaseSlip = 0;
    for (const auto &s : *slips)
        releaseSlip = std::max(releaseSlip, s.finishSlip);
    if (cli.json()) {
        QJsonArray tasks;
        for (const auto &s : *slips)
            tasks.append(QJsonObject{{u"id"_s, s.taskId},
                                     {u"name"_s, s.name},
                                     {u"start_slip_minutes"_s, s.startSlip},
                                     {u"finish_slip_minutes"_s, s.finishSlip}});
        cli.printJson(QJsonObject{{u"release"_s, release->name},
                                  {u"baseline"_s, it->name},
                                  {u"finish_slip_minutes"_s, releaseSlip},
                                  {u"tasks"_s, tasks}});
        return ExitOk;
    }
    cli.out() << tr("%1 against \u201C%2\u201D: the release finishes %3 later.")
                     .arg(release->name, it->name, days(releaseSlip))
              << Qt::endl;
    TextTable table({tr("Task"), tr("Start slip"), tr("Finish slip")});
    for (const auto &s : *slips)
        table.addRow({s.name, days(s.startSlip), days(s.finishSlip)});
    table.print(cli.out());
    return ExitOk;
}

int conflictList(CliContext &cli) {
    auto conflicts = planning::conflicts(cli.workspace());
    if (!conflicts)
        return cli.fail(conflicts.error());
    if (cli.json()) {
        QJsonArray array;
        for (const EnvironmentConflict &c : *conflicts) {
            auto side = [](const ScheduledTask &t, const QString &release) {
                return QJsonObject{{u"release"_s, release},
                                   {u"task_id"_s, t.task.id},
                                   {u"task"_s, t.task.name},
                                   {u"start"_s, local(t.start)},
                                   {u"finish"_s, local(t.finish)}};
            };
            array.append(QJsonObject{{u"environment"_s, c.environment},
                                     {u"first"_s, side(c.first, c.firstRelease)},
                                     {u"second"_s, side(c.second, c.secondRelease)}});
        }
        cli.printJson(array);
        return conflicts->isEmpty() ? ExitOk : ExitFindings;
    }
    if (conflicts->isEmpty())
        cli.out() << tr("No environment is booked twice at the same time.") << Qt::endl;
    for (const EnvironmentConflict &c : *conflicts)
        cli.out() << tr("%1 is booked twice: \u201C%2\u201D (%3, %4 \u2192 %5) and \u201C%6\u201D (%7, %8 \u2192 %9).")
                         .arg(c.environment, c.first.task.name, c.firstRelease, shortDate(c.first.start),
                              shortDate(c.first.finish), c.second.task.name, c.secondRelease, shortDate(c.second.start),
                              shortDate(c.second.finish))
                  << Qt::endl;
    return conflicts->isEmpty() ? ExitOk : ExitFindings;
}

int taskAdd(CliContext &cli) {
    if (cli.words().size() > 3)
        return cli.usage(
            tr("task add takes one release and one task name, not \u201C%1\u201D; put names with spaces in "
               "quotes (--alap takes no date).")
                .arg(cli.words().mid(3).join(u' ')));
    auto release = cli.workspace().releases().releaseByName(cli.word(1));
    if (!release)
        return cli.fail(release.error());
    PlanTask t;
    t.releaseId = release->id;
    t.name = cli.word(2);
    t.milestone = cli.isSet(u"milestone"_s);
    if (!t.milestone) {
        auto duration = parseWorkTimeOption(cli.isSet(u"duration"_s) ? cli.option(u"duration"_s) : u"1d"_s);
        if (!duration || *duration < 0)
            return cli.usage(tr("--duration takes working time such as 3d, 4h, 90m or 2w."));
        t.duration = *duration;
    }
    if (cli.isSet(u"estimate"_s)) {
        const QStringList parts = cli.option(u"estimate"_s).split(u',');
        const auto low = parseWorkTimeOption(parts.value(0));
        const auto high = parseWorkTimeOption(parts.value(1));
        if (parts.size() != 2 || !low || !high)
            return cli.usage(
                tr("--estimate takes OPTIMISTIC,PESSIMISTIC, e.g. 2d,5d (the duration is the most likely)."));
        t.optimistic = *low;
        t.pessimistic = *high;
    }
    if (auto constraint = constraintOption(cli); !constraint)
        return cli.usage(constraint.errorMessage());
    else
        std::tie(t.constraint, t.constraintDate) = *constraint;
    t.deployment = cli.isSet(u"deployment"_s);
    t.emergency = cli.isSet(u"emergency"_s);
    if (cli.isSet(u"env"_s)) {
        auto env = cli.workspace().directory().environmentByName(cli.option(u"env"_s));
        if (!env)
            return cli.fail(env.error());
        t.environmentId = env->id;
    }
    if (cli.isSet(u"phase"_s)) {
        auto phase = findTask(cli.workspace(), *release, cli.option(u"phase"_s));
        if (!phase)
            return cli.fail(phase.error());
        t.parentId = phase->id;
    }
    auto existing = cli.workspace().plan().tasks(release->id);
    t.position = existing ? int(existing->size()) : 0;
    auto create = std::make_unique<CreateRecord<PlanTask>>(t);
    CompositeChange change(tr("Add task %1").arg(t.name));
    CreateRecord<PlanTask> *created = create.get();
    change.add(std::move(create));
    if (auto r = cli.workspace().apply(change); !r)
        return cli.fail(r.error());
    for (const QString &after : cli.parser().values(u"after"_s)) {
        auto predecessor = findTask(cli.workspace(), *release, after);
        if (!predecessor)
            return cli.fail(predecessor.error());
        CreateRecord<PlanLink> link(
            PlanLink{0, predecessor->id, created->record().id, LinkType::FinishToStart, 0, 0, false});
        if (auto r = cli.workspace().apply(link); !r)
            return cli.fail(r.error());
    }
    cli.out() << tr("Added task \u201C%1\u201D to %2.").arg(t.name, release->name) << Qt::endl;
    return ExitOk;
}

namespace {

/// The two tasks of "link add|remove RELEASE PREDECESSOR SUCCESSOR", or the exit code already given.
std::variant<std::pair<PlanTask, PlanTask>, int> linkEnds(CliContext &cli, const Release &release) {
    if (cli.word(2).isEmpty() || cli.word(3).isEmpty())
        return cli.usage(tr("link %1 needs RELEASE PREDECESSOR SUCCESSOR (task names; \u201COther release/Task\u201D "
                            "for another release).")
                             .arg(cli.word(0)));
    auto predecessor = findTask(cli.workspace(), release, cli.word(2));
    auto successor = findTask(cli.workspace(), release, cli.word(3));
    if (!predecessor || !successor)
        return cli.fail(predecessor ? successor.error() : predecessor.error());
    return std::pair{*predecessor, *successor};
}

} // namespace

int linkAdd(CliContext &cli) {
    auto release = cli.workspace().releases().releaseByName(cli.word(1));
    if (!release)
        return cli.fail(release.error());
    auto ends = linkEnds(cli, *release);
    if (const int *exit = std::get_if<int>(&ends))
        return *exit;
    const auto &[predecessor, successor] = std::get<0>(ends);
    PlanLink link{0, predecessor.id, successor.id, LinkType::FinishToStart, 0, 0, false};
    if (cli.isSet(u"type"_s)) {
        auto type = linkTypeFromKey(cli.option(u"type"_s));
        if (!type)
            return cli.usage(tr("--type is FS, SS, FF or SF."));
        link.type = *type;
    }
    if (cli.isSet(u"lag"_s) && !setLagFromText(link, cli.option(u"lag"_s)))
        return cli.usage(tr("--lag takes working time (1d, -4h) or a percentage of the predecessor (50%)."));
    // A link that closes a cycle is refused by the core, naming the tasks, and nothing is written.
    CreateRecord<PlanLink> create(link);
    if (auto r = cli.workspace().apply(create); !r)
        return cli.fail(r.error());
    cli.out() << tr("Linked \u201C%1\u201D \u2192 \u201C%2\u201D (%3).")
                     .arg(predecessor.name, successor.name, linkTypeKey(link.type))
              << Qt::endl;
    return ExitOk;
}

int linkRemove(CliContext &cli) {
    auto release = cli.workspace().releases().releaseByName(cli.word(1));
    if (!release)
        return cli.fail(release.error());
    auto ends = linkEnds(cli, *release);
    if (const int *exit = std::get_if<int>(&ends))
        return *exit;
    const auto &[predecessor, successor] = std::get<0>(ends);
    auto links = cli.workspace().plan().links(release->id);
    if (!links)
        return cli.fail(links.error());
    const auto found =
        std::find_if(links->cbegin(), links->cend(), [from = predecessor.id, to = successor.id](const PlanLink &l) {
            return l.predecessorId == from && l.successorId == to;
        });
    if (found == links->cend())
        return cli.fail(makeError(ErrorCode::NotFound,
                                  tr("\u201C%1\u201D does not wait for \u201C%2\u201D: there is no link to remove.")
                                      .arg(successor.name, predecessor.name)));
    RemoveRecord<PlanLink> remove(*found);
    if (auto r = cli.workspace().apply(remove); !r)
        return cli.fail(r.error());
    cli.out() << tr("Removed the link \u201C%1\u201D \u2192 \u201C%2\u201D.").arg(predecessor.name, successor.name)
              << Qt::endl;
    return ExitOk;
}

namespace {

/// The calendar a calendar command changes ("Standard" unless --calendar names another), and a
/// change that stores the edited version and gives it to every release without a calendar.
int changeCalendar(CliContext &cli, const std::function<bool(WorkCalendar &)> &edit, const QString &done) {
    auto calendars = cli.workspace().plan().calendars();
    if (!calendars)
        return cli.fail(calendars.error());
    const QString name = cli.isSet(u"calendar"_s) ? cli.option(u"calendar"_s) : u"Standard"_s;
    PlanCalendar calendar{0, name, WorkCalendar::standard()};
    for (const PlanCalendar &c : *calendars) {
        if (c.name.compare(name, Qt::CaseInsensitive) == 0)
            calendar = c;
    }
    PlanCalendar updated = calendar;
    if (!edit(updated.calendar))
        return ExitUsage;
    if (calendar.id) {
        EditRecord<PlanCalendar> change(calendar, updated);
        if (auto r = cli.workspace().apply(change); !r)
            return cli.fail(r.error());
    } else {
        CreateRecord<PlanCalendar> change(updated);
        if (auto r = cli.workspace().apply(change); !r)
            return cli.fail(r.error());
        calendar.id = change.record().id;
    }
    if (auto releases = cli.workspace().releases().releases()) {
        for (const Release &release : *releases) {
            if (release.calendarId != 0)
                continue;
            Release withCalendar = release;
            withCalendar.calendarId = calendar.id;
            EditRecord<Release> change(release, withCalendar);
            if (auto r = cli.workspace().apply(change); !r)
                return cli.fail(r.error());
        }
    }
    cli.out() << done.arg(name) << Qt::endl;
    return ExitOk;
}

} // namespace

int calendarHoliday(CliContext &cli) {
    const QDate date = QDate::fromString(cli.word(1), Qt::ISODate);
    if (!date.isValid())
        return cli.usage(tr("calendar holiday takes a date, e.g. 2026-12-25."));
    return changeCalendar(
        cli,
        [&](WorkCalendar &c) {
            c.addHoliday(date);
            return true;
        },
        tr("%1 is now a holiday in the calendar \u201C%2\u201D.").arg(date.toString(Qt::ISODate), u"%1"_s));
}

int calendarHours(CliContext &cli) {
    // DAYS: "mon-fri", "mon,wed,sat"; HOURS: "08:00-12:00,13:00-17:00", or "off".
    static const QStringList names{u"mon"_s, u"tue"_s, u"wed"_s, u"thu"_s, u"fri"_s, u"sat"_s, u"sun"_s};
    QList<int> days;
    for (const QString &part : cli.word(1).toLower().split(u',', Qt::SkipEmptyParts)) {
        const QStringList range = part.split(u'-');
        const int from = int(names.indexOf(range.first().left(3)));
        const int to = int(names.indexOf(range.last().left(3)));
        if (from < 0 || to < 0 || to < from)
            return cli.usage(tr("calendar hours takes days such as mon-fri or mon,wed,sat, then hours such as "
                                "08:00-12:00,13:00-17:00 (or off)."));
        for (int d = from; d <= to; ++d)
            days.append(d + 1);
    }
    QList<WorkInterval> hours;
    if (cli.word(2).toLower() != u"off"_s) {
        for (const QString &part : cli.word(2).split(u',', Qt::SkipEmptyParts)) {
            const QTime from = QTime::fromString(part.section(u'-', 0, 0), u"HH:mm"_s);
            const QTime to = QTime::fromString(part.section(u'-', 1, 1), u"HH:mm"_s);
            if (!from.isValid() || !to.isValid() || to <= from)
                return cli.usage(tr("\u201C%1\u201D is not a span of hours such as 08:00-12:00.").arg(part));
            hours.append({from.hour() * 60 + from.minute(), to.hour() * 60 + to.minute()});
        }
    }
    if (days.isEmpty())
        return cli.usage(tr("calendar hours needs the days it sets, e.g. mon-fri."));
    return changeCalendar(
        cli,
        [&](WorkCalendar &c) {
            for (int d : days)
                c.setWeekday(d, hours);
            return true;
        },
        tr("The working hours of the calendar \u201C%1\u201D are set."));
}

} // namespace relm::cli

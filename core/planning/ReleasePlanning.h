#pragma once

#include "Result.h"
#include "domain/Plan.h"
#include "schedule/MonteCarlo.h"
#include "schedule/Scheduler.h"

namespace relm {

class Workspace;

/// One task with its computed dates (calendar-local).
struct ScheduledTask {
    PlanTask task;
    TaskTimes times;
    QDateTime start;
    QDateTime finish;
    QDateTime lateStart;
    QDateTime lateFinish;
};

/// A release's computed schedule.
struct ReleaseSchedule {
    Id releaseId = 0;
    QString releaseName;
    QDateTime start;
    QDateTime finish;
    QList<ScheduledTask> tasks;                   ///< the release's own tasks, in plan order
    QStringList notes;                            ///< why tasks moved (freeze windows)
    std::shared_ptr<const WorkTimeline> timeline; ///< working time of the computation
    QList<PlanLink> links;                        ///< the dependencies it was computed with
};

/// A change freeze as a Gantt chart draws it: its name and times in schedule time.
struct FreezeBand {
    QString name;
    QDateTime start;
    QDateTime end;
};

/// Two tasks of different releases booking one environment at overlapping times.
struct EnvironmentConflict {
    QString environment;
    ScheduledTask first;
    QString firstRelease;
    ScheduledTask second;
    QString secondRelease;
};

/// A release's Monte Carlo result with the task ids behind the criticality figures.
struct ReleaseSimulation {
    MonteCarloResult result;
    QList<PlanTask> tasks; ///< same order as result.criticality
    int risks = 0;         ///< register risks drawn as possible delays
};

/// Turns the stored plans into scheduler input and back into dated tasks.
namespace planning {

/// A release's plan read once and kept in memory, so that an edit to one task's dates or
/// duration recomputes without reading the database again (dragging a bar).
class ReleasePlan final {
public:
    static Result<std::unique_ptr<ReleasePlan>> load(Workspace &workspace, Id releaseId);
    /// The same from the release's own tasks and its dependencies as given (all of them, as
    /// stored); the rest (calendars, freezes, the portfolio) is read.
    static Result<std::unique_ptr<ReleasePlan>> of(Workspace &workspace, Id releaseId, const QList<PlanTask> &own,
                                                   const QList<PlanLink> &links);
    ~ReleasePlan();
    ReleasePlan(const ReleasePlan &) = delete;
    ReleasePlan &operator=(const ReleasePlan &) = delete;

    /// Takes a task's new fields; false when the edit changes the plan's shape (its phase or
    /// calendar), and the plan must be loaded again.
    bool updateTask(const PlanTask &task);
    Result<ReleaseSchedule> compute() const;

private:
    ReleasePlan();
    struct Data;
    std::unique_ptr<Data> d;
};

/// The schedule of one release; tasks of other releases it depends on keep their portfolio dates.
Result<ReleaseSchedule> scheduleRelease(Workspace &workspace, Id releaseId);
/// Every release scheduled together, cross-release dependencies included.
Result<QList<ReleaseSchedule>> schedulePortfolio(Workspace &workspace);
/// The freezes that apply to a release (0: to any) between two schedule times, for drawing.
Result<QList<FreezeBand>> freezeBands(Workspace &workspace, Id releaseId, const QDateTime &from, const QDateTime &to);
/// Environment bookings that collide across releases, from the portfolio schedule.
Result<QList<EnvironmentConflict>> conflicts(Workspace &workspace);
/// A baseline of the release's current dates, ready to save (SaveScheduleBaseline).
Result<PlanBaseline> baselineOf(Workspace &workspace, Id releaseId, const QString &name);
/// Start and finish slip of each task against a saved baseline, in working minutes (positive: later).
struct Slip {
    Id taskId = 0;
    QString name;
    qint64 startSlip = 0;
    qint64 finishSlip = 0;
};
Result<QList<Slip>> variance(Workspace &workspace, const ReleaseSchedule &schedule, const PlanBaseline &baseline);
/// What a simulation of the release needs, read from the database (so it can run elsewhere).
struct SimulationInput {
    ScheduleInput input;
    QList<PlanTask> tasks;
};
/// The release's schedule as simulation input; open risks that threaten a task become risk
/// events (probability from likelihood, delay as recorded).
Result<SimulationInput> simulationInput(Workspace &workspace, Id releaseId);
/// Monte Carlo simulation of a release's schedule.
Result<ReleaseSimulation> simulate(Workspace &workspace, Id releaseId, const MonteCarloOptions &options,
                                   const std::function<void(int)> &progress = {},
                                   const std::atomic<bool> *cancel = nullptr);
} // namespace planning

} // namespace relm

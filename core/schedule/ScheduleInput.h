#pragma once

#include "schedule/WorkCalendar.h"

#include <QDateTime>
#include <QSet>
#include <QString>

#include <vector>

namespace relm {

enum class LinkType { FinishToStart, StartToStart, FinishToFinish, StartToFinish };
/// The eight date constraints of planning tools. The "no later than" kinds are deadlines: missed,
/// they show as negative float. The "must" kinds pin the task unless links beat constraints.
enum class ConstraintType {
    AsSoonAsPossible,
    StartNoEarlierThan,
    FinishNoLaterThan,
    MustStartOn,
    AsLateAsPossible, ///< as late as its successors (or the finish) allow
    StartNoLaterThan,
    FinishNoEarlierThan,
    MustFinishOn,
};

/// Whether a constraint of this kind needs a date (all but as soon and as late as possible).
constexpr bool constraintHasDate(ConstraintType type) {
    return type != ConstraintType::AsSoonAsPossible && type != ConstraintType::AsLateAsPossible;
}

/// One task as the scheduler sees it. Durations and lags are working minutes.
struct ScheduleTask {
    QString id; ///< stable key for results and messages
    QString name;
    qint64 duration = 0; ///< working minutes on the task's calendar; 0 for a milestone
    bool milestone = false;
    int parent = -1; ///< index of the summary task it belongs to, -1 at top level
    ConstraintType constraint = ConstraintType::AsSoonAsPossible;
    QDateTime constraintDate;
    QDateTime notBefore; ///< work does not start earlier, whatever its constraint (its plan's start); may be invalid
    int calendar = -1;   ///< index into ScheduleInput::taskCalendars, -1: the project calendar
    bool deployment = false; ///< deployment tasks respect change-freeze windows
    bool emergency = false;  ///< an authorised emergency may deploy inside a freeze window
    QString environment;     ///< the environment it deploys to or occupies
    QString group;           ///< what freeze windows select tasks by besides the environment (the release)
    int percentComplete = 0;
    qint64 optimistic = -1; ///< three-point estimate for Monte Carlo (-1: use duration)
    qint64 pessimistic = -1;
    /// Dates the plan keeps whatever the dependencies say: a manually scheduled task's start, or
    /// the actual start and finish of work done. Invalid: computed.
    QDateTime fixedStart;
    QDateTime fixedFinish;
    QDateTime statusDate; ///< the status date of the plan it belongs to; invalid: the schedule's
};

/// A dependency between two tasks (indexes into ScheduleInput::tasks).
struct ScheduleLink {
    int predecessor = -1;
    int successor = -1;
    LinkType type = LinkType::FinishToStart;
    qint64 lag = 0;          ///< working minutes (negative: lead)
    double lagPercent = 0.0; ///< used when lagIsPercent: share of the predecessor's duration
    bool lagIsPercent = false;
};

/// A change-freeze window: deployments (to its environment, or any when it names none) may not run in it.
struct FreezeWindow {
    QString name;
    QDateTime start;
    QDateTime end;
    QString environment;  ///< empty: organisation-wide
    QSet<QString> groups; ///< empty: every task; otherwise only tasks of these groups
};

/// Something that may happen to a task in a Monte Carlo iteration: with the given probability
/// the task takes longer by the delay (a risk in the register that threatens the task).
struct RiskEvent {
    int task = -1;            ///< index into ScheduleInput::tasks
    double probability = 0.0; ///< 0..1 per iteration
    qint64 delay = 0;         ///< working minutes added to the task when it happens
};

/// Everything one schedule computation needs: a snapshot, no database, no clock.
struct ScheduleInput {
    QDateTime projectStart;
    WorkCalendar calendar = WorkCalendar::standard();
    std::vector<WorkCalendar> taskCalendars;
    std::vector<ScheduleTask> tasks;
    std::vector<ScheduleLink> links;
    std::vector<FreezeWindow> freezeWindows;
    QDateTime statusDate;              ///< when set, work not started yet cannot start before it, and the
                                       ///< remaining work of a started task not before it either
    bool linksBeatConstraints = false; ///< a must-start-on task still waits for its predecessors
    std::vector<RiskEvent> riskEvents; ///< only the Monte Carlo simulation draws these
};

} // namespace relm

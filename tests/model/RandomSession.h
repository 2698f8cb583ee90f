#pragma once

#include "CalendarSteps.h"
#include "LinkSteps.h"
#include "domain/Deployment.h"
#include "domain/Ids.h"
#include "domain/Plan.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <random>

namespace relm {
class Change;
class UndoController;
class Workspace;
} // namespace relm

namespace relm::test {

/// What a user can do in one step of a random session.
enum class Op {
    EditRelease,
    AddTask,
    RenameTask,
    MoveTask,
    ResizeTask,
    AddLink,
    RemoveLink,
    RemoveTask,
    DropVersion,
    RemoveVersion,
    MoveStatus,
    SignOff,
    Waive,
    EditCriterion,
    PlanDeployment,
    SettleStep,
    RecordRun,
    RollBack,
    AddRisk,
    EditCalendar,
    EditWindow,
    OverrideFreeze,
    MoveDeployment,
    ImportPlan,
    ReplacePredecessors,
    OtherClient,
    Undo,
    Redo,
};

/// One step: what is done, and the seed that picks who does it and its details, so that a step
/// replays the same way on the same database.
struct Step {
    Op op = Op::Undo;
    quint32 seed = 0;
    bool operator==(const Step &) const = default;
};

QString opName(Op op);
/// A random session of `count` steps, the same for the same seed.
QList<Step> randomSteps(quint32 seed, int count);
/// "{Op::AddLink, 1234}, {Op::Redo, 99}" to paste into a regression test.
QString describe(const QList<Step> &steps);

/// A session clock: every change gets the next minute; the invariants read the current one.
class SessionClock final {
public:
    explicit SessionClock(QDateTime start)
        : m_now(std::move(start)) {}
    QDateTime next() { return m_now = m_now.addSecs(180); }
    QDateTime now() const { return m_now; }

private:
    QDateTime m_now;
};

/// Runs steps as a user would, through the undo controller the window uses (so undo and redo are
/// the real ones), acting each time as a randomly chosen person. Refusals are expected: what
/// matters is that the invariants hold after every step.
class RandomSession final {
public:
    RandomSession(Workspace &workspace, UndoController &undo);

    /// Does the step; returns what was attempted and whether it was refused, for the log.
    QString run(const Step &step);

private:
    using Rng = std::mt19937;

    QString editRelease(Rng &rng);
    QString addTask(Rng &rng);
    QString renameTask(Rng &rng);
    QString moveTask(Rng &rng, bool resize);
    QString removeTask(Rng &rng);
    QString dropVersion(Rng &rng, bool add);
    QString moveStatus(Rng &rng);
    QString signOff(Rng &rng);
    QString waive(Rng &rng);
    QString editCriterion(Rng &rng);
    QString planDeployment(Rng &rng);
    QString settleStep(Rng &rng);
    QString recordRun(Rng &rng);
    QString rollBack(Rng &rng);
    QString addRisk(Rng &rng);
    QString editCalendar(Rng &rng);
    QString importPlan(Rng &rng);

    Id anyRelease(Rng &rng);
    /// A release that has shipped (whose packages the rules keep as they were), or 0 when none has.
    Id shippedRelease(Rng &rng);
    /// Tasks of one release, mostly one still in play that has tasks.
    QList<PlanTask> someTasks(Rng &rng);
    /// Deployments of the releases still in play (sometimes of any).
    QList<Deployment> someDeployments(Rng &rng);
    QString perform(std::unique_ptr<Change> change);

    Workspace &m_ws;
    UndoController &m_undo;
    CalendarSteps m_calendar;
    LinkSteps m_links;
    QString m_lastFailure;
};

} // namespace relm::test

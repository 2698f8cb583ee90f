#include "RandomSession.h"

#include "OtherClient.h"
#include "RandomPick.h"

#include "changes/DeploymentChanges.h"
#include "changes/PlanChanges.h"
#include "changes/PlanFileChanges.h"
#include "changes/RecordChanges.h"
#include "changes/ReleaseChanges.h"
#include "changes/SignOffChanges.h"
#include "changes/WaiverChanges.h"
#include "changes/Workspace.h"
#include "checks/ReleaseChecks.h"
#include "demo/DemoAssurance.h"
#include "domain/ReleaseLifecycle.h"
#include "import/MspdiExport.h"
#include "import/MspdiReader.h"
#include "import/MspdiWriter.h"
#include "signing/Crypto.h"
#include "storage/AcceptanceStore.h"
#include "storage/CatalogueStore.h"
#include "storage/DeploymentStore.h"
#include "storage/DirectoryStore.h"
#include "storage/PlanStore.h"
#include "storage/ReleaseStore.h"
#include "storage/SignOffStore.h"
#include "undo/UndoController.h"

#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;

namespace relm::test {

namespace {

struct Weighted {
    Op op;
    int weight;
};

// Undo and redo are frequent: they are where a rule is most easily skipped.
// clang-format off
constexpr Weighted weights[] = {
    {Op::EditRelease, 4}, {Op::AddTask, 6},        {Op::RenameTask, 4},     {Op::MoveTask, 6},
    {Op::ResizeTask, 4},  {Op::AddLink, 8},        {Op::RemoveLink, 2},     {Op::RemoveTask, 2},
    {Op::DropVersion, 5}, {Op::RemoveVersion, 3},  {Op::MoveStatus, 8},     {Op::SignOff, 5},
    {Op::Waive, 3},       {Op::EditCriterion, 3},  {Op::PlanDeployment, 3}, {Op::SettleStep, 5},
    {Op::RecordRun, 5},   {Op::RollBack, 2},       {Op::AddRisk, 2},        {Op::EditCalendar, 2},
    {Op::EditWindow, 3},  {Op::OverrideFreeze, 3}, {Op::MoveDeployment, 3}, {Op::ImportPlan, 2},
    {Op::ReplacePredecessors, 4}, {Op::OtherClient, 4}, {Op::Undo, 12},         {Op::Redo, 10},
};
// clang-format on

/// Names a user might type, some of which the rules must refuse.
QString someName(std::mt19937 &rng) {
    static const QStringList names = {u"Smoke test"_s,
                                      u"Deploy to staging"_s,
                                      u"Go/no-go"_s,
                                      u"Data migration"_s,
                                      u"Kickoff"_s,
                                      u"Review"_s,
                                      u"\u200B\u200B"_s,
                                      u"Two\nlines"_s,
                                      u"Evil\u202Eexe.txt"_s,
                                      u"\u001B[31mred"_s,
                                      u"   "_s,
                                      u"Build"_s};
    return pick(rng, names);
}

} // namespace

QString opName(Op op) {
    static const char *const names[] = {"EditRelease",
                                        "AddTask",
                                        "RenameTask",
                                        "MoveTask",
                                        "ResizeTask",
                                        "AddLink",
                                        "RemoveLink",
                                        "RemoveTask",
                                        "DropVersion",
                                        "RemoveVersion",
                                        "MoveStatus",
                                        "SignOff",
                                        "Waive",
                                        "EditCriterion",
                                        "PlanDeployment",
                                        "SettleStep",
                                        "RecordRun",
                                        "RollBack",
                                        "AddRisk",
                                        "EditCalendar",
                                        "EditWindow",
                                        "OverrideFreeze",
                                        "MoveDeployment",
                                        "ImportPlan",
                                        "ReplacePredecessors",
                                        "OtherClient",
                                        "Undo",
                                        "Redo"};
    return QString::fromLatin1(names[int(op)]);
}

QList<Step> randomSteps(quint32 seed, int count) {
    std::mt19937 rng(seed);
    int total = 0;
    for (const Weighted &w : weights)
        total += w.weight;
    QList<Step> steps;
    for (int i = 0; i < count; ++i) {
        int roll = int(rng() % quint32(total));
        Op op = Op::Undo;
        for (const Weighted &w : weights) {
            if (roll < w.weight) {
                op = w.op;
                break;
            }
            roll -= w.weight;
        }
        steps.append({op, quint32(rng())});
    }
    return steps;
}

QString describe(const QList<Step> &steps) {
    QStringList parts;
    for (const Step &s : steps)
        parts.append(u"{Op::%1, %2u}"_s.arg(opName(s.op)).arg(s.seed));
    return parts.join(u", "_s);
}

RandomSession::RandomSession(Workspace &workspace, UndoController &undo)
    : m_ws(workspace)
    , m_undo(undo)
    , m_calendar(workspace, [this](std::unique_ptr<Change> change) { return perform(std::move(change)); })
    , m_links(
          workspace, [this](std::unique_ptr<Change> change) { return perform(std::move(change)); },
          [this](std::mt19937 &rng) { return someTasks(rng); }) {
    QObject::connect(&m_undo, &UndoController::failed, &m_undo,
                     [this](const QString &message) { m_lastFailure = message; });
}

QString RandomSession::run(const Step &step) {
    Rng rng(step.seed);
    if (auto people = m_ws.directory().people(); people && !people->isEmpty())
        (void)m_ws.actAs(pick(rng, *people).login);
    const QString who = m_ws.actingPerson().login;
    QString what;
    switch (step.op) {
    case Op::EditRelease:
        what = editRelease(rng);
        break;
    case Op::AddTask:
        what = addTask(rng);
        break;
    case Op::RenameTask:
        what = renameTask(rng);
        break;
    case Op::MoveTask:
        what = moveTask(rng, false);
        break;
    case Op::ResizeTask:
        what = moveTask(rng, true);
        break;
    case Op::AddLink:
        what = m_links.addLink(rng);
        break;
    case Op::RemoveLink:
        what = m_links.removeLink(rng);
        break;
    case Op::ReplacePredecessors:
        what = m_links.replacePredecessors(rng);
        break;
    case Op::OtherClient:
        what = editAsAnotherClient(m_ws, rng);
        break;
    case Op::RemoveTask:
        what = removeTask(rng);
        break;
    case Op::DropVersion:
        what = dropVersion(rng, true);
        break;
    case Op::RemoveVersion:
        what = dropVersion(rng, false);
        break;
    case Op::MoveStatus:
        what = moveStatus(rng);
        break;
    case Op::SignOff:
        what = signOff(rng);
        break;
    case Op::Waive:
        what = waive(rng);
        break;
    case Op::EditCriterion:
        what = editCriterion(rng);
        break;
    case Op::PlanDeployment:
        what = planDeployment(rng);
        break;
    case Op::SettleStep:
        what = settleStep(rng);
        break;
    case Op::RecordRun:
        what = recordRun(rng);
        break;
    case Op::RollBack:
        what = rollBack(rng);
        break;
    case Op::AddRisk:
        what = addRisk(rng);
        break;
    case Op::EditCalendar:
        what = editCalendar(rng);
        break;
    case Op::EditWindow:
        what = m_calendar.editWindow(rng);
        break;
    case Op::OverrideFreeze:
        what = m_calendar.overrideFreeze(rng);
        break;
    case Op::MoveDeployment:
        what = m_calendar.moveDeployment(rng);
        break;
    case Op::ImportPlan:
        what = importPlan(rng);
        break;
    case Op::Undo:
    case Op::Redo: {
        m_lastFailure.clear();
        QUndoStack *stack = m_undo.stack();
        const QString text = step.op == Op::Undo ? stack->undoText() : stack->redoText();
        if (step.op == Op::Undo)
            (void)m_undo.undo();
        else
            (void)m_undo.redo();
        what = u"%1 \u201C%2\u201D%3"_s.arg(opName(step.op), text,
                                            m_lastFailure.isEmpty() ? QString() : u" refused: "_s + m_lastFailure);
        break;
    }
    }
    return u"%1 as %2: %3"_s.arg(opName(step.op), who, what);
}

QString RandomSession::perform(std::unique_ptr<Change> change) {
    const QString text = change->text();
    auto result = m_undo.perform(std::move(change));
    return result ? text : text + u" refused: "_s + result.errorMessage();
}

Id RandomSession::anyRelease(Rng &rng) {
    auto releases = m_ws.releases().releases();
    if (!releases || releases->isEmpty())
        return 0;
    // The releases still in play carry the interesting rules; the history rarely.
    QList<Id> current;
    for (const Release &r : *releases) {
        if (r.status != ReleaseStatus::Reviewed)
            current.append(r.id);
    }
    return !current.isEmpty() && chance(rng, 90) ? pick(rng, current) : pick(rng, *releases).id;
}

Id RandomSession::shippedRelease(Rng &rng) {
    QList<Id> shipped;
    if (auto releases = m_ws.releases().releases()) {
        for (const Release &r : std::as_const(*releases)) {
            if (ReleaseLifecycle::hasShipped(r.status))
                shipped.append(r.id);
        }
    }
    return shipped.isEmpty() ? 0 : pick(rng, shipped);
}

QList<PlanTask> RandomSession::someTasks(Rng &rng) {
    auto all = m_ws.plan().tasks();
    if (!all || all->isEmpty())
        return {};
    const Id release = chance(rng, 85) ? pick(rng, *all).releaseId : anyRelease(rng);
    QList<PlanTask> tasks;
    for (const PlanTask &t : *all) {
        if (t.releaseId == release)
            tasks.append(t);
    }
    return tasks;
}

QList<Deployment> RandomSession::someDeployments(Rng &rng) {
    auto all = m_ws.deployments().deployments();
    if (!all)
        return {};
    QList<Deployment> inPlay;
    for (const Deployment &d : *all) {
        auto release = m_ws.releases().release(d.releaseId);
        if (release && release->status != ReleaseStatus::Reviewed)
            inPlay.append(d);
    }
    return !inPlay.isEmpty() && chance(rng, 90) ? inPlay : *all;
}

QString RandomSession::editRelease(Rng &rng) {
    auto release = m_ws.releases().release(anyRelease(rng));
    if (!release)
        return u"no release"_s;
    Release after = *release;
    switch (between(rng, 0, 3)) {
    case 0:
        after.description = someName(rng);
        break;
    case 1:
        after.plannedEnd = release->plannedStart.addDays(between(rng, -5, 60));
        break;
    case 2:
        after.name = release->name + u" "_s + someName(rng);
        break;
    default:
        after.status = ReleaseStatus(between(rng, 0, int(ReleaseStatus::Cancelled))); // refused unless unchanged
        break;
    }
    return perform(std::make_unique<EditRecord<Release>>(*release, after));
}

QString RandomSession::addTask(Rng &rng) {
    PlanTask task;
    task.releaseId = anyRelease(rng);
    task.name = chance(rng, 70) ? u"Task %1"_s.arg(rng() % 1000) : someName(rng);
    task.milestone = chance(rng, 25);
    task.duration = task.milestone ? 0 : qint64(between(rng, 0, 20)) * 240;
    if (chance(rng, 5))
        task.duration = qint64(1) << between(rng, 30, 50);
    if (auto tasks = m_ws.plan().tasks(task.releaseId); tasks && !tasks->isEmpty() && chance(rng, 30))
        task.parentId = pick(rng, *tasks).id;
    return perform(std::make_unique<CreateRecord<PlanTask>>(task));
}

QString RandomSession::importPlan(Rng &rng) {
    // A release's plan, written as MS Project XML and read back, goes into a new release (the
    // door schedules the rows it is handed) or into another one (the door reads them back).
    const Id from = anyRelease(rng);
    auto document = mspdi_export::documentOf(m_ws, from);
    if (!document)
        return u"no plan to write: "_s + document.errorMessage();
    auto schedule = MspdiReader::readBytes(MspdiWriter::write(*document), u"plan.xml"_s);
    if (!schedule)
        return u"the written plan does not read: "_s + schedule.errorMessage();
    PlanFile file;
    file.format = u"Microsoft Project"_s;
    file.schedule = *schedule;
    if (chance(rng, 40))
        return perform(std::make_unique<ImportPlanFile>(anyRelease(rng), std::move(file), u"plan.xml"_s));
    Release release;
    release.name = u"Imported %1"_s.arg(rng() % 1000);
    release.version = u"1"_s;
    release.plannedStart = QDate(2026, 3, 2);
    release.ownerId = m_ws.actingPerson().id;
    return perform(std::make_unique<ImportPlanFile>(release, std::move(file), u"plan.xml"_s));
}

QString RandomSession::renameTask(Rng &rng) {
    const QList<PlanTask> tasks = someTasks(rng);
    if (tasks.isEmpty())
        return u"no task"_s;
    const PlanTask &task = pick(rng, tasks);
    PlanTask after = task;
    after.name = chance(rng, 40) ? pick(rng, tasks).name : someName(rng);
    return perform(std::make_unique<EditRecord<PlanTask>>(task, after));
}

QString RandomSession::moveTask(Rng &rng, bool resize) {
    const QList<PlanTask> tasks = someTasks(rng);
    if (tasks.isEmpty())
        return u"no task"_s;
    const PlanTask &task = pick(rng, tasks);
    PlanTask after = task;
    if (resize) {
        after.duration = chance(rng, 10) ? -60 : qint64(between(rng, 0, 30)) * 120;
        if (after.pessimistic >= 0 && after.pessimistic < after.duration)
            after.pessimistic = after.duration;
        if (after.optimistic > after.duration)
            after.optimistic = after.duration;
    } else {
        // Any of the eight kinds; now and then a dated one without its date, which must be refused.
        after.constraint = chance(rng, 50) ? ConstraintType::StartNoEarlierThan : ConstraintType(between(rng, 0, 7));
        const int years = chance(rng, 5) ? between(rng, -400, 400) : 0;
        after.constraintDate =
            chance(rng, 5)
                ? QDateTime()
                : QDateTime(QDate(2026, 11, 22).addYears(years).addDays(between(rng, -60, 120)), QTime(8, 0));
    }
    return perform(std::make_unique<EditRecord<PlanTask>>(task, after));
}

QString RandomSession::removeTask(Rng &rng) {
    const QList<PlanTask> tasks = someTasks(rng);
    // Only leaves: removing a phase removes its tasks with it, which undo does not bring back.
    QList<PlanTask> leaves;
    for (const PlanTask &t : tasks) {
        if (std::none_of(tasks.cbegin(), tasks.cend(), [&](const PlanTask &c) { return c.parentId == t.id; }))
            leaves.append(t);
    }
    if (leaves.isEmpty())
        return u"no leaf task"_s;
    return perform(std::make_unique<RemoveRecord<PlanTask>>(pick(rng, leaves)));
}

QString RandomSession::dropVersion(Rng &rng, bool add) {
    // Now and then on purpose into a release that has shipped, which must keep what it shipped.
    Id release = chance(rng, 25) ? shippedRelease(rng) : 0;
    if (!release)
        release = anyRelease(rng);
    auto packages = m_ws.releases().packages(release);
    if (!packages || packages->isEmpty())
        return u"no package"_s;
    const Package &package = pick(rng, *packages);
    if (add) {
        auto versions = m_ws.catalogue().versions();
        if (!versions || versions->isEmpty())
            return u"no versions"_s;
        return perform(
            std::make_unique<PackageContentChange>(PackageContentChange::Mode::Add, package, pick(rng, *versions)));
    }
    if (package.contents.isEmpty())
        return u"empty package"_s;
    return perform(std::make_unique<PackageContentChange>(PackageContentChange::Mode::Remove, package,
                                                          pick(rng, package.contents)));
}

QString RandomSession::moveStatus(Rng &rng) {
    auto release = m_ws.releases().release(anyRelease(rng));
    if (!release)
        return u"no release"_s;
    const QList<ReleaseStatus> next = ReleaseLifecycle::nextStatuses(release->status);
    // Mostly forward along the lifecycle, where the gates are; sometimes anywhere at all.
    ReleaseStatus to = release->status;
    if (!next.isEmpty() && chance(rng, 90))
        to = chance(rng, 85) ? next.first() : pick(rng, next);
    else
        to = ReleaseStatus(between(rng, 0, int(ReleaseStatus::Cancelled)));
    return perform(std::make_unique<SetReleaseStatus>(*release, to));
}

QString RandomSession::signOff(Rng &rng) {
    auto release = m_ws.releases().release(anyRelease(rng));
    const Person signer = m_ws.actingPerson();
    auto key = m_ws.signOffs().currentKey(signer.id);
    if (!release || !key || !*key || signer.roles.isEmpty())
        return u"nobody to sign"_s;
    SignOff draft;
    draft.releaseId = release->id;
    draft.role = pick(rng, signer.roles);
    draft.meaning =
        chance(rng, 75)
            ? SignMeaning::Approved
            : pick(rng, QList<SignMeaning>{SignMeaning::Reviewed, SignMeaning::Rejected, SignMeaning::Authorised});
    draft.comment = chance(rng, 50) ? u"Checked in the random session"_s : QString();
    if (auto criteria = m_ws.acceptance().criteria(release->id); criteria && !criteria->isEmpty() && chance(rng, 50))
        draft.criterionId = pick(rng, *criteria).id;
    auto secret = crypto::unlockSecretKey(**key, demoPassphrase(), signer.displayName);
    if (!secret)
        return secret.errorMessage();
    // A signature is not undone (it is superseded), so it goes straight to the workspace.
    SignOffChange change(draft, **key, std::move(secret).value());
    auto result = m_ws.apply(change);
    return result ? change.text() : change.text() + u" refused: "_s + result.errorMessage();
}

QString RandomSession::waive(Rng &rng) {
    const Id release = anyRelease(rng);
    auto findings = release_checks::run(m_ws, release);
    if (!findings || findings->isEmpty())
        return u"no findings"_s;
    return perform(std::make_unique<WaiveFinding>(release, pick(rng, *findings).key(),
                                                  chance(rng, 85) ? u"Accepted for this window"_s : QString()));
}

QString RandomSession::editCriterion(Rng &rng) {
    auto criteria = m_ws.acceptance().criteria(anyRelease(rng));
    if (!criteria || criteria->isEmpty())
        return u"no criterion"_s;
    const AcceptanceCriterion &criterion = pick(rng, *criteria);
    AcceptanceCriterion after = criterion;
    after.status = CriterionStatus(between(rng, 0, 3));
    after.evidenceNote = chance(rng, 50) ? u"Test report #%1"_s.arg(rng() % 100) : QString();
    after.waiverReason = chance(rng, 50) ? u"Not needed for this release"_s : QString();
    return perform(std::make_unique<EditRecord<AcceptanceCriterion>>(criterion, after));
}

QString RandomSession::planDeployment(Rng &rng) {
    auto environments = m_ws.directory().environments();
    if (!environments || environments->isEmpty())
        return u"no environment"_s;
    Deployment d;
    d.releaseId = anyRelease(rng);
    d.environmentId = pick(rng, *environments).id;
    d.plannedStart = QDateTime(QDate(2026, 11, 22).addDays(between(rng, -3, 40)), QTime(20, 0), Qt::UTC);
    d.plannedEnd = d.plannedStart.addSecs(3600 * between(rng, -1, 4));
    if (chance(rng, 10))
        d.outcome = DeploymentOutcome::Succeeded; // written directly: the rules must refuse it
    return perform(std::make_unique<CreateRecord<Deployment>>(d));
}

QString RandomSession::settleStep(Rng &rng) {
    const QList<Deployment> deployments = someDeployments(rng);
    if (deployments.isEmpty())
        return u"no deployment"_s;
    auto steps = m_ws.deployments().runbook(pick(rng, deployments).id);
    if (!steps || steps->isEmpty())
        return u"no runbook"_s;
    const auto mode = SettleRunbookStep::Mode(between(rng, 0, 2));
    return perform(std::make_unique<SettleRunbookStep>(pick(rng, *steps).id, mode,
                                                       chance(rng, 80) ? u"Not needed tonight"_s : QString()));
}

QString RandomSession::recordRun(Rng &rng) {
    const QList<Deployment> deployments = someDeployments(rng);
    if (deployments.isEmpty())
        return u"no deployment"_s;
    const Deployment &d = pick(rng, deployments);
    RecordDeploymentRun::Run run;
    run.outcome = pick(rng, QList<DeploymentOutcome>{DeploymentOutcome::Succeeded, DeploymentOutcome::Succeeded,
                                                     DeploymentOutcome::Failed, DeploymentOutcome::Partial});
    const QDateTime now = m_ws.clock()();
    run.start = now.addSecs(60 * between(rng, -600, 240));
    run.end = run.start.addSecs(60 * between(rng, -30, 180));
    run.emergency = chance(rng, 20);
    run.emergencyReason = run.emergency && chance(rng, 80) ? u"Customers are waiting"_s : QString();
    return perform(std::make_unique<RecordDeploymentRun>(d.id, run));
}

QString RandomSession::rollBack(Rng &rng) {
    const QList<Deployment> deployments = someDeployments(rng);
    if (deployments.isEmpty())
        return u"no deployment"_s;
    return perform(std::make_unique<RollBackDeployment>(pick(rng, deployments).id,
                                                        chance(rng, 90) ? u"Smoke test failed"_s : QString()));
}

QString RandomSession::addRisk(Rng &rng) {
    Risk risk;
    risk.releaseId = anyRelease(rng);
    risk.title = someName(rng);
    risk.likelihood = between(rng, 0, 6);
    risk.impact = between(rng, 1, 5);
    if (auto tasks = m_ws.plan().tasks(chance(rng, 80) ? risk.releaseId : anyRelease(rng));
        tasks && !tasks->isEmpty() && chance(rng, 70))
        risk.taskId = pick(rng, *tasks).id;
    risk.expectedDelay = chance(rng, 60) ? qint64(between(rng, 1, 10)) * 480 : 0;
    return perform(std::make_unique<CreateRecord<Risk>>(risk));
}

QString RandomSession::editCalendar(Rng &rng) {
    const int start = between(rng, 0, 20) * 60;
    const int end = start + between(rng, -2, 10) * 60;
    QList<WorkInterval> hours{{start, std::min(end, 24 * 60)}};
    if (chance(rng, 30))
        hours.append({start + 60, start + 120}); // overlapping: refused
    auto calendars = m_ws.plan().calendars();
    if (!calendars || calendars->isEmpty() || chance(rng, 30)) {
        // A release gets a calendar of its own.
        WorkCalendar calendar = WorkCalendar::standard();
        calendar.setWeekday(between(rng, 1, 7), hours);
        return perform(std::make_unique<GiveReleaseCalendar>(
            anyRelease(rng), PlanCalendar{0, u"Calendar %1"_s.arg(rng() % 1000), calendar}));
    }
    const PlanCalendar &calendar = pick(rng, *calendars);
    PlanCalendar after = calendar;
    after.calendar.setWeekday(between(rng, 1, 7), hours);
    if (chance(rng, 20))
        after.calendar.addHoliday(QDate(2026, 11, 22).addDays(between(rng, 0, 60)));
    return perform(std::make_unique<EditRecord<PlanCalendar>>(calendar, after));
}

} // namespace relm::test

#include "DeploymentRules.h"

#include "calendar/FreezeCheck.h"
#include "changes/ChangeContext.h"
#include "checks/ReleaseGate.h"
#include "i18n/ShownDates.h"
#include "storage/AcceptanceStore.h"
#include "storage/DeploymentStore.h"
#include "storage/PlanStore.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace relm::deployment_rules {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::deployment_rules", text);
}

Error refused(const QString &message) {
    return makeError(ErrorCode::Invalid, message);
}

QString utc(const QDateTime &at) {
    return shown_dates::dateTime(at.toUTC());
}

/// Clocks of two machines disagree a little; a run may end up to a minute "ahead" of now.
constexpr int clockToleranceSeconds = 60;

Result<void> checkTimes(ChangeContext &context, const Deployment &run) {
    if (!run.actualEnd.isValid())
        return refused(tr("A run that happened needs its actual end as well as its start."));
    if (run.actualEnd < run.actualStart)
        return refused(tr("The run ends (%1) before it starts (%2).").arg(utc(run.actualEnd), utc(run.actualStart)));
    const QDateTime latest = context.now().toUTC().addSecs(clockToleranceSeconds);
    for (const QDateTime &at : {run.actualStart, run.actualEnd}) {
        if (at > latest)
            return refused(tr("The run cannot be recorded as happening at %1: that is in the future (it is %2 now). "
                              "Record a run once it has happened, with the times it really took.")
                               .arg(utc(at), utc(context.now())));
    }
    return {};
}

Result<void> checkNoOverlap(ChangeContext &context, const Deployment &run, const Environment &environment) {
    auto runs = context.deployments().runsIn(environment.id);
    if (!runs)
        return runs.error();
    for (const Deployment &other : *runs) {
        if (other.id == run.id)
            continue;
        const QDateTime otherEnd = other.actualEnd.isValid() ? other.actualEnd : other.actualStart;
        if (other.actualStart < run.actualEnd && run.actualStart < otherEnd)
            return refused(tr("Deployment #%1 ran on %2 from %3 to %4; two runs to one environment cannot overlap. "
                              "Check the times of this run.")
                               .arg(other.id)
                               .arg(environment.name, utc(other.actualStart), utc(otherEnd)));
    }
    return {};
}

Result<void> checkRunbookSettled(ChangeContext &context, const Deployment &run) {
    auto steps = context.deployments().runbook(run.id);
    if (!steps)
        return steps.error();
    QStringList open;
    for (const RunbookStep &step : *steps) {
        if (!step.backout && !step.isSettled())
            open.append(u"\u201C%1\u201D"_s.arg(step.title));
    }
    if (open.isEmpty())
        return {};
    return refused(tr("A run is recorded as succeeded only when every runbook step is checked off, or skipped "
                      "with a reason. Still open: %1.")
                       .arg(open.join(u", "_s)));
}

/// What keeps a production run from going ahead on its own: a closed gate, or a change freeze.
Result<QStringList> productionObstacles(ChangeContext &context, const Deployment &run, const Release &release,
                                        bool &signedEmergency) {
    QStringList obstacles;
    auto input = ReleaseGate::load(AssuranceSources::of(context), release.id, context.now());
    if (!input)
        return input.error();
    signedEmergency = ReleaseGate::emergencyAuthorisation(*input) != nullptr;
    const GateResult gate = ReleaseGate::evaluate(*input, ReleaseStatus::Deploying);
    if (!gate.passed())
        obstacles.append(gate.refusal(release.name));
    auto freezes = FreezeCheck::load(context.calendar(), context.releases());
    if (!freezes)
        return freezes.error();
    auto hits = freezes.value().hits(run, release, run.actualStart, run.actualEnd);
    if (!hits)
        return hits.error();
    for (const FreezeHit &hit : *hits) {
        if (!hit.overridden() && !signedEmergency)
            obstacles.append(tr("The run (%1 to %2) falls in the change freeze %3. Only the %4 may override it.")
                                 .arg(utc(run.actualStart), utc(run.actualEnd),
                                      window_occurrences::describe(hit.freeze), labelOf(hit.freeze.overrideRole)));
    }
    return obstacles;
}

Result<void> checkProduction(ChangeContext &context, const Deployment &run, const Release &release) {
    const QList<ReleaseStatus> allowed = {ReleaseStatus::Approved, ReleaseStatus::Deploying, ReleaseStatus::Deployed};
    if (!allowed.contains(release.status))
        return refused(
            tr("%1 is %2: only an approved release goes to production, also in an emergency. Approve it first "
               "(Next Status in the window, or \u201Crelm-cli release set-status NAME approved\u201D).")
                .arg(release.name, labelOf(release.status)));
    bool signedEmergency = false;
    auto obstacles = productionObstacles(context, run, release, signedEmergency);
    if (!obstacles)
        return obstacles.error();
    if (obstacles->isEmpty())
        return {};
    if (!run.emergency)
        return refused(obstacles->join(u'\n') +
                       tr("\nOnly an authorised emergency may deploy to production past its gate or in a freeze."));
    auto policy = context.acceptance().policyFor(release.type);
    if (!policy)
        return policy.error();
    const std::optional<Role> authoriser = *policy ? (*policy)->emergencyAuthoriser : std::nullopt;
    if (!authoriser || !context.actor().roles.contains(*authoriser))
        return refused(
            tr("%1 may not authorise an emergency deployment of %2: the policy names %3.")
                .arg(context.actor().displayName, release.name, authoriser ? labelOf(*authoriser) : tr("nobody")));
    return {};
}

} // namespace

Result<void> checkRun(ChangeContext &context, const Deployment &run, const Environment &environment,
                      const Release &release) {
    if (auto r = checkTimes(context, run); !r)
        return r;
    if (auto r = checkNoOverlap(context, run, environment); !r)
        return r;
    if (run.outcome == DeploymentOutcome::Succeeded) {
        if (auto r = checkRunbookSettled(context, run); !r)
            return r;
    }
    if (environment.kind == EnvironmentKind::Production)
        return checkProduction(context, run, release);
    return {};
}

} // namespace relm::deployment_rules

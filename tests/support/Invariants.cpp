#include "Invariants.h"

#include "changes/Workspace.h"
#include "checks/ReleaseChecks.h"
#include "checks/ReleaseGate.h"
#include "domain/ReleaseLifecycle.h"
#include "domain/Validation.h"
#include "planning/PlanCache.h"
#include "planning/ReleasePlanning.h"
#include "signing/TrailVerification.h"
#include "storage/AcceptanceStore.h"
#include "storage/CalendarStore.h"
#include "storage/Database.h"
#include "storage/DeploymentStore.h"
#include "storage/DirectoryStore.h"
#include "storage/PlanStore.h"
#include "storage/ReleaseStore.h"

#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace relm::test {

namespace {

void schedulesCompute(Workspace &ws, QStringList &broken) {
    if (auto portfolio = planning::schedulePortfolio(ws); !portfolio)
        broken.append(u"the portfolio does not schedule: "_s + portfolio.errorMessage());
}

} // namespace

QStringList keptPlansDisagree(Workspace &ws) {
    QStringList broken;
    auto releases = ws.releases().releases();
    if (!releases)
        return broken;
    for (const Release &release : *releases) {
        if (release.status == ReleaseStatus::Reviewed)
            continue;
        auto kept = ws.plans().schedule(ws, release.id);
        auto fresh = planning::scheduleRelease(ws, release.id);
        if (!kept || !fresh) {
            if (bool(kept) != bool(fresh))
                broken.append(u"%1: kept and fresh schedules disagree on computing"_s.arg(release.name));
            continue;
        }
        if (kept->tasks.size() != fresh->tasks.size()) {
            broken.append(u"%1: the kept schedule has %2 tasks, a fresh one %3"_s.arg(release.name)
                              .arg(kept->tasks.size())
                              .arg(fresh->tasks.size()));
            continue;
        }
        for (qsizetype t = 0; t < kept->tasks.size(); ++t) {
            const ScheduledTask &a = kept->tasks.at(t);
            const ScheduledTask &b = fresh->tasks.at(t);
            if (a.task.id != b.task.id || a.start != b.start || a.finish != b.finish ||
                a.times.critical != b.times.critical) {
                broken.append(u"%1: task #%2 is kept at %3, a fresh read puts it at %4"_s.arg(release.name)
                                  .arg(a.task.id)
                                  .arg(a.start.toString(Qt::ISODate), b.start.toString(Qt::ISODate)));
                break;
            }
        }
    }
    return broken;
}

namespace {

void trailVerifies(Workspace &ws, QStringList &broken) {
    auto trail = verifyTrail(ws);
    if (!trail)
        broken.append(u"audit verify could not run: "_s + trail.errorMessage());
    else if (!trail->intact())
        broken.append(u"audit verify fails: "_s + trail->problem());
}

void fileIntact(Workspace &ws, QStringList &broken) {
    if (ws.database().isServer())
        return; // the server keeps its own files
    auto check = ws.database().scalar(u"PRAGMA integrity_check"_s);
    if (!check || check->toString() != u"ok"_s)
        broken.append(u"integrity_check: "_s + (check ? check->toString() : check.errorMessage()));
}

void taskNamesUnique(Workspace &ws, const Release &release, QStringList &broken) {
    auto tasks = ws.plan().taskNames(release.id);
    QSet<QString> seen;
    for (const auto &[id, name] : tasks ? *tasks : QList<std::pair<Id, QString>>{}) {
        const QString key = name.trimmed().toCaseFolded();
        if (seen.contains(key))
            broken.append(u"%1 holds two tasks named %2"_s.arg(release.name, name));
        seen.insert(key);
    }
}

/// Every stored task passes the door's own task check: a dated constraint has its date, and so on.
void tasksValid(Workspace &ws, QStringList &broken) {
    auto tasks = ws.plan().tasks();
    if (!tasks)
        return broken.append(u"tasks cannot be read"_s);
    for (const PlanTask &t : *tasks) {
        if (auto valid = validation::check(t); !valid)
            broken.append(u"task \u201C%1\u201D is stored but invalid: %2"_s.arg(t.name, valid.errorMessage()));
    }
}

/// The gate's decision, checked against what the checker, the waivers and the signatures say on
/// their own.
void gateAgrees(Workspace &ws, const Release &release, ReleaseStatus to, const QDateTime &now, QStringList &broken) {
    const AssuranceSources sources = AssuranceSources::of(ws);
    auto input = ReleaseGate::load(sources, release.id, now);
    auto findings = release_checks::run(sources, release.id);
    auto waivers = ws.acceptance().waivers(release.id);
    if (!input || !findings || !waivers) {
        broken.append(u"the gate of %1 cannot be read"_s.arg(release.name));
        return;
    }
    const GateResult gate = ReleaseGate::evaluate(*input, to);
    const QString where = u"gate %1 \u2192 %2"_s.arg(release.name, keyOf(to));
    QSet<QString> waived;
    for (const FindingWaiver &w : *waivers)
        waived.insert(w.findingKey);
    for (const Finding &f : *findings) {
        if (!f.isError() || waived.contains(f.key()))
            continue;
        const bool blocked = std::any_of(gate.checks.cbegin(), gate.checks.cend(),
                                         [&](const GateCheck &c) { return c.findingKey == f.key() && !c.passed; });
        if (!blocked || gate.passed())
            broken.append(u"%1 does not block on the unwaived error \u201C%2\u201D"_s.arg(where, f.message));
    }
    const bool forged = std::any_of(input->signOffs.cbegin(), input->signOffs.cend(),
                                    [](const VerifiedSignOff &v) { return v.state == SignatureState::Invalid; });
    if (forged && gate.passed())
        broken.append(where + u" passes with a signature that does not verify"_s);
    if (input->policy && gate.passed()) {
        for (const SignOffRequirement &requirement : input->policy->signOffs) {
            QSet<Id> approvers;
            for (const VerifiedSignOff &v : input->signOffs) {
                if (v.isValid() && v.signOff.criterionId == 0 && v.signOff.role == requirement.role &&
                    v.signOff.meaning == SignMeaning::Approved)
                    approvers.insert(v.signOff.personId);
            }
            if (approvers.size() < requirement.quorum)
                broken.append(u"%1 passes with %2 of %3 %4 approvals"_s.arg(where)
                                  .arg(approvers.size())
                                  .arg(requirement.quorum)
                                  .arg(keyOf(requirement.role)));
        }
    }
}

void runsObeyRules(Workspace &ws, const QDateTime &now, QStringList &broken) {
    auto deployments = ws.deployments().deployments();
    if (!deployments) {
        broken.append(u"deployments cannot be read"_s);
        return;
    }
    QHash<Id, QList<Deployment>> byEnvironment;
    for (const Deployment &d : *deployments) {
        if (d.outcome == DeploymentOutcome::Planned)
            continue;
        const QString what = u"deployment #%1"_s.arg(d.id);
        if (!d.actualStart.isValid() || (d.actualEnd.isValid() && d.actualEnd < d.actualStart))
            broken.append(what + u" ran without a start, or ended before it started"_s);
        if (d.actualEnd > now.addSecs(60) || d.actualStart > now.addSecs(60))
            broken.append(what + u" is recorded in the future"_s);
        if (d.outcome == DeploymentOutcome::Succeeded) {
            auto steps = ws.deployments().runbook(d.id);
            for (const RunbookStep &s : steps ? *steps : QList<RunbookStep>{}) {
                if (!s.backout && !s.isSettled())
                    broken.append(what + u" succeeded with the step \u201C%1\u201D open"_s.arg(s.title));
            }
        }
        for (const Deployment &other : byEnvironment.value(d.environmentId)) {
            const QDateTime otherEnd = other.actualEnd.isValid() ? other.actualEnd : other.actualStart;
            const QDateTime end = d.actualEnd.isValid() ? d.actualEnd : d.actualStart;
            if (other.actualStart < end && d.actualStart < otherEnd)
                broken.append(what + u" overlaps deployment #%1 in the same environment"_s.arg(other.id));
        }
        byEnvironment[d.environmentId].append(d);
    }
}

/// Every stored window is one the door would accept, and every override was given, with a
/// reason, by a person who holds the overriding role it records.
void calendarKept(Workspace &ws, QStringList &broken) {
    auto windows = ws.calendar().windows();
    auto overrides = ws.calendar().overrides();
    if (!windows || !overrides)
        return broken.append(u"the calendar cannot be read"_s);
    // Sessions never change a release's service, so every service a window names is still served.
    QStringList served;
    if (auto releases = ws.releases().releases()) {
        for (const Release &r : *releases)
            served.append(r.targetService.trimmed());
    }
    for (const ChangeWindow &w : *windows) {
        if (auto valid = validation::check(w); !valid)
            broken.append(u"window \u201C%1\u201D is stored but invalid: %2"_s.arg(w.name, valid.errorMessage()));
        for (const QString &service : w.scope.services) {
            if (!served.contains(service.trimmed(), Qt::CaseInsensitive))
                broken.append(u"window \u201C%1\u201D is scoped to \u201C%2\u201D, which no release serves"_s.arg(
                    w.name, service));
        }
    }
    for (const FreezeOverride &o : *overrides) {
        auto person = ws.directory().person(o.personId);
        if (!person || !person->roles.contains(o.role))
            broken.append(u"override #%1 was given by someone without the role %2"_s.arg(o.id).arg(int(o.role)));
        if (o.reason.trimmed().isEmpty())
            broken.append(u"override #%1 has no reason"_s.arg(o.id));
    }
}

} // namespace

QStringList brokenInvariants(Workspace &ws, const QDateTime &now) {
    QStringList broken;
    schedulesCompute(ws, broken);
    trailVerifies(ws, broken);
    fileIntact(ws, broken);
    runsObeyRules(ws, now, broken);
    calendarKept(ws, broken);
    tasksValid(ws, broken);
    auto releases = ws.releases().releases();
    if (!releases)
        return broken << u"releases cannot be read"_s;
    for (const Release &release : *releases) {
        taskNamesUnique(ws, release, broken);
        // Releases done with their gates (Reviewed, Cancelled) have nothing left to decide.
        if (release.status == ReleaseStatus::Reviewed || release.status == ReleaseStatus::Cancelled)
            continue;
        for (ReleaseStatus to : {ReleaseStatus::Approved, ReleaseStatus::Deploying})
            gateAgrees(ws, release, to, now, broken);
    }
    return broken;
}

QHash<Id, ReleaseStatus> releaseStatuses(Workspace &ws) {
    QHash<Id, ReleaseStatus> statuses;
    if (auto releases = ws.releases().releases()) {
        for (const Release &r : *releases)
            statuses.insert(r.id, r.status);
    }
    return statuses;
}

QStringList gatesBypassed(Workspace &ws, const QHash<Id, ReleaseStatus> &before, const QDateTime &now,
                          const QList<Id> &except) {
    QStringList broken;
    auto releases = ws.releases().releases();
    for (const Release &r : releases ? *releases : QList<Release>{}) {
        const auto was = before.constFind(r.id);
        if (was == before.constEnd() || *was == r.status || except.contains(r.id) ||
            !ReleaseGate::isGatedStatus(r.status))
            continue;
        // Arriving forward (or out of an exit) at a gated status goes through its gate; stepping
        // back to one from further along does not.
        const int from = ReleaseLifecycle::stage(*was);
        if (from >= 0 && from > ReleaseLifecycle::stage(r.status))
            continue;
        auto gate = ReleaseGate::check(AssuranceSources::of(ws), r.id, r.status, now);
        if (!gate || !gate->passed())
            broken.append(u"%1 moved %2 \u2192 %3 although its gate does not pass: %4"_s.arg(
                r.name, keyOf(*was), keyOf(r.status), gate ? gate->refusal(r.name) : gate.errorMessage()));
    }
    return broken;
}

QHash<Id, QList<Id>> shippedContents(Workspace &ws) {
    QHash<Id, QList<Id>> contents;
    auto releases = ws.releases().releases();
    if (!releases)
        return contents;
    for (const Release &release : std::as_const(*releases)) {
        if (!ReleaseLifecycle::hasShipped(release.status))
            continue;
        QList<Id> versions;
        if (auto packages = ws.releases().packages(release.id)) {
            for (const Package &package : std::as_const(*packages)) {
                for (const ComponentVersion &version : package.contents)
                    versions.append(version.id);
            }
        }
        std::sort(versions.begin(), versions.end());
        contents.insert(release.id, versions);
    }
    return contents;
}

QStringList shippedContentsChanged(Workspace &ws, const QHash<Id, QList<Id>> &before) {
    QStringList broken;
    const QHash<Id, QList<Id>> after = shippedContents(ws);
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (after.contains(it.key()) && after.value(it.key()) != it.value())
            broken << u"release %1 changed what it shipped"_s.arg(it.key());
    }
    return broken;
}

} // namespace relm::test

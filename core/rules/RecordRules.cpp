#include "RecordRules.h"

#include "changes/ChangeContext.h"
#include "domain/ReleaseLifecycle.h"
#include "i18n/ShownDates.h"
#include "storage/DeploymentStore.h"
#include "storage/PlanStore.h"
#include "storage/ReleaseStore.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace relm::rules {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::rules", text);
}

Result<void> refuse(const QString &message) {
    return makeError(ErrorCode::Invalid, message);
}

/// How long a phase hierarchy may be before it is taken for a loop in damaged data.
constexpr int maximumPhaseDepth = 10000;

Result<void> checkTaskName(ChangeContext &context, const PlanTask &task) {
    auto names = context.plan().taskNames(task.releaseId);
    if (!names)
        return names.error();
    const QString name = task.name.trimmed();
    for (const auto &[id, other] : *names) {
        if (id != task.id && other.trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return makeError(ErrorCode::Conflict,
                             tr("The release already has a task named \u201C%1\u201D. Task names identify tasks "
                                "(relm-cli refers to them by name): choose another name, e.g. \u201C%1 (2)\u201D.")
                                 .arg(name));
    }
    return {};
}

Result<void> checkTaskParent(ChangeContext &context, const PlanTask &task) {
    Id ancestor = task.parentId;
    for (int depth = 0; ancestor != 0; ++depth) {
        if (ancestor == task.id || depth > maximumPhaseDepth)
            return refuse(
                tr("\u201C%1\u201D cannot be placed inside itself or inside one of its own tasks.").arg(task.name));
        auto parent = context.plan().task(ancestor);
        if (!parent)
            return parent.error();
        if (parent->releaseId != task.releaseId)
            return refuse(tr("\u201C%1\u201D can only belong to a phase of its own release.").arg(task.name));
        if (parent->milestone)
            return refuse(
                tr("\u201C%1\u201D is a milestone, not a phase: tasks cannot be placed in it.").arg(parent->name));
        ancestor = parent->parentId;
    }
    return {};
}

/// Whether the task lies (at any depth) inside the phase.
Result<bool> isInside(ChangeContext &context, const PlanTask &task, Id phaseId) {
    Id ancestor = task.parentId;
    for (int depth = 0; ancestor != 0 && depth <= maximumPhaseDepth; ++depth) {
        if (ancestor == phaseId)
            return true;
        auto parent = context.plan().task(ancestor);
        if (!parent)
            return parent.error();
        ancestor = parent->parentId;
    }
    return false;
}

/// The fields of a deployment that record how it ran.
bool sameRunFacts(const Deployment &a, const Deployment &b) {
    return a.outcome == b.outcome && a.actualStart == b.actualStart && a.actualEnd == b.actualEnd &&
           a.executedBy == b.executedBy && a.emergency == b.emergency && a.emergencyReason == b.emergencyReason &&
           a.inventoryBefore == b.inventoryBefore;
}

} // namespace

template<>
Result<void> checkWrite<Release>(ChangeContext &context, const Release &release, const Release *stored) {
    if (context.isSetup())
        return {};
    if (!stored && release.status != ReleaseStatus::Draft)
        return refuse(tr("A new release starts as Draft; it moves on along its lifecycle from there."));
    if (stored && stored->status != release.status)
        return refuse(tr("The status of %1 moves only along its lifecycle (the status button, Release \u25B8 "
                         "Status, or \u201Crelm-cli release set-status\u201D), where its gates are checked.")
                          .arg(stored->name));
    return {};
}

Result<void> checkChangeLink(ChangeContext &context, const ChangeRequest &change, Id releaseId, bool linking) {
    auto release = context.releases().release(releaseId);
    if (!release)
        return release.error();
    if (context.isSetup() ||
        (release->status != ReleaseStatus::Deployed && !ReleaseLifecycle::isFinal(release->status)))
        return {};
    return refuse(linking ? tr("%1 is %2: the changes it delivered are on record and stay as they are. Link %3 to a "
                               "release that is still to come.")
                                .arg(release->name, labelOf(release->status), change.reference)
                          : tr("%1 is %2 and delivered %3: that stays on record. Set the change's status instead if "
                               "it no longer applies.")
                                .arg(release->name, labelOf(release->status), change.reference));
}

Result<void> checkPackageContent(ChangeContext &context, Id releaseId, const QString &item, bool adding) {
    if (context.isSetup())
        return {};
    auto release = context.releases().release(releaseId);
    if (!release)
        return release.error();
    if (!ReleaseLifecycle::hasShipped(release->status))
        return {};
    return refuse(adding ? tr("%1 is %2: what it shipped is on record and stays as it is. Put %3 into a release "
                              "that is still to come.")
                               .arg(release->name, labelOf(release->status), item)
                         : tr("%1 is %2 and shipped %3: that stays on record. A later release can replace or "
                              "retire it.")
                               .arg(release->name, labelOf(release->status), item));
}

template<>
Result<void> checkWrite<ChangeRequest>(ChangeContext &context, const ChangeRequest &change,
                                       const ChangeRequest *stored) {
    if (stored)
        return {}; // an edit leaves the links alone
    for (Id releaseId : change.releaseIds) {
        if (auto r = checkChangeLink(context, change, releaseId, true); !r)
            return r;
    }
    return {};
}

template<>
Result<void> checkRemove<ChangeRequest>(ChangeContext &context, const ChangeRequest &change) {
    for (Id releaseId : change.releaseIds) {
        if (auto r = checkChangeLink(context, change, releaseId, false); !r)
            return r;
    }
    return {};
}

template<>
Result<void> checkWrite<PlanTask>(ChangeContext &context, const PlanTask &task, const PlanTask *stored) {
    if (stored && stored->releaseId != task.releaseId)
        return refuse(tr("A task stays in its release; remove it and add it to the other release instead."));
    if (!stored || stored->name != task.name) {
        if (auto r = checkTaskName(context, task); !r)
            return r;
    }
    if (task.parentId != 0 && (!stored || stored->parentId != task.parentId)) {
        if (auto r = checkTaskParent(context, task); !r)
            return r;
    }
    return {};
}

template<>
Result<void> checkWrite<PlanLink>(ChangeContext &context, const PlanLink &link, const PlanLink *) {
    auto predecessor = context.plan().task(link.predecessorId);
    if (!predecessor)
        return predecessor.error();
    auto successor = context.plan().task(link.successorId);
    if (!successor)
        return successor.error();
    // A phase and one of its own tasks cannot wait on each other: the phase spans the task.
    for (const auto &[inner, outer] : {std::pair{*predecessor, *successor}, std::pair{*successor, *predecessor}}) {
        auto inside = isInside(context, inner, outer.id);
        if (!inside)
            return inside.error();
        if (*inside)
            return refuse(tr("\u201C%1\u201D and \u201C%2\u201D cannot be linked: \u201C%1\u201D is part of the "
                             "phase \u201C%2\u201D, which spans it.")
                              .arg(inner.name, outer.name));
    }
    return {};
}

template<>
Result<void> checkWrite<Risk>(ChangeContext &context, const Risk &risk, const Risk *) {
    if (risk.taskId == 0)
        return {};
    auto task = context.plan().task(risk.taskId);
    if (!task)
        return task.error();
    if (task->releaseId != risk.releaseId)
        return refuse(tr("A risk can only threaten a task of its own release; \u201C%1\u201D belongs to another.")
                          .arg(task->name));
    return {};
}

template<>
Result<void> checkWrite<Deployment>(ChangeContext &context, const Deployment &deployment, const Deployment *stored) {
    auto release = context.releases().release(deployment.releaseId);
    if (!release)
        return release.error();
    if (deployment.packageId != 0) {
        auto package = context.releases().package(deployment.packageId);
        if (!package)
            return package.error();
        if (package->releaseId != deployment.releaseId)
            return refuse(tr("Package \u201C%1\u201D is not part of %2.").arg(package->name, release->name));
    }
    if (context.isSetup())
        return {};
    const Deployment planned = stored ? *stored : Deployment{};
    if (!sameRunFacts(deployment, planned))
        return refuse(tr("How a deployment ran is recorded with Record Run (\u201Crelm-cli deploy record\u201D) and "
                         "Roll Back, where the deployment rules are checked; it cannot be written directly."));
    return {};
}

template<>
Result<void> checkWrite<RunbookStep>(ChangeContext &context, const RunbookStep &step, const RunbookStep *stored) {
    auto deployment = context.deployments().deployment(step.deploymentId);
    if (!deployment)
        return deployment.error();
    if (context.isSetup())
        return {};
    const RunbookStep open = stored ? *stored : RunbookStep{};
    if (step.doneAt != open.doneAt || step.doneBy != open.doneBy || step.skipReason != open.skipReason)
        return refuse(tr("A runbook step is checked off or skipped with Check Off and Skip (\u201Crelm-cli runbook "
                         "done\u201D and \u201Crunbook skip\u201D), which record who and when."));
    return {};
}

template<>
Result<void> checkRemove<Deployment>(ChangeContext &context, const Deployment &deployment) {
    if (context.isSetup())
        return {};
    if (deployment.outcome == DeploymentOutcome::Planned)
        return requireNoOverrides(context, 0, deployment.id, tr("deployment #%1").arg(deployment.id));
    return refuse(tr("Deployment #%1 has run (%2): a deployment that ran is a record and stays.")
                      .arg(deployment.id)
                      .arg(labelOf(deployment.outcome)));
}

template<>
Result<void> checkRemove<RunbookStep>(ChangeContext &context, const RunbookStep &step) {
    if (context.isSetup() || !step.doneAt.isValid())
        return {};
    return refuse(tr("Runbook step \u201C%1\u201D was checked off at %2 UTC; it stays as a record of the run.")
                      .arg(step.title, shown_dates::dateTime(step.doneAt.toUTC())));
}

Result<void> unchangedSince(const QString &what, const QJsonObject &expected, const QJsonObject &stored,
                            const QStringList &ignored, const QHash<QString, QString> &labels) {
    QStringList changed;
    QStringList named;
    for (auto it = stored.begin(); it != stored.end(); ++it) {
        if (ignored.contains(it.key()) || expected.value(it.key()) == it.value())
            continue;
        changed.append(it.key());
        const QString label = labels.value(it.key());
        if (!label.isEmpty() && !named.contains(label))
            named.append(label);
    }
    if (changed.isEmpty())
        return {};
    return makeError(ErrorCode::Conflict,
                     tr("Nothing was written: %1 was changed since (%2), by another step or another person, and "
                        "writing now would overwrite that change. Look at it again, then make your change anew.")
                         .arg(what, (named.isEmpty() ? changed : named).join(u", "_s)));
}

} // namespace relm::rules

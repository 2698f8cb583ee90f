#include "MetricSource.h"

#include "changes/Workspace.h"
#include "storage/DeploymentStore.h"
#include "storage/DirectoryStore.h"
#include "storage/ReleaseStore.h"
#include "storage/RiskStore.h"
#include "storage/SignOffStore.h"

#include <QHash>

namespace relm {

Result<MetricInput> loadMetricInput(Workspace &ws) {
    auto releases = ws.releases().releases();
    auto environments = ws.directory().environments();
    auto deployments = ws.deployments().deployments(0);
    auto changes = ws.releases().changeRequests(0);
    auto risks = ws.risks().risks(0);
    auto signOffs = ws.signOffs().signOffs(0);
    for (const Error *error : {releases ? nullptr : &releases.error(), environments ? nullptr : &environments.error(),
                               deployments ? nullptr : &deployments.error(), changes ? nullptr : &changes.error(),
                               risks ? nullptr : &risks.error(), signOffs ? nullptr : &signOffs.error()}) {
        if (error)
            return *error;
    }
    QHash<Id, bool> production;
    for (const Environment &e : *environments)
        production.insert(e.id, e.kind == EnvironmentKind::Production);
    QHash<Id, qsizetype> releaseIndex;
    MetricInput input;
    for (const Release &r : *releases) {
        releaseIndex.insert(r.id, input.releases.size());
        input.releases.append(
            MetricRelease{r.id, r.name, r.targetService, r.plannedEnd, std::nullopt, 0, std::nullopt});
    }
    for (const Deployment &d : *deployments) {
        if (!production.value(d.environmentId) || d.outcome == DeploymentOutcome::Planned)
            continue;
        MetricRelease &release = input.releases[releaseIndex.value(d.releaseId)];
        const QDateTime finished = d.actualEnd.isValid() ? d.actualEnd : d.actualStart;
        input.deployments.append(MetricDeployment{d.releaseId, release.service, finished, d.isFailure()});
        if (!d.isFailure() && (!release.firstSuccess || finished < *release.firstSuccess))
            release.firstSuccess = finished;
    }
    for (const ChangeRequest &c : *changes) {
        for (Id releaseId : c.releaseIds)
            input.changes.append(MetricChange{releaseId, c.createdAt});
    }
    for (const Risk &r : *risks) {
        if (r.status != Risk::Status::Closed && releaseIndex.contains(r.releaseId))
            input.releases[releaseIndex.value(r.releaseId)].openExposure += r.exposure();
    }
    QHash<Id, std::pair<QDateTime, QDateTime>> span; // first sign-off, last approval
    for (const SignOff &s : *signOffs) {
        auto &[first, lastApproval] = span[s.releaseId];
        if (!first.isValid() || s.signedAt < first)
            first = s.signedAt;
        if (s.criterionId == 0 && s.meaning == SignMeaning::Approved && s.signedAt > lastApproval)
            lastApproval = s.signedAt;
    }
    for (auto it = span.cbegin(); it != span.cend(); ++it) {
        if (it->second.isValid() && releaseIndex.contains(it.key()))
            input.releases[releaseIndex.value(it.key())].signOffHours = double(it->first.secsTo(it->second)) / 3600.0;
    }
    return input;
}

} // namespace relm

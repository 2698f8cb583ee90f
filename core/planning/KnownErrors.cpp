#include "KnownErrors.h"

#include "storage/DeploymentStore.h"
#include "storage/ReleaseStore.h"

#include <QHash>

namespace relm {

Result<QList<ApplicableKnownError>> knownErrorsFor(ReleaseStore &releases, DeploymentStore &deployments, Id releaseId) {
    auto all = releases.releases();
    if (!all)
        return all.error();
    QList<Release> ordered = *all;
    // Releases without a planned start come last; ties keep creation order.
    std::stable_sort(ordered.begin(), ordered.end(), [](const Release &a, const Release &b) {
        if (a.plannedStart.isValid() != b.plannedStart.isValid())
            return a.plannedStart.isValid();
        if (a.plannedStart != b.plannedStart)
            return a.plannedStart < b.plannedStart;
        return a.id < b.id;
    });
    QHash<Id, int> rank;
    QHash<Id, QString> names;
    for (int i = 0; i < ordered.size(); ++i) {
        rank.insert(ordered.at(i).id, i);
        names.insert(ordered.at(i).id, ordered.at(i).name);
    }
    if (!rank.contains(releaseId))
        return makeError(ErrorCode::NotFound, QStringLiteral("Release #%1 does not exist.").arg(releaseId));
    const int here = rank.value(releaseId);
    auto errors = deployments.knownErrors();
    if (!errors)
        return errors.error();
    QList<ApplicableKnownError> result;
    for (const KnownError &e : *errors) {
        const int found = rank.value(e.releaseId, -1);
        if (found < 0 || found > here)
            continue;
        if (e.fixedInReleaseId != 0 && rank.value(e.fixedInReleaseId, INT_MAX) <= here)
            continue;
        result.append({e, names.value(e.releaseId), e.releaseId != releaseId});
    }
    return result;
}

} // namespace relm

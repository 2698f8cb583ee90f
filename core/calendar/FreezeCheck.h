#pragma once

#include "Result.h"
#include "calendar/WindowOccurrences.h"
#include "domain/Deployment.h"
#include "domain/Release.h"

#include <QHash>

#include <optional>

namespace relm {

class CalendarStore;
class ReleaseStore;

/// A freeze a deployment runs in, and the override that lets it, if one was given.
struct FreezeHit {
    WindowOccurrence freeze;
    std::optional<FreezeOverride> override;
    bool overridden() const { return override.has_value(); }
};

/// Decides which freezes deployments run in: the windows and overrides read once, each release's
/// components read when first asked for.
class FreezeCheck final {
public:
    static Result<FreezeCheck> load(CalendarStore &calendar, ReleaseStore &releases);

    /// What a deployment of the release to the environment touches.
    Result<DeploymentTarget> targetOf(const Release &release, Id environmentId);
    /// The freezes the deployment runs in over [start, end) (its planned times unless given).
    Result<QList<FreezeHit>> hits(const Deployment &deployment, const Release &release, const QDateTime &start,
                                  const QDateTime &end);
    Result<QList<FreezeHit>> hits(const Deployment &deployment, const Release &release) {
        return hits(deployment, release, deployment.plannedStart, deployment.plannedEnd);
    }
    /// Freezes a deployment over [start, end) to `target` runs in, overrides left aside.
    QList<WindowOccurrence> freezesFor(const DeploymentTarget &target, const QDateTime &start,
                                       const QDateTime &end) const;
    const QList<ChangeWindow> &windows() const { return m_windows; }

private:
    FreezeCheck(ReleaseStore &releases)
        : m_releases(&releases) {}

    ReleaseStore *m_releases;
    QList<ChangeWindow> m_windows;
    QList<FreezeOverride> m_overrides;
    QHash<Id, QSet<Id>> m_componentsOf;
};

/// "Month-end freeze (…), overridden by Erik Lind (Change board): quarterly patch agreed"
QString describeHit(const FreezeHit &hit);

} // namespace relm

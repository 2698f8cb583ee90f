#pragma once

#include "Result.h"
#include "domain/Ids.h"

#include <QDateTime>
#include <QList>

namespace relm {

class Workspace;
struct AuditEntry;

/// The total exposure (likelihood × impact) of a release's risks still in play at one moment.
struct ExposurePoint {
    QDateTime at;
    int total = 0;
    int risks = 0; ///< how many risks were in play
    bool operator==(const ExposurePoint &) const = default;
};

/// Replays the audit trail's risk entries, oldest first, into one point per change. Closed and
/// removed risks count zero. Entries of other kinds or releases are skipped.
QList<ExposurePoint> exposureHistory(const QList<AuditEntry> &entries, Id releaseId);
/// The same, read from the workspace's audit trail.
Result<QList<ExposurePoint>> exposureHistory(Workspace &workspace, Id releaseId);

} // namespace relm

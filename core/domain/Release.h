#pragma once

#include "domain/Ids.h"
#include "domain/Vocabulary.h"

#include <QDate>
#include <QString>

namespace relm {

/// A release: a set of changes that together deliver a new or changed service.
struct Release {
    Id id = 0;
    QString name;
    QString version;
    ReleaseType type = ReleaseType::Minor;
    ReleaseStatus status = ReleaseStatus::Draft;
    Id ownerId = 0;
    QString ownerLogin; ///< filled on read, for display and JSON
    QString targetService;
    QDate plannedStart;
    QDate plannedEnd;
    DeploymentApproach approach = DeploymentApproach::BigBang;
    QString backoutPlan;
    QString description;
    Id targetEnvironmentId = 0;       ///< where it deploys to; requirements already met there count
    bool requireFingerprints = false; ///< every version must carry a SHA-256 (release policy)
    Id calendarId = 0;                ///< the schedule's working calendar, 0: the standard one

    bool operator==(const Release &) const = default;
};

} // namespace relm

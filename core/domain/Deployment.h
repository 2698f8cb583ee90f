#pragma once

#include "domain/Contents.h"
#include "domain/Ids.h"
#include "domain/Vocabulary.h"

#include <QDateTime>
#include <QString>

namespace relm {

/// One execution of a release (or one of its packages) into an environment.
struct Deployment {
    Id id = 0;
    Id releaseId = 0;
    Id environmentId = 0;
    Id packageId = 0; ///< 0: the whole release
    QDateTime plannedStart;
    QDateTime plannedEnd;
    QDateTime actualStart;
    QDateTime actualEnd;
    Id executedBy = 0;
    DeploymentOutcome outcome = DeploymentOutcome::Planned;
    QString notes;
    bool emergency = false; ///< run as an authorised emergency, past a closed gate
    QString emergencyReason;
    Contents inventoryBefore; ///< what the environment ran before: the rollback target

    bool operator==(const Deployment &) const = default;

    bool isFailure() const { return outcome == DeploymentOutcome::Failed || outcome == DeploymentOutcome::RolledBack; }
};

/// One step of a deployment's runbook, checked off with a time stamp when done.
struct RunbookStep {
    Id id = 0;
    Id deploymentId = 0;
    int position = 0;
    QString title;
    Id ownerId = 0;
    int expectedMinutes = 0;
    bool backout = false;         ///< part of the back-out plan, run only when rolling back
    bool pointOfNoReturn = false; ///< after this step, rolling back is no longer possible
    QDateTime doneAt;             ///< invalid until checked off or skipped
    QString doneBy;
    QString skipReason; ///< set when the step was skipped (not run) instead of done

    bool operator==(const RunbookStep &) const = default;

    bool isDone() const { return doneAt.isValid() && skipReason.isEmpty(); }
    bool isSkipped() const { return doneAt.isValid() && !skipReason.isEmpty(); }
    bool isSettled() const { return doneAt.isValid(); }
};

/// A rollback: its own event, with why it happened.
struct Rollback {
    Id id = 0;
    Id deploymentId = 0;
    QDateTime at;
    QString actor;
    QString reason;
};

/// A fault known at release time, with its workaround; it carries forward to later releases
/// until one of them fixes it.
struct KnownError {
    Id id = 0;
    Id releaseId = 0; ///< the release it was found in
    QString title;
    QString symptom;
    QString workaround;
    QString reference; ///< e.g. a problem record
    Id fixedInReleaseId = 0;

    bool operator==(const KnownError &) const = default;
};

/// The post-release review: how the release went against its plan and its service levels.
struct ReleaseReview {
    enum class ServiceLevels { Unknown, Met, Missed };

    Id id = 0;
    Id releaseId = 0;
    QString outcome; ///< how it went against the plan, in words
    int incidents = 0;
    QString incidentNotes;
    ServiceLevels serviceLevels = ServiceLevels::Unknown;
    QString lessons;
    QString followUps; ///< one action per line
    bool complete = false;

    bool operator==(const ReleaseReview &) const = default;

    /// What is still missing before it can be marked complete; empty when nothing is.
    QStringList missing() const;
};

QString serviceLevelsKey(ReleaseReview::ServiceLevels levels);
std::optional<ReleaseReview::ServiceLevels> serviceLevelsFromKey(const QString &key);

} // namespace relm

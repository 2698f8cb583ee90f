#pragma once

#include "Result.h"
#include "checks/ReleaseGate.h"
#include "domain/ChangeWindow.h"
#include "domain/Deployment.h"
#include "domain/Directory.h"
#include "domain/Release.h"
#include "domain/SignOff.h"

#include <QHash>
#include <QJsonObject>

namespace relm {

class Workspace;

/// One release a change board meeting decides on: what it plans to deploy in the meeting's period,
/// what its approval gate still misses, and the freezes it was let run in.
struct AgendaItem {
    Release release;
    QList<Deployment> deployments; ///< planned deployments up to the horizon, by planned start
    QList<GateCheck> missing;      ///< the approval gate's checks that do not pass yet
    QList<FreezeOverride> overrides;
    QDateTime due;        ///< UTC: the earliest planned deployment, else the release's planned end
    bool overdue = false; ///< due before the meeting starts
};

/// A change board meeting's agenda (the releases awaiting sign-off that are due before its horizon)
/// and its minutes (the sign-offs and freeze overrides given while it sat). Derived, never stored.
struct MeetingAgenda {
    CabMeeting meeting;
    QList<Person> members;
    QDateTime horizonEnd; ///< UTC: the meeting's start plus its horizon
    QList<AgendaItem> items;
    QList<SignOff> signOffs;         ///< minutes: signed between the meeting's start and end
    QList<FreezeOverride> overrides; ///< minutes: overrides given between its start and end
    QHash<Id, QString> releaseNames;
    QHash<Id, QString> environmentNames;
    QHash<Id, QString> windowNames;
    QHash<Id, Id> deploymentReleases; ///< deployment id to release id, for the minutes' overrides

    QJsonObject toJson() const;
};

/// The agenda and minutes of one meeting, with the approval gate checked as of `now`.
Result<MeetingAgenda> agendaOf(Workspace &workspace, Id meetingId, const QDateTime &now);
/// The same, checked as of the workspace's clock.
Result<MeetingAgenda> agendaOf(Workspace &workspace, Id meetingId);

/// A meeting by "#ID" or by its title (case-insensitive); refused when none or several match.
Result<CabMeeting> meetingByReference(Workspace &workspace, const QString &reference);

/// "2026-11-24 10:00 Europe/Berlin (09:00 UTC)"
QString meetingTimeText(const CabMeeting &meeting);

} // namespace relm

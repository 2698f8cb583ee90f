#pragma once

#include "Result.h"
#include "domain/ChangeWindow.h"
#include "domain/Deployment.h"
#include "domain/Directory.h"
#include "domain/Release.h"

#include <QHash>

namespace relm {

class Workspace;
struct AssuranceSources;

/// One entry of the forward schedule of change.
struct CalendarEvent {
    enum class Kind { Deployment, Freeze, Maintenance, Meeting, Milestone };

    Kind kind = Kind::Deployment;
    Id id = 0;           ///< the deployment, window, meeting or release
    QString uid;         ///< stable across exports: "deployment-12", "window-3", "meeting-2", "release-5-end"
    QString title;       ///< "2026.4 Autumn → Production"
    QDateTime start;     ///< UTC
    QDateTime end;       ///< UTC
    bool allDay = false; ///< release milestones are days
    Id releaseId = 0;
    QString releaseName;
    QString service;
    QString owner; ///< the release owner's login
    Id environmentId = 0;
    QString environment;
    DeploymentOutcome outcome = DeploymentOutcome::Planned;
    bool movable = false;   ///< a planned deployment: it can be moved to another slot
    QByteArray timeZone;    ///< windows and meetings: the zone they are defined in
    QString detail;         ///< reason, location, recurrence
    QStringList conflicts;  ///< open conflicts it is part of, one line each (see ConflictFinder)
    QStringList overridden; ///< conflicts overridden with a reason: listed, not marked
};

/// Which events a view shows: empty or 0 is "any".
struct CalendarFilter {
    QString service;
    Id environmentId = 0;
    QString owner; ///< login
};

/// Everything the calendar is made of, read once from the database. Queries over it are cheap,
/// so that a view can page through years without reading again.
class CalendarData final {
public:
    static Result<CalendarData> load(Workspace &workspace);
    static Result<CalendarData> load(AssuranceSources sources);

    /// The events overlapping [from, to) (UTC) that pass the filter, sorted by start. Windows
    /// scoped to a service or environment pass a filter on it; windows for everything always pass.
    QList<CalendarEvent> events(const QDateTime &from, const QDateTime &to, const CalendarFilter &filter = {}) const;

    const QHash<Id, Release> &releases() const { return m_releases; }
    const QHash<Id, Environment> &environments() const { return m_environments; }
    const QList<Deployment> &deployments() const { return m_deployments; }
    const QList<ChangeWindow> &windows() const { return m_windows; }
    const QList<CabMeeting> &meetings() const { return m_meetings; }
    const QList<FreezeOverride> &overrides() const { return m_overrides; }
    /// The services releases name, sorted, for filters.
    QStringList services() const;
    /// Release owners' logins, sorted.
    QStringList owners() const;
    /// Whether the filter's service and owner are ones the calendar knows (a typo would show an
    /// empty calendar); NotFound naming the known ones otherwise.
    Result<void> check(const CalendarFilter &filter) const;

private:
    bool passes(const CalendarFilter &filter, const Release &release, Id environmentId) const;
    bool passes(const CalendarFilter &filter, const WindowScope &scope) const;

    QHash<Id, Release> m_releases;
    QHash<Id, Environment> m_environments;
    QList<Deployment> m_deployments;
    QList<ChangeWindow> m_windows;
    QList<CabMeeting> m_meetings;
    QList<FreezeOverride> m_overrides;
};

QString kindKey(CalendarEvent::Kind kind); ///< "deployment", "freeze", "maintenance", "meeting", "milestone"

} // namespace relm

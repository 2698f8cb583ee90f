#pragma once

#include "Result.h"
#include "domain/ChangeWindow.h"

namespace relm {

class Database;

/// The forward schedule of change: freeze and maintenance windows, overrides of a freeze for one
/// deployment, and change board meetings.
class CalendarStore final {
public:
    explicit CalendarStore(Database &db);

    Result<QList<ChangeWindow>> windows();
    Result<ChangeWindow> window(Id id);
    Result<ChangeWindow> windowByName(const QString &name);
    Result<Id> insert(const ChangeWindow &window);
    Result<void> update(const ChangeWindow &window);
    Result<void> removeWindow(Id id);

    /// Overrides of one deployment, or of all when deploymentId is 0.
    Result<QList<FreezeOverride>> overrides(Id deploymentId = 0);
    Result<FreezeOverride> freezeOverride(Id id);
    Result<Id> insert(const FreezeOverride &freezeOverride);
    Result<void> removeOverride(Id id);

    Result<QList<CabMeeting>> meetings();
    Result<CabMeeting> meeting(Id id);
    Result<Id> insert(const CabMeeting &meeting);
    Result<void> update(const CabMeeting &meeting);
    Result<void> removeMeeting(Id id);

    /// The database's own calendar id, a UUID kept in relm_meta and created on first use. Exported
    /// events are named by it, so that a calendar importing them again updates instead of adding.
    /// It is a setting of the file, not a record: creating it writes no audit entry.
    Result<QString> calendarUid();

private:
    Result<QList<ChangeWindow>> queryWindows(const QString &where, const QVariantList &values);
    Result<QList<FreezeOverride>> queryOverrides(const QString &where, const QVariantList &values);
    Result<QList<CabMeeting>> queryMeetings(const QString &where, const QVariantList &values);

    Database &m_db;
};

} // namespace relm

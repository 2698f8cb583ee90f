#pragma once

#include "Result.h"
#include "domain/Plan.h"
#include "storage/RowWriter.h"

namespace relm {

class Database;

/// Release schedules: tasks, dependencies, calendars and schedule baselines.
class PlanStore final {
public:
    explicit PlanStore(Database &db);

    /// Tasks of one release in plan order, or of every release when releaseId is 0.
    Result<QList<PlanTask>> tasks(Id releaseId = 0);
    Result<PlanTask> task(Id id);
    /// Id and name of every task of a release, for rules that compare names.
    Result<QList<std::pair<Id, QString>>> taskNames(Id releaseId);
    Result<Id> insert(const PlanTask &task);
    /// Inserts tasks that carry their ids (reserved by reserveTaskIds(), or kept from before), many
    /// to a statement. A task's phase comes before it.
    Result<void> insertAll(const QList<PlanTask> &tasks);
    /// Ids for new tasks; see RowWriter::reserveIds().
    Result<QList<Id>> reserveTaskIds(qsizetype count);
    Result<void> update(const PlanTask &task);
    Result<void> removeTask(Id id);

    /// Links touching a release's tasks (either end), or all links when releaseId is 0.
    Result<QList<PlanLink>> links(Id releaseId = 0);
    Result<PlanLink> link(Id id);
    Result<Id> insert(const PlanLink &link);
    /// Inserts links that carry their ids (reserved by reserveLinkIds()), many to a statement.
    Result<void> insertAll(const QList<PlanLink> &links);
    Result<QList<Id>> reserveLinkIds(qsizetype count);
    Result<void> update(const PlanLink &link);
    Result<void> removeLink(Id id);

    Result<QList<PlanCalendar>> calendars();
    Result<PlanCalendar> calendar(Id id);
    /// The releases whose schedule uses the calendar, as theirs or for one of their tasks.
    Result<QList<Id>> releasesUsing(Id calendarId);
    Result<Id> insert(const PlanCalendar &calendar);
    Result<void> update(const PlanCalendar &calendar);
    Result<void> removeCalendar(Id id);

    /// How each release's plan is dated (releases without settings are left out).
    Result<QHash<Id, PlanSettings>> settings();
    Result<PlanSettings> settings(Id releaseId);
    /// Replaces a release's plan settings; empty settings remove them.
    Result<void> setSettings(Id releaseId, const PlanSettings &settings);

    Result<QList<PlanBaseline>> baselines(Id releaseId);
    Result<Id> insert(const PlanBaseline &baseline);
    Result<void> removeBaseline(Id id);

private:
    Result<QList<PlanTask>> queryTasks(const QString &where, const QVariantList &values);
    Result<QList<PlanLink>> queryLinks(const QString &where, const QVariantList &values);
    Result<QList<PlanLink>> readLinks(const QString &sql, const QVariantList &values);

    Database &m_db;
    RowWriter m_taskWriter; ///< kept, so that an import of 100,000 tasks builds its statement once
    RowWriter m_linkWriter;
};

} // namespace relm

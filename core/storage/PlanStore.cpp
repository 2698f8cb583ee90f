#include "PlanStore.h"

#include "storage/Database.h"
#include "storage/RowWriter.h"
#include "storage/StoreSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::PlanStore", text);
}

// Schedule dates are calendar-local working times, stored without a zone.
QVariant localText(const QDateTime &at) {
    return at.isValid() ? QVariant(at.toString(u"yyyy-MM-ddTHH:mm:ss"_s)) : QVariant();
}

QDateTime localFrom(const QString &value) {
    // Most tasks have no constraint date; parsing an empty string is surprisingly costly.
    return value.isEmpty() ? QDateTime() : QDateTime::fromString(value, u"yyyy-MM-ddTHH:mm:ss"_s);
}

RowWriter taskWriter(Database &db) {
    return RowWriter(db, u"tasks"_s,
                     {u"release_id"_s, u"parent_id"_s, u"position"_s, u"name"_s, u"duration_minutes"_s, u"milestone"_s,
                      u"constraint_type"_s, u"constraint_date"_s, u"calendar_id"_s, u"deployment"_s, u"emergency"_s,
                      u"environment_id"_s, u"percent_complete"_s, u"optimistic_minutes"_s, u"pessimistic_minutes"_s,
                      u"source_uid"_s, u"manual_start"_s, u"actual_start"_s, u"actual_finish"_s});
}

QVariantList taskValues(const PlanTask &t) {
    return {t.releaseId,
            nullableId(t.parentId),
            t.position,
            t.name,
            t.duration,
            t.milestone,
            constraintKey(t.constraint),
            localText(t.constraintDate),
            nullableId(t.calendarId),
            t.deployment,
            t.emergency,
            nullableId(t.environmentId),
            t.percentComplete,
            t.optimistic,
            t.pessimistic,
            t.sourceUid,
            localText(t.manualStart),
            localText(t.actualStart),
            localText(t.actualFinish)};
}

RowWriter linkWriter(Database &db) {
    return RowWriter(
        db, u"task_links"_s,
        {u"predecessor_id"_s, u"successor_id"_s, u"type"_s, u"lag_minutes"_s, u"lag_percent"_s, u"lag_is_percent"_s});
}

QVariantList linkValues(const PlanLink &l) {
    return {l.predecessorId, l.successorId, linkTypeKey(l.type), l.lag, l.lagPercent, l.lagIsPercent};
}

RowWriter calendarWriter(Database &db) {
    return RowWriter(db, u"calendars"_s, {u"name"_s, u"definition_json"_s});
}

const auto taskColumns =
    u"SELECT id, release_id, parent_id, position, name, duration_minutes, milestone, "
    "constraint_type, constraint_date, calendar_id, deployment, emergency, environment_id, "
    "percent_complete, optimistic_minutes, pessimistic_minutes, source_uid, manual_start, actual_start, "
    "actual_finish FROM tasks "_s;

} // namespace

PlanStore::PlanStore(Database &db)
    : m_db(db)
    , m_taskWriter(taskWriter(db))
    , m_linkWriter(linkWriter(db)) {}

Result<QList<PlanTask>> PlanStore::queryTasks(const QString &where, const QVariantList &values) {
    QList<PlanTask> result;
    auto read =
        m_db.select(taskColumns + where + u" ORDER BY release_id, position, id"_s, values, [&result](const RowView &r) {
            PlanTask t;
            t.id = r.integer(0);
            t.releaseId = r.integer(1);
            t.parentId = r.integer(2);
            t.position = int(r.integer(3));
            t.name = r.text(4);
            t.duration = r.integer(5);
            t.milestone = r.integer(6) != 0;
            t.constraint = constraintFromKey(r.text(7)).value_or(ConstraintType::AsSoonAsPossible);
            t.constraintDate = localFrom(r.text(8));
            t.calendarId = r.integer(9);
            t.deployment = r.integer(10) != 0;
            t.emergency = r.integer(11) != 0;
            t.environmentId = r.integer(12);
            t.percentComplete = int(r.integer(13));
            t.optimistic = r.integer(14);
            t.pessimistic = r.integer(15);
            t.sourceUid = r.text(16);
            t.manualStart = localFrom(r.text(17));
            t.actualStart = localFrom(r.text(18));
            t.actualFinish = localFrom(r.text(19));
            result.append(std::move(t));
        });
    if (!read)
        return read.error();
    return result;
}

Result<QList<PlanTask>> PlanStore::tasks(Id releaseId) {
    const IdFilter filter = filterById(u"release_id"_s, releaseId);
    return queryTasks(filter.clause, filter.values);
}

Result<PlanTask> PlanStore::task(Id id) {
    return single(queryTasks(u"WHERE id = ?"_s, {id}), tr("Task #%1").arg(id));
}

Result<QList<Id>> PlanStore::releasesUsing(Id calendarId) {
    auto q = m_db.exec(u"SELECT id FROM releases WHERE calendar_id = ? UNION "
                       "SELECT DISTINCT release_id FROM tasks WHERE calendar_id = ?"_s,
                       {calendarId, calendarId});
    if (!q)
        return q.error();
    QList<Id> result;
    while ((*q)->next())
        result.append((*q)->value(0).toLongLong());
    (*q)->finish();
    return result;
}

Result<QList<std::pair<Id, QString>>> PlanStore::taskNames(Id releaseId) {
    auto q = m_db.exec(u"SELECT id, name FROM tasks WHERE release_id = ?"_s, {releaseId});
    if (!q)
        return q.error();
    QList<std::pair<Id, QString>> result;
    while ((*q)->next())
        result.append({(*q)->value(0).toLongLong(), (*q)->value(1).toString()});
    (*q)->finish();
    return result;
}

Result<Id> PlanStore::insert(const PlanTask &t) {
    return m_taskWriter.insert(taskValues(t), t.id);
}

Result<void> PlanStore::insertAll(const QList<PlanTask> &tasks) {
    return m_taskWriter.insertAll(tasks.size(), [&tasks](qsizetype i) {
        return std::pair{tasks.at(i).id, taskValues(tasks.at(i))};
    });
}

Result<QList<Id>> PlanStore::reserveTaskIds(qsizetype count) {
    return m_taskWriter.reserveIds(count);
}

Result<void> PlanStore::update(const PlanTask &t) {
    return m_taskWriter.update(t.id, taskValues(t));
}

Result<void> PlanStore::removeTask(Id id) {
    return m_taskWriter.remove(id);
}

const auto linkColumns = u"SELECT l.id, l.predecessor_id, l.successor_id, l.type, l.lag_minutes, l.lag_percent, "
                         "l.lag_is_percent FROM task_links l "_s;

Result<QList<PlanLink>> PlanStore::queryLinks(const QString &where, const QVariantList &values) {
    return readLinks(linkColumns + where + u" ORDER BY l.id"_s, values);
}

Result<QList<PlanLink>> PlanStore::readLinks(const QString &sql, const QVariantList &values) {
    QList<PlanLink> result;
    auto read = m_db.select(sql, values, [&result](const RowView &r) {
        result.append(PlanLink{r.integer(0), r.integer(1), r.integer(2),
                               linkTypeFromKey(r.text(3)).value_or(LinkType::FinishToStart), r.integer(4), r.real(5),
                               r.integer(6) != 0});
    });
    if (!read)
        return read.error();
    return result;
}

Result<QList<PlanLink>> PlanStore::links(Id releaseId) {
    if (releaseId == 0)
        return queryLinks({}, {});
    // The links into the release's tasks, then those out of them to other releases: two indexed
    // lookups, each link once, with no set of ids to build (the write door reads 100,000 of them).
    return readLinks(linkColumns + u"JOIN tasks t ON t.id = l.successor_id WHERE t.release_id = ? UNION ALL "_s +
                         linkColumns +
                         u"JOIN tasks p ON p.id = l.predecessor_id JOIN tasks t ON t.id = l.successor_id "
                         "WHERE p.release_id = ? AND t.release_id <> ? ORDER BY 1"_s,
                     {releaseId, releaseId, releaseId});
}

Result<PlanLink> PlanStore::link(Id id) {
    return single(queryLinks(u"WHERE l.id = ?"_s, {id}), tr("Dependency #%1").arg(id));
}

Result<Id> PlanStore::insert(const PlanLink &l) {
    // The table keeps each pair once; its refusal is the check (an import adds 200,000 links).
    auto id = m_db.recoverable<Id>([&] { return m_linkWriter.insert(linkValues(l), l.id); });
    if (!id && id.error().code == ErrorCode::Conflict) {
        auto count = m_db.scalar(u"SELECT count(*) FROM task_links WHERE predecessor_id = ? AND successor_id = ?"_s,
                                 {l.predecessorId, l.successorId});
        if (count && count->toInt() > 0)
            return makeError(ErrorCode::Conflict, tr("These two tasks are already linked."));
    }
    return id;
}

Result<void> PlanStore::insertAll(const QList<PlanLink> &links) {
    auto inserted = m_db.recoverable<void>([&] {
        return m_linkWriter.insertAll(links.size(), [&links](qsizetype i) {
            return std::pair{links.at(i).id, linkValues(links.at(i))};
        });
    });
    if (inserted || inserted.error().code != ErrorCode::Conflict)
        return inserted;
    // Word the refusal: a pair given twice, or one already stored.
    QSet<std::pair<Id, Id>> pairs;
    for (const PlanLink &l : links) {
        if (!pairs.contains({l.predecessorId, l.successorId})) {
            pairs.insert({l.predecessorId, l.successorId});
            auto count = m_db.scalar(u"SELECT count(*) FROM task_links WHERE predecessor_id = ? AND successor_id = ?"_s,
                                     {l.predecessorId, l.successorId});
            if (!count || count->toInt() == 0)
                continue;
        }
        return makeError(ErrorCode::Conflict, tr("These two tasks are already linked."));
    }
    return inserted;
}

Result<QList<Id>> PlanStore::reserveLinkIds(qsizetype count) {
    return m_linkWriter.reserveIds(count);
}

Result<void> PlanStore::update(const PlanLink &l) {
    return m_linkWriter.update(l.id, linkValues(l));
}

Result<void> PlanStore::removeLink(Id id) {
    return m_linkWriter.remove(id);
}

Result<QList<PlanCalendar>> PlanStore::calendars() {
    auto q = m_db.exec(u"SELECT id, name, definition_json FROM calendars ORDER BY name"_s);
    if (!q)
        return q.error();
    QList<PlanCalendar> result;
    while ((*q)->next()) {
        PlanCalendar c{(*q)->value(0).toLongLong(), (*q)->value(1).toString(),
                       WorkCalendar::fromJson((*q)->value(2).toString().toUtf8())};
        c.calendar.name = c.name;
        result.append(c);
    }
    (*q)->finish();
    return result;
}

Result<PlanCalendar> PlanStore::calendar(Id id) {
    auto all = calendars();
    if (!all)
        return all.error();
    for (const PlanCalendar &c : *all) {
        if (c.id == id)
            return c;
    }
    return makeError(ErrorCode::NotFound, tr("Calendar #%1 does not exist.").arg(id));
}

Result<Id> PlanStore::insert(const PlanCalendar &c) {
    if (auto r = calendarWriter(m_db).requireFree(u"name"_s, c.name, c.id,
                                                  tr("A calendar named \u201C%1\u201D already exists.").arg(c.name));
        !r)
        return r.error();
    return calendarWriter(m_db).insert({c.name, QString::fromUtf8(c.calendar.toJson())}, c.id);
}

Result<void> PlanStore::update(const PlanCalendar &c) {
    return calendarWriter(m_db).update(c.id, {c.name, QString::fromUtf8(c.calendar.toJson())});
}

Result<void> PlanStore::removeCalendar(Id id) {
    return calendarWriter(m_db).remove(id);
}

Result<QList<PlanBaseline>> PlanStore::baselines(Id releaseId) {
    auto q = m_db.exec(u"SELECT id, name, saved_at, saved_by, dates_json FROM schedule_baselines WHERE release_id = ? "
                       "ORDER BY id"_s,
                       {releaseId});
    if (!q)
        return q.error();
    QList<PlanBaseline> result;
    while ((*q)->next()) {
        PlanBaseline b;
        b.id = (*q)->value(0).toLongLong();
        b.releaseId = releaseId;
        b.name = (*q)->value(1).toString();
        b.savedAt = QDateTime::fromString((*q)->value(2).toString(), Qt::ISODate);
        b.savedBy = (*q)->value(3).toString();
        b.dates = baselineDatesFromJson((*q)->value(4).toString().toUtf8());
        result.append(b);
    }
    (*q)->finish();
    return result;
}

Result<Id> PlanStore::insert(const PlanBaseline &b) {
    auto count = m_db.scalar(u"SELECT count(*) FROM schedule_baselines WHERE release_id = ? AND name = ?"_s,
                             {b.releaseId, b.name});
    if (!count)
        return count.error();
    if (count->toInt() > 0)
        return makeError(ErrorCode::Conflict,
                         tr("This release already has a baseline named \u201C%1\u201D.").arg(b.name));
    return RowWriter(m_db, u"schedule_baselines"_s,
                     {u"release_id"_s, u"name"_s, u"saved_at"_s, u"saved_by"_s, u"dates_json"_s})
        .insert({b.releaseId, b.name, b.savedAt.toUTC().toString(Qt::ISODate), b.savedBy,
                 QString::fromUtf8(baselineDatesToJson(b.dates))},
                b.id);
}

Result<void> PlanStore::removeBaseline(Id id) {
    return RowWriter(m_db, u"schedule_baselines"_s, {}).remove(id);
}

Result<QHash<Id, PlanSettings>> PlanStore::settings() {
    auto q = m_db.exec(u"SELECT release_id, plan_start, status_date FROM plan_settings"_s);
    if (!q)
        return q.error();
    QHash<Id, PlanSettings> result;
    while ((*q)->next())
        result.insert((*q)->value(0).toLongLong(),
                      {localFrom((*q)->value(1).toString()), localFrom((*q)->value(2).toString())});
    (*q)->finish();
    return result;
}

Result<PlanSettings> PlanStore::settings(Id releaseId) {
    auto all = settings();
    if (!all)
        return all.error();
    return all->value(releaseId);
}

Result<void> PlanStore::setSettings(Id releaseId, const PlanSettings &settings) {
    auto removed = m_db.exec(u"DELETE FROM plan_settings WHERE release_id = ?"_s, {releaseId});
    if (!removed)
        return removed.error();
    if (settings.isEmpty())
        return {};
    auto q = m_db.exec(u"INSERT INTO plan_settings (release_id, plan_start, status_date) VALUES (?, ?, ?)"_s,
                       {releaseId, localText(settings.start), localText(settings.statusDate)});
    if (!q)
        return q.error();
    return {};
}

} // namespace relm

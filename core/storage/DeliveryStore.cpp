#include "DeliveryStore.h"

#include "domain/JsonCodec.h"
#include "storage/Database.h"
#include "storage/RowWriter.h"
#include "storage/StoreSupport.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

QString contentText(const Contents &content) {
    return QString::fromUtf8(QJsonDocument(contents::toJson(content)).toJson(QJsonDocument::Compact));
}

Contents parse(const QVariant &text) {
    return contents::fromJson(QJsonDocument::fromJson(text.toString().toUtf8()).array());
}

QString utc(const QDateTime &at) {
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromUtc(const QVariant &text) {
    QDateTime at = QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
    at.setTimeSpec(Qt::UTC);
    return at;
}

RowWriter buildWriter(Database &db) {
    return RowWriter(
        db, u"builds"_s,
        {u"release_id"_s, u"number"_s, u"built_at"_s, u"built_by"_s, u"outcome"_s, u"notes"_s, u"content_json"_s});
}

QVariantList buildValues(const Build &b) {
    return {b.releaseId,           b.number, utc(b.builtAt), b.builtBy, json::outcomeKey(b.outcome), b.notes,
            contentText(b.content)};
}

} // namespace

DeliveryStore::DeliveryStore(Database &db)
    : m_db(db) {}

Result<std::optional<Baseline>> DeliveryStore::baseline(Id releaseId) {
    auto q = m_db.exec(u"SELECT fingerprint, frozen_at, frozen_by, content_json FROM baselines WHERE release_id = ?"_s,
                       {releaseId});
    if (!q)
        return q.error();
    std::optional<Baseline> result;
    if ((*q)->next())
        result = Baseline{releaseId, (*q)->value(0).toString(), fromUtc((*q)->value(1)), (*q)->value(2).toString(),
                          parse((*q)->value(3))};
    (*q)->finish();
    return result;
}

Result<void> DeliveryStore::setBaseline(const Baseline &b) {
    auto q = m_db.exec(u"INSERT INTO baselines (release_id, fingerprint, frozen_at, frozen_by, content_json) "
                       "VALUES (?, ?, ?, ?, ?) ON CONFLICT (release_id) DO UPDATE SET fingerprint = "
                       "excluded.fingerprint, frozen_at = excluded.frozen_at, frozen_by = excluded.frozen_by, "
                       "content_json = excluded.content_json"_s,
                       {b.releaseId, b.fingerprint, utc(b.frozenAt), b.frozenBy, contentText(b.content)});
    if (!q)
        return q.error();
    return {};
}

Result<void> DeliveryStore::removeBaseline(Id releaseId) {
    auto q = m_db.exec(u"DELETE FROM baselines WHERE release_id = ?"_s, {releaseId});
    if (!q)
        return q.error();
    return {};
}

Result<QList<Build>> DeliveryStore::builds(Id releaseId) {
    auto q = m_db.exec(u"SELECT id, release_id, number, built_at, built_by, outcome, notes, content_json FROM builds "
                       "WHERE release_id = ? ORDER BY number"_s,
                       {releaseId});
    if (!q)
        return q.error();
    QList<Build> result;
    while ((*q)->next()) {
        const QSqlQuery &r = **q;
        result.append(Build{r.value(0).toLongLong(), r.value(1).toLongLong(), r.value(2).toInt(), fromUtc(r.value(3)),
                            r.value(4).toString(),
                            json::outcomeFromKey(r.value(5).toString()).value_or(Build::Outcome::Succeeded),
                            r.value(6).toString(), parse(r.value(7))});
    }
    (*q)->finish();
    return result;
}

Result<Build> DeliveryStore::build(Id id) {
    auto releaseId = m_db.scalar(u"SELECT release_id FROM builds WHERE id = ?"_s, {id});
    if (!releaseId)
        return releaseId.error();
    auto all = builds(releaseId->toLongLong());
    if (!all)
        return all.error();
    for (const Build &b : *all) {
        if (b.id == id)
            return b;
    }
    return makeError(ErrorCode::NotFound,
                     QCoreApplication::translate("relm::DeliveryStore", "Build #%1 does not exist.").arg(id));
}

Result<Id> DeliveryStore::insert(const Build &b) {
    auto count =
        m_db.scalar(u"SELECT count(*) FROM builds WHERE release_id = ? AND number = ?"_s, {b.releaseId, b.number});
    if (!count)
        return count.error();
    if (count->toInt() > 0)
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("relm::DeliveryStore", "Build %1 of this release is already "
                                                                            "recorded; builds are numbered once.")
                             .arg(b.number));
    return buildWriter(m_db).insert(buildValues(b), b.id);
}

Result<void> DeliveryStore::update(const Build &b) {
    return buildWriter(m_db).update(b.id, buildValues(b));
}

Result<void> DeliveryStore::removeBuild(Id id) {
    return buildWriter(m_db).remove(id);
}

Result<Contents> DeliveryStore::inventory(Id environmentId) {
    Contents result;
    auto read = m_db.select(u"SELECT v.id, v.component_id, c.name, v.version, v.sha256, v.source_ref, v.retired "
                            "FROM environment_inventory i JOIN component_versions v ON v.id = i.version_id "
                            "JOIN components c ON c.id = v.component_id WHERE i.environment_id = ? ORDER BY c.name"_s,
                            {environmentId}, [&result](const RowView &r) { result.append(versionFromRow(r)); });
    if (!read)
        return read.error();
    return result;
}

Result<void> DeliveryStore::setInventory(Id environmentId, const QList<Id> &versionIds) {
    if (auto q = m_db.exec(u"DELETE FROM environment_inventory WHERE environment_id = ?"_s, {environmentId}); !q)
        return q.error();
    for (Id versionId : versionIds) {
        if (auto q = m_db.exec(u"INSERT INTO environment_inventory (environment_id, version_id) VALUES (?, ?) "
                               "ON CONFLICT (environment_id, version_id) DO NOTHING"_s,
                               {environmentId, versionId});
            !q)
            return q.error();
    }
    return {};
}

Result<QList<EnvironmentSnapshot>> DeliveryStore::history(Id environmentId) {
    auto q = m_db.exec(u"SELECT id, at_utc, actor, reason, release_id, content_json FROM environment_history "
                       "WHERE environment_id = ? ORDER BY id DESC"_s,
                       {environmentId});
    if (!q)
        return q.error();
    QList<EnvironmentSnapshot> result;
    while ((*q)->next()) {
        const QSqlQuery &r = **q;
        result.append(EnvironmentSnapshot{r.value(0).toLongLong(), environmentId, fromUtc(r.value(1)),
                                          r.value(2).toString(), r.value(3).toString(), r.value(4).toLongLong(),
                                          parse(r.value(5))});
    }
    (*q)->finish();
    return result;
}

Result<Id> DeliveryStore::insert(const EnvironmentSnapshot &s) {
    return RowWriter(m_db, u"environment_history"_s,
                     {u"environment_id"_s, u"at_utc"_s, u"actor"_s, u"reason"_s, u"release_id"_s, u"content_json"_s})
        .insert({s.environmentId, utc(s.at), s.actor, s.reason, nullableId(s.releaseId), contentText(s.content)}, s.id);
}

Result<void> DeliveryStore::removeSnapshot(Id id) {
    return RowWriter(m_db, u"environment_history"_s, {}).remove(id);
}

} // namespace relm

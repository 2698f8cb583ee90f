#include "ReleaseStore.h"

#include "storage/CatalogueStore.h"
#include "storage/Database.h"
#include "storage/RowWriter.h"
#include "storage/StoreSupport.h"

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::ReleaseStore", text);
}

RowWriter releaseWriter(Database &db) {
    return RowWriter(db, u"releases"_s,
                     {u"name"_s, u"version"_s, u"type"_s, u"status"_s, u"owner_id"_s, u"target_service"_s,
                      u"planned_start"_s, u"planned_end"_s, u"approach"_s, u"backout_plan"_s, u"description"_s,
                      u"target_environment_id"_s, u"require_fingerprints"_s, u"calendar_id"_s});
}

RowWriter packageWriter(Database &db) {
    return RowWriter(db, u"packages"_s, {u"release_id"_s, u"name"_s});
}

RowWriter changeWriter(Database &db) {
    return RowWriter(db, u"change_requests"_s,
                     {u"reference"_s, u"title"_s, u"description"_s, u"kind"_s, u"status"_s, u"public_summary"_s,
                      u"user_action"_s, u"created_at"_s});
}

QVariant dateValue(const QDate &date) {
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QVariantList releaseValues(const Release &r) {
    return {r.name,
            r.version,
            keyOf(r.type),
            keyOf(r.status),
            r.ownerId,
            r.targetService,
            dateValue(r.plannedStart),
            dateValue(r.plannedEnd),
            keyOf(r.approach),
            r.backoutPlan,
            r.description,
            nullableId(r.targetEnvironmentId),
            r.requireFingerprints,
            nullableId(r.calendarId)};
}

QVariantList changeValues(const ChangeRequest &c) {
    return {c.reference,     c.title,         c.description, keyOf(c.kind),
            keyOf(c.status), c.publicSummary, c.userAction,  c.createdAt.toUTC().toString(Qt::ISODate)};
}

} // namespace

ReleaseStore::ReleaseStore(Database &db)
    : m_db(db) {}

Result<QList<Release>> ReleaseStore::queryReleases(const QString &where, const QVariantList &values) {
    auto q = m_db.exec(u"SELECT r.id, r.name, r.version, r.type, r.status, r.owner_id, p.login, r.target_service, "
                       "r.planned_start, r.planned_end, r.approach, r.backout_plan, r.description, "
                       "r.target_environment_id, r.require_fingerprints, r.calendar_id "
                       "FROM releases r JOIN people p ON p.id = r.owner_id "_s +
                           where + u" ORDER BY r.planned_start, r.name"_s,
                       values);
    if (!q)
        return q.error();
    QList<Release> result;
    while ((*q)->next()) {
        const QSqlQuery &row = **q;
        Release r;
        r.id = row.value(0).toLongLong();
        r.name = row.value(1).toString();
        r.version = row.value(2).toString();
        r.type = fromKey<ReleaseType>(row.value(3).toString()).value_or(ReleaseType::Minor);
        r.status = fromKey<ReleaseStatus>(row.value(4).toString()).value_or(ReleaseStatus::Draft);
        r.ownerId = row.value(5).toLongLong();
        r.ownerLogin = row.value(6).toString();
        r.targetService = row.value(7).toString();
        r.plannedStart = QDate::fromString(row.value(8).toString(), Qt::ISODate);
        r.plannedEnd = QDate::fromString(row.value(9).toString(), Qt::ISODate);
        r.approach = fromKey<DeploymentApproach>(row.value(10).toString()).value_or(DeploymentApproach::BigBang);
        r.backoutPlan = row.value(11).toString();
        r.description = row.value(12).toString();
        r.targetEnvironmentId = row.value(13).toLongLong();
        r.requireFingerprints = row.value(14).toBool();
        r.calendarId = row.value(15).toLongLong();
        result.append(r);
    }
    (*q)->finish();
    return result;
}

Result<QList<Release>> ReleaseStore::releases() {
    return queryReleases({}, {});
}

Result<Release> ReleaseStore::release(Id id) {
    return single(queryReleases(u"WHERE r.id = ?"_s, {id}), tr("Release #%1").arg(id));
}

Result<Release> ReleaseStore::releaseByName(const QString &name) {
    return single(queryReleases(u"WHERE lower(r.name) = lower(?)"_s, {name}),
                  tr("A release named \u201C%1\u201D").arg(name));
}

Result<void> ReleaseStore::checkUnique(const Release &r) {
    return releaseWriter(m_db).requireFree(u"name"_s, r.name, r.id,
                                           tr("A release named \u201C%1\u201D already exists.").arg(r.name));
}

Result<Id> ReleaseStore::insert(const Release &r) {
    if (auto check = checkUnique(r); !check)
        return check.error();
    return releaseWriter(m_db).insert(releaseValues(r), r.id);
}

Result<void> ReleaseStore::update(const Release &r) {
    if (auto check = checkUnique(r); !check)
        return check;
    return releaseWriter(m_db).update(r.id, releaseValues(r));
}

Result<void> ReleaseStore::removeRelease(Id id) {
    return releaseWriter(m_db).remove(id);
}

Result<QHash<Id, QList<Package>>> ReleaseStore::packagesByRelease(Id releaseId) {
    const IdFilter packageFilter = filterById(u"release_id"_s, releaseId);
    auto q = m_db.exec(u"SELECT id, release_id, name FROM packages"_s + packageFilter.clause + u" ORDER BY id"_s,
                       packageFilter.values);
    if (!q)
        return q.error();
    QHash<Id, QList<Package>> result;
    QHash<Id, std::pair<Id, qsizetype>> where;                       // package id -> (release id, index)
    QMultiHash<Id, std::tuple<Id, qsizetype, qsizetype>> itemPlaces; // version id -> (release, package, item)
    while ((*q)->next()) {
        Package p{(*q)->value(0).toLongLong(), (*q)->value(1).toLongLong(), (*q)->value(2).toString(), {}};
        auto &list = result[p.releaseId];
        where.insert(p.id, {p.releaseId, list.size()});
        list.append(p);
    }
    (*q)->finish();

    // A version counts as retired in a package when it or its whole component is retired.
    auto items = m_db.exec(u"SELECT i.package_id, v.id, v.component_id, c.name, v.version, v.sha256, v.source_ref, "
                           "(v.retired OR c.retired) FROM package_items i JOIN packages p ON p.id = i.package_id "
                           "JOIN component_versions v ON v.id = i.version_id JOIN components c ON c.id = "
                           "v.component_id"_s +
                               filterById(u"p.release_id"_s, releaseId).clause + u" ORDER BY c.name, v.id"_s,
                           filterById(u"p.release_id"_s, releaseId).values);
    if (!items)
        return items.error();
    while ((*items)->next()) {
        const QSqlQuery &r = **items;
        const auto place = where.value(r.value(0).toLongLong());
        auto &contents = result[place.first][place.second].contents;
        itemPlaces.insert(r.value(1).toLongLong(), {place.first, place.second, contents.size()});
        contents.append(ComponentVersion{r.value(1).toLongLong(),
                                         r.value(2).toLongLong(),
                                         r.value(3).toString(),
                                         r.value(4).toString(),
                                         r.value(5).toString(),
                                         r.value(6).toString(),
                                         r.value(7).toBool(),
                                         {}});
    }
    (*items)->finish();

    auto relations =
        m_db.exec(u"SELECT DISTINCT r.version_id, r.position, r.kind, r.component, r.range "
                  "FROM version_relations r JOIN package_items i ON i.version_id = r.version_id "
                  "JOIN packages p ON p.id = i.package_id"_s +
                      filterById(u"p.release_id"_s, releaseId).clause + u" ORDER BY r.version_id, r.position"_s,
                  filterById(u"p.release_id"_s, releaseId).values);
    if (!relations)
        return relations.error();
    while ((*relations)->next()) {
        const QSqlQuery &r = **relations;
        const VersionRelation relation{relationKindFromKey(r.value(2).toString()), r.value(3).toString(),
                                       r.value(4).toString()};
        const auto [begin, end] = itemPlaces.equal_range(r.value(0).toLongLong());
        for (auto it = begin; it != end; ++it) {
            const auto [release, package, item] = *it;
            result[release][package].contents[item].relations.append(relation);
        }
    }
    (*relations)->finish();
    return result;
}

Result<QList<Package>> ReleaseStore::packages(Id releaseId) {
    auto all = packagesByRelease(releaseId);
    if (!all)
        return all.error();
    return all->value(releaseId);
}

Result<Contents> ReleaseStore::content(Id releaseId) {
    auto list = packages(releaseId);
    if (!list)
        return list.error();
    Contents all;
    for (const Package &p : *list)
        all += p.contents;
    return all;
}

Result<Package> ReleaseStore::package(Id id) {
    auto releaseId = m_db.scalar(u"SELECT release_id FROM packages WHERE id = ?"_s, {id});
    if (!releaseId)
        return releaseId.error();
    auto list = packages(releaseId->toLongLong());
    if (!list)
        return list.error();
    for (const Package &p : *list) {
        if (p.id == id)
            return p;
    }
    return makeError(ErrorCode::NotFound, tr("Package #%1 does not exist.").arg(id));
}

Result<Id> ReleaseStore::insert(const Package &p) {
    auto count = m_db.scalar(u"SELECT count(*) FROM packages WHERE release_id = ? AND lower(name) = lower(?)"_s,
                             {p.releaseId, p.name});
    if (!count)
        return count.error();
    if (count->toInt() > 0)
        return makeError(ErrorCode::Conflict,
                         tr("The release already has a package named \u201C%1\u201D.").arg(p.name));
    return packageWriter(m_db).insert({p.releaseId, p.name}, p.id);
}

Result<void> ReleaseStore::update(const Package &p) {
    return packageWriter(m_db).update(p.id, {p.releaseId, p.name});
}

Result<void> ReleaseStore::removePackage(Id id) {
    return packageWriter(m_db).remove(id);
}

Result<bool> ReleaseStore::addToPackage(Id packageId, Id versionId) {
    auto q = m_db.exec(u"INSERT INTO package_items (package_id, version_id) VALUES (?, ?) "
                       "ON CONFLICT (package_id, version_id) DO NOTHING"_s,
                       {packageId, versionId});
    if (!q)
        return q.error();
    return (*q)->numRowsAffected() > 0;
}

Result<bool> ReleaseStore::removeFromPackage(Id packageId, Id versionId) {
    auto q = m_db.exec(u"DELETE FROM package_items WHERE package_id = ? AND version_id = ?"_s, {packageId, versionId});
    if (!q)
        return q.error();
    return (*q)->numRowsAffected() > 0;
}

Result<QList<ChangeRequest>> ReleaseStore::queryChangeRequests(const QString &where, const QVariantList &values) {
    auto q = m_db.exec(u"SELECT c.id, c.reference, c.title, c.description, c.kind, c.status, c.public_summary, "
                       "c.user_action, c.created_at FROM change_requests c "_s +
                           where + u" ORDER BY c.reference"_s,
                       values);
    if (!q)
        return q.error();
    QList<ChangeRequest> result;
    QHash<Id, qsizetype> byId;
    while ((*q)->next()) {
        const QSqlQuery &r = **q;
        ChangeRequest c;
        c.id = r.value(0).toLongLong();
        c.reference = r.value(1).toString();
        c.title = r.value(2).toString();
        c.description = r.value(3).toString();
        c.kind = fromKey<ChangeKind>(r.value(4).toString()).value_or(ChangeKind::Feature);
        c.status = fromKey<ChangeStatus>(r.value(5).toString()).value_or(ChangeStatus::Proposed);
        c.publicSummary = r.value(6).toString();
        c.userAction = r.value(7).toString();
        c.createdAt = QDateTime::fromString(r.value(8).toString(), Qt::ISODate);
        c.createdAt.setTimeSpec(Qt::UTC);
        byId.insert(c.id, result.size());
        result.append(c);
    }
    (*q)->finish();
    if (result.isEmpty())
        return result;
    auto links = m_db.exec(u"SELECT l.change_request_id, l.release_id FROM change_request_releases l "
                           "JOIN releases r ON r.id = l.release_id ORDER BY r.planned_start, r.name"_s);
    if (!links)
        return links.error();
    while ((*links)->next()) {
        const auto at = byId.constFind((*links)->value(0).toLongLong());
        if (at != byId.cend())
            result[*at].releaseIds.append((*links)->value(1).toLongLong());
    }
    (*links)->finish();
    return result;
}

Result<QList<ChangeRequest>> ReleaseStore::changeRequests(Id releaseId) {
    if (releaseId == 0)
        return queryChangeRequests({}, {});
    return queryChangeRequests(
        u"WHERE c.id IN (SELECT change_request_id FROM change_request_releases WHERE release_id = ?)"_s, {releaseId});
}

Result<ChangeRequest> ReleaseStore::changeRequest(Id id) {
    return single(queryChangeRequests(u"WHERE c.id = ?"_s, {id}), tr("Change request #%1").arg(id));
}

Result<ChangeRequest> ReleaseStore::changeRequestByReference(const QString &reference) {
    return single(queryChangeRequests(u"WHERE lower(c.reference) = lower(?)"_s, {reference.trimmed()}),
                  tr("Change request %1").arg(reference.trimmed()));
}

Result<bool> ReleaseStore::linkChangeRequest(Id changeId, Id releaseId) {
    auto q = m_db.exec(u"INSERT INTO change_request_releases (change_request_id, release_id) VALUES (?, ?) "
                       "ON CONFLICT (change_request_id, release_id) DO NOTHING"_s,
                       {changeId, releaseId});
    if (!q)
        return q.error();
    return (*q)->numRowsAffected() > 0;
}

Result<bool> ReleaseStore::unlinkChangeRequest(Id changeId, Id releaseId) {
    auto q = m_db.exec(u"DELETE FROM change_request_releases WHERE change_request_id = ? AND release_id = ?"_s,
                       {changeId, releaseId});
    if (!q)
        return q.error();
    return (*q)->numRowsAffected() > 0;
}

Result<Id> ReleaseStore::insert(const ChangeRequest &c) {
    if (auto r = changeWriter(m_db).requireFree(u"reference"_s, c.reference, c.id,
                                                tr("A change request %1 already exists.").arg(c.reference));
        !r)
        return r.error();
    auto id = changeWriter(m_db).insert(changeValues(c), c.id);
    if (!id)
        return id;
    for (Id releaseId : c.releaseIds) {
        if (auto linked = linkChangeRequest(*id, releaseId); !linked)
            return linked.error();
    }
    return id;
}

Result<void> ReleaseStore::update(const ChangeRequest &c) {
    if (auto r = changeWriter(m_db).requireFree(u"reference"_s, c.reference, c.id,
                                                tr("A change request %1 already exists.").arg(c.reference));
        !r)
        return r;
    return changeWriter(m_db).update(c.id, changeValues(c));
}

Result<void> ReleaseStore::removeChangeRequest(Id id) {
    return changeWriter(m_db).remove(id);
}

} // namespace relm

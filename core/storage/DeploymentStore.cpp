#include "DeploymentStore.h"

#include "storage/Database.h"
#include "storage/RowWriter.h"
#include "storage/StoreSupport.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

QVariant utc(const QDateTime &at) {
    return at.isValid() ? QVariant(at.toUTC().toString(Qt::ISODate)) : QVariant();
}

QDateTime fromUtc(const QVariant &value) {
    if (value.isNull())
        return {};
    QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODate);
    at.setTimeSpec(Qt::UTC);
    return at;
}

RowWriter deploymentWriter(Database &db) {
    return RowWriter(db, u"deployments"_s,
                     {u"release_id"_s, u"environment_id"_s, u"package_id"_s, u"planned_start"_s, u"planned_end"_s,
                      u"actual_start"_s, u"actual_end"_s, u"executed_by"_s, u"outcome"_s, u"notes"_s, u"emergency"_s,
                      u"emergency_reason"_s, u"inventory_before"_s});
}

QVariantList values(const Deployment &d) {
    return {d.releaseId,
            d.environmentId,
            nullableId(d.packageId),
            utc(d.plannedStart),
            utc(d.plannedEnd),
            utc(d.actualStart),
            utc(d.actualEnd),
            nullableId(d.executedBy),
            keyOf(d.outcome),
            d.notes,
            d.emergency,
            d.emergencyReason,
            QString::fromUtf8(QJsonDocument(contents::toJson(d.inventoryBefore)).toJson(QJsonDocument::Compact))};
}

RowWriter stepWriter(Database &db) {
    return RowWriter(db, u"runbook_steps"_s,
                     {u"deployment_id"_s, u"position"_s, u"title"_s, u"owner_id"_s, u"expected_minutes"_s, u"backout"_s,
                      u"point_of_no_return"_s, u"done_at"_s, u"done_by"_s, u"skip_reason"_s});
}

QVariantList values(const RunbookStep &s) {
    return {s.deploymentId,    s.position,    s.title,  nullableId(s.ownerId), s.expectedMinutes, s.backout,
            s.pointOfNoReturn, utc(s.doneAt), s.doneBy, s.skipReason};
}

RowWriter rollbackWriter(Database &db) {
    return RowWriter(db, u"rollbacks"_s, {u"deployment_id"_s, u"at_utc"_s, u"actor"_s, u"reason"_s});
}

RowWriter knownErrorWriter(Database &db) {
    return RowWriter(
        db, u"known_errors"_s,
        {u"release_id"_s, u"title"_s, u"symptom"_s, u"workaround"_s, u"reference"_s, u"fixed_in_release_id"_s});
}

QVariantList values(const KnownError &e) {
    return {e.releaseId, e.title, e.symptom, e.workaround, e.reference, nullableId(e.fixedInReleaseId)};
}

RowWriter reviewWriter(Database &db) {
    return RowWriter(db, u"release_reviews"_s,
                     {u"release_id"_s, u"outcome"_s, u"incidents"_s, u"incident_notes"_s, u"service_levels"_s,
                      u"lessons"_s, u"follow_ups"_s, u"complete"_s});
}

QVariantList values(const ReleaseReview &r) {
    return {r.releaseId, r.outcome,   r.incidents, r.incidentNotes, serviceLevelsKey(r.serviceLevels),
            r.lessons,   r.followUps, r.complete};
}

} // namespace

DeploymentStore::DeploymentStore(Database &db)
    : m_db(db) {}

Result<QList<Deployment>> DeploymentStore::queryDeployments(const QString &where, const QVariantList &values) {
    auto q = m_db.exec(u"SELECT id, release_id, environment_id, package_id, planned_start, planned_end, actual_start, "
                       "actual_end, executed_by, outcome, notes, emergency, emergency_reason, inventory_before "
                       "FROM deployments "_s +
                           where + u" ORDER BY COALESCE(actual_start, planned_start), id"_s,
                       values);
    if (!q)
        return q.error();
    QList<Deployment> result;
    while ((*q)->next()) {
        const QSqlQuery &r = **q;
        Deployment d;
        d.id = r.value(0).toLongLong();
        d.releaseId = r.value(1).toLongLong();
        d.environmentId = r.value(2).toLongLong();
        d.packageId = r.value(3).toLongLong();
        d.plannedStart = fromUtc(r.value(4));
        d.plannedEnd = fromUtc(r.value(5));
        d.actualStart = fromUtc(r.value(6));
        d.actualEnd = fromUtc(r.value(7));
        d.executedBy = r.value(8).toLongLong();
        d.outcome = fromKey<DeploymentOutcome>(r.value(9).toString()).value_or(DeploymentOutcome::Planned);
        d.notes = r.value(10).toString();
        d.emergency = r.value(11).toBool();
        d.emergencyReason = r.value(12).toString();
        d.inventoryBefore = contents::fromJson(QJsonDocument::fromJson(r.value(13).toString().toUtf8()).array());
        result.append(d);
    }
    (*q)->finish();
    return result;
}

Result<QList<Deployment>> DeploymentStore::deployments(Id releaseId) {
    const IdFilter filter = filterById(u"release_id"_s, releaseId);
    return queryDeployments(filter.clause, filter.values);
}

Result<QList<Deployment>> DeploymentStore::runsIn(Id environmentId) {
    return queryDeployments(u"WHERE environment_id = ? AND actual_start IS NOT NULL"_s, {environmentId});
}

Result<Deployment> DeploymentStore::deployment(Id id) {
    return single(queryDeployments(u"WHERE id = ?"_s, {id}),
                  QCoreApplication::translate("relm::DeploymentStore", "Deployment #%1").arg(id));
}

Result<Id> DeploymentStore::insert(const Deployment &deployment) {
    return deploymentWriter(m_db).insert(values(deployment), deployment.id);
}

Result<void> DeploymentStore::update(const Deployment &deployment) {
    return deploymentWriter(m_db).update(deployment.id, values(deployment));
}

Result<void> DeploymentStore::removeDeployment(Id id) {
    return deploymentWriter(m_db).remove(id);
}

Result<QList<RunbookStep>> DeploymentStore::querySteps(const QString &where, const QVariantList &values) {
    auto q = m_db.exec(u"SELECT id, deployment_id, position, title, owner_id, expected_minutes, backout, "
                       "point_of_no_return, done_at, done_by, skip_reason FROM runbook_steps "_s +
                           where + u" ORDER BY backout, position, id"_s,
                       values);
    if (!q)
        return q.error();
    QList<RunbookStep> result;
    while ((*q)->next()) {
        const QSqlQuery &r = **q;
        result.append(RunbookStep{r.value(0).toLongLong(), r.value(1).toLongLong(), r.value(2).toInt(),
                                  r.value(3).toString(), r.value(4).toLongLong(), r.value(5).toInt(),
                                  r.value(6).toBool(), r.value(7).toBool(), fromUtc(r.value(8)), r.value(9).toString(),
                                  r.value(10).toString()});
    }
    (*q)->finish();
    return result;
}

Result<QList<RunbookStep>> DeploymentStore::runbook(Id deploymentId) {
    return querySteps(u"WHERE deployment_id = ?"_s, {deploymentId});
}

Result<RunbookStep> DeploymentStore::step(Id id) {
    return single(querySteps(u"WHERE id = ?"_s, {id}),
                  QCoreApplication::translate("relm::DeploymentStore", "Runbook step #%1").arg(id));
}

Result<Id> DeploymentStore::insert(const RunbookStep &step) {
    return stepWriter(m_db).insert(values(step), step.id);
}

Result<void> DeploymentStore::update(const RunbookStep &step) {
    return stepWriter(m_db).update(step.id, values(step));
}

Result<void> DeploymentStore::removeStep(Id id) {
    return stepWriter(m_db).remove(id);
}

Result<QList<Rollback>> DeploymentStore::rollbacks(Id deploymentId) {
    const IdFilter filter = filterById(u"deployment_id"_s, deploymentId);
    auto q = m_db.exec(u"SELECT id, deployment_id, at_utc, actor, reason FROM rollbacks "_s + filter.clause +
                           u" ORDER BY id"_s,
                       filter.values);
    if (!q)
        return q.error();
    QList<Rollback> result;
    while ((*q)->next()) {
        const QSqlQuery &r = **q;
        result.append(Rollback{r.value(0).toLongLong(), r.value(1).toLongLong(), fromUtc(r.value(2)),
                               r.value(3).toString(), r.value(4).toString()});
    }
    (*q)->finish();
    return result;
}

Result<Id> DeploymentStore::insert(const Rollback &rollback) {
    return rollbackWriter(m_db).insert({rollback.deploymentId, utc(rollback.at), rollback.actor, rollback.reason},
                                       rollback.id);
}

Result<void> DeploymentStore::removeRollback(Id id) {
    return rollbackWriter(m_db).remove(id);
}

Result<QList<KnownError>> DeploymentStore::queryKnownErrors(const QString &where, const QVariantList &values) {
    auto q = m_db.exec(u"SELECT id, release_id, title, symptom, workaround, reference, fixed_in_release_id "
                       "FROM known_errors "_s +
                           where + u" ORDER BY id"_s,
                       values);
    if (!q)
        return q.error();
    QList<KnownError> result;
    while ((*q)->next()) {
        const QSqlQuery &r = **q;
        result.append(KnownError{r.value(0).toLongLong(), r.value(1).toLongLong(), r.value(2).toString(),
                                 r.value(3).toString(), r.value(4).toString(), r.value(5).toString(),
                                 r.value(6).toLongLong()});
    }
    (*q)->finish();
    return result;
}

Result<QList<KnownError>> DeploymentStore::knownErrors(Id releaseId) {
    const IdFilter filter = filterById(u"release_id"_s, releaseId);
    return queryKnownErrors(filter.clause, filter.values);
}

Result<KnownError> DeploymentStore::knownError(Id id) {
    return single(queryKnownErrors(u"WHERE id = ?"_s, {id}),
                  QCoreApplication::translate("relm::DeploymentStore", "Known error #%1").arg(id));
}

Result<Id> DeploymentStore::insert(const KnownError &error) {
    return knownErrorWriter(m_db).insert(values(error), error.id);
}

Result<void> DeploymentStore::update(const KnownError &error) {
    return knownErrorWriter(m_db).update(error.id, values(error));
}

Result<void> DeploymentStore::removeKnownError(Id id) {
    return knownErrorWriter(m_db).remove(id);
}

Result<QList<ReleaseReview>> DeploymentStore::queryReviews(const QString &where, const QVariantList &values) {
    auto q = m_db.exec(u"SELECT id, release_id, outcome, incidents, incident_notes, service_levels, lessons, "
                       "follow_ups, complete FROM release_reviews "_s +
                           where,
                       values);
    if (!q)
        return q.error();
    QList<ReleaseReview> result;
    while ((*q)->next()) {
        const QSqlQuery &r = **q;
        ReleaseReview review;
        review.id = r.value(0).toLongLong();
        review.releaseId = r.value(1).toLongLong();
        review.outcome = r.value(2).toString();
        review.incidents = r.value(3).toInt();
        review.incidentNotes = r.value(4).toString();
        review.serviceLevels =
            serviceLevelsFromKey(r.value(5).toString()).value_or(ReleaseReview::ServiceLevels::Unknown);
        review.lessons = r.value(6).toString();
        review.followUps = r.value(7).toString();
        review.complete = r.value(8).toBool();
        result.append(review);
    }
    (*q)->finish();
    return result;
}

Result<std::optional<ReleaseReview>> DeploymentStore::reviewOf(Id releaseId) {
    auto found = queryReviews(u"WHERE release_id = ?"_s, {releaseId});
    if (!found)
        return found.error();
    return found->isEmpty() ? std::optional<ReleaseReview>() : std::optional<ReleaseReview>(found->first());
}

Result<ReleaseReview> DeploymentStore::review(Id id) {
    return single(queryReviews(u"WHERE id = ?"_s, {id}),
                  QCoreApplication::translate("relm::DeploymentStore", "Review #%1").arg(id));
}

Result<Id> DeploymentStore::insert(const ReleaseReview &review) {
    return reviewWriter(m_db).insert(values(review), review.id);
}

Result<void> DeploymentStore::update(const ReleaseReview &review) {
    return reviewWriter(m_db).update(review.id, values(review));
}

Result<void> DeploymentStore::removeReview(Id id) {
    return reviewWriter(m_db).remove(id);
}

} // namespace relm

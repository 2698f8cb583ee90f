#include "RiskStore.h"

#include "storage/Database.h"
#include "storage/RowWriter.h"
#include "storage/StoreSupport.h"

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

RowWriter writer(Database &db) {
    return RowWriter(db, u"risks"_s,
                     {u"release_id"_s, u"title"_s, u"description"_s, u"category"_s, u"likelihood"_s, u"impact"_s,
                      u"owner_id"_s, u"mitigation"_s, u"contingency"_s, u"status"_s, u"review_date"_s, u"task_id"_s,
                      u"expected_delay_minutes"_s});
}

QVariantList values(const Risk &r) {
    return {r.releaseId,
            r.title,
            r.description,
            r.category,
            r.likelihood,
            r.impact,
            nullableId(r.ownerId),
            r.mitigation,
            r.contingency,
            riskStatusKey(r.status),
            r.reviewDate.isValid() ? QVariant(r.reviewDate.toString(Qt::ISODate)) : QVariant(),
            nullableId(r.taskId),
            r.expectedDelay};
}

} // namespace

RiskStore::RiskStore(Database &db)
    : m_db(db) {}

Result<QList<Risk>> RiskStore::query(const QString &where, const QVariantList &values) {
    auto q = m_db.exec(u"SELECT id, release_id, title, description, category, likelihood, impact, owner_id, "
                       "mitigation, contingency, status, review_date, task_id, expected_delay_minutes FROM risks "_s +
                           where + u" ORDER BY likelihood * impact DESC, id"_s,
                       values);
    if (!q)
        return q.error();
    QList<Risk> result;
    while ((*q)->next()) {
        const QSqlQuery &r = **q;
        Risk risk;
        risk.id = r.value(0).toLongLong();
        risk.releaseId = r.value(1).toLongLong();
        risk.title = r.value(2).toString();
        risk.description = r.value(3).toString();
        risk.category = r.value(4).toString();
        risk.likelihood = r.value(5).toInt();
        risk.impact = r.value(6).toInt();
        risk.ownerId = r.value(7).toLongLong();
        risk.mitigation = r.value(8).toString();
        risk.contingency = r.value(9).toString();
        risk.status = riskStatusFromKey(r.value(10).toString()).value_or(Risk::Status::Open);
        risk.reviewDate = QDate::fromString(r.value(11).toString(), Qt::ISODate);
        risk.taskId = r.value(12).toLongLong();
        risk.expectedDelay = r.value(13).toLongLong();
        result.append(risk);
    }
    (*q)->finish();
    return result;
}

Result<QList<Risk>> RiskStore::risks(Id releaseId) {
    const IdFilter filter = filterById(u"release_id"_s, releaseId);
    return query(filter.clause, filter.values);
}

Result<Risk> RiskStore::risk(Id id) {
    return single(query(u"WHERE id = ?"_s, {id}), QCoreApplication::translate("relm::RiskStore", "Risk #%1").arg(id));
}

Result<Id> RiskStore::insert(const Risk &risk) {
    return writer(m_db).insert(values(risk), risk.id);
}

Result<void> RiskStore::update(const Risk &risk) {
    return writer(m_db).update(risk.id, values(risk));
}

Result<void> RiskStore::removeRisk(Id id) {
    return writer(m_db).remove(id);
}

} // namespace relm

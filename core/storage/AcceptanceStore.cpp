#include "AcceptanceStore.h"

#include "storage/Database.h"
#include "storage/RowWriter.h"
#include "storage/StoreSupport.h"

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

RowWriter criterionWriter(Database &db) {
    return RowWriter(db, u"acceptance_criteria"_s,
                     {u"release_id"_s, u"description"_s, u"category"_s, u"acceptor_role"_s, u"evidence_note"_s,
                      u"evidence_link"_s, u"evidence_file"_s, u"evidence_sha256"_s, u"status"_s, u"waiver_reason"_s});
}

QVariantList values(const AcceptanceCriterion &c) {
    return {c.releaseId,    c.description,  keyOf(c.category), keyOf(c.acceptorRole), c.evidenceNote,
            c.evidenceLink, c.evidenceFile, c.evidenceSha256,  keyOf(c.status),       c.waiverReason};
}

RowWriter policyWriter(Database &db) {
    return RowWriter(db, u"release_policies"_s,
                     {u"release_type"_s, u"signoffs"_s, u"required_categories"_s, u"minimum_lead_hours"_s,
                      u"frozen_baseline_required"_s, u"emergency_authoriser"_s});
}

QVariantList values(const ReleasePolicy &p) {
    return {keyOf(p.releaseType),
            policy::signOffsToText(p.signOffs),
            policy::categoriesToText(p.requiredCategories),
            p.minimumLeadHours,
            p.frozenBaselineRequired,
            p.emergencyAuthoriser ? keyOf(*p.emergencyAuthoriser) : QString()};
}

RowWriter waiverWriter(Database &db) {
    return RowWriter(db, u"finding_waivers"_s,
                     {u"release_id"_s, u"finding_key"_s, u"finding"_s, u"reason"_s, u"person_id"_s, u"login"_s,
                      u"printed_name"_s, u"role"_s, u"waived_at"_s});
}

} // namespace

AcceptanceStore::AcceptanceStore(Database &db)
    : m_db(db) {}

Result<QList<AcceptanceCriterion>> AcceptanceStore::queryCriteria(const QString &where, const QVariantList &values) {
    auto q = m_db.exec(u"SELECT id, release_id, description, category, acceptor_role, evidence_note, evidence_link, "
                       "evidence_file, evidence_sha256, status, waiver_reason FROM acceptance_criteria "_s +
                           where + u" ORDER BY id"_s,
                       values);
    if (!q)
        return q.error();
    QList<AcceptanceCriterion> result;
    while ((*q)->next()) {
        const QSqlQuery &r = **q;
        AcceptanceCriterion c;
        c.id = r.value(0).toLongLong();
        c.releaseId = r.value(1).toLongLong();
        c.description = r.value(2).toString();
        c.category = fromKey<CriterionCategory>(r.value(3).toString()).value_or(CriterionCategory::Functional);
        c.acceptorRole = fromKey<Role>(r.value(4).toString()).value_or(Role::TestManager);
        c.evidenceNote = r.value(5).toString();
        c.evidenceLink = r.value(6).toString();
        c.evidenceFile = r.value(7).toString();
        c.evidenceSha256 = r.value(8).toString();
        c.status = fromKey<CriterionStatus>(r.value(9).toString()).value_or(CriterionStatus::Open);
        c.waiverReason = r.value(10).toString();
        result.append(c);
    }
    (*q)->finish();
    return result;
}

Result<QList<AcceptanceCriterion>> AcceptanceStore::criteria(Id releaseId) {
    const IdFilter filter = filterById(u"release_id"_s, releaseId);
    return queryCriteria(filter.clause, filter.values);
}

Result<AcceptanceCriterion> AcceptanceStore::criterion(Id id) {
    return single(queryCriteria(u"WHERE id = ?"_s, {id}),
                  QCoreApplication::translate("relm::AcceptanceStore", "Criterion #%1").arg(id));
}

Result<Id> AcceptanceStore::insert(const AcceptanceCriterion &criterion) {
    return criterionWriter(m_db).insert(values(criterion), criterion.id);
}

Result<void> AcceptanceStore::update(const AcceptanceCriterion &criterion) {
    return criterionWriter(m_db).update(criterion.id, values(criterion));
}

Result<void> AcceptanceStore::removeCriterion(Id id) {
    return criterionWriter(m_db).remove(id);
}

Result<QList<ReleasePolicy>> AcceptanceStore::queryPolicies(const QString &where, const QVariantList &values) {
    auto q = m_db.exec(u"SELECT id, release_type, signoffs, required_categories, minimum_lead_hours, "
                       "frozen_baseline_required, emergency_authoriser FROM release_policies "_s +
                           where + u" ORDER BY id"_s,
                       values);
    if (!q)
        return q.error();
    QList<ReleasePolicy> result;
    while ((*q)->next()) {
        const QSqlQuery &r = **q;
        ReleasePolicy p;
        p.id = r.value(0).toLongLong();
        p.releaseType = fromKey<ReleaseType>(r.value(1).toString()).value_or(ReleaseType::Minor);
        p.signOffs = policy::signOffsFromText(r.value(2).toString()).value_or(QList<SignOffRequirement>{});
        p.requiredCategories = policy::categoriesFromText(r.value(3).toString()).value_or(QList<CriterionCategory>{});
        p.minimumLeadHours = r.value(4).toInt();
        p.frozenBaselineRequired = r.value(5).toBool();
        if (const QString role = r.value(6).toString(); !role.isEmpty())
            p.emergencyAuthoriser = fromKey<Role>(role);
        result.append(p);
    }
    (*q)->finish();
    return result;
}

Result<QList<ReleasePolicy>> AcceptanceStore::policies() {
    return queryPolicies({}, {});
}

Result<ReleasePolicy> AcceptanceStore::policy(Id id) {
    return single(queryPolicies(u"WHERE id = ?"_s, {id}),
                  QCoreApplication::translate("relm::AcceptanceStore", "Policy #%1").arg(id));
}

Result<std::optional<ReleasePolicy>> AcceptanceStore::policyFor(ReleaseType type) {
    auto found = queryPolicies(u"WHERE release_type = ?"_s, {keyOf(type)});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<ReleasePolicy>();
    return std::optional<ReleasePolicy>(found->first());
}

Result<Id> AcceptanceStore::insert(const ReleasePolicy &policy) {
    auto writer = policyWriter(m_db);
    if (auto r = writer.requireFree(
            u"release_type"_s, keyOf(policy.releaseType), policy.id,
            QCoreApplication::translate("relm::AcceptanceStore", "%1 releases already have a policy.")
                .arg(labelOf(policy.releaseType)));
        !r)
        return r.error();
    return writer.insert(values(policy), policy.id);
}

Result<void> AcceptanceStore::update(const ReleasePolicy &policy) {
    return policyWriter(m_db).update(policy.id, values(policy));
}

Result<void> AcceptanceStore::removePolicy(Id id) {
    return policyWriter(m_db).remove(id);
}

Result<QList<FindingWaiver>> AcceptanceStore::queryWaivers(const QString &where, const QVariantList &values) {
    auto q = m_db.exec(u"SELECT id, release_id, finding_key, finding, reason, person_id, login, printed_name, role, "
                       "waived_at FROM finding_waivers "_s +
                           where + u" ORDER BY id"_s,
                       values);
    if (!q)
        return q.error();
    QList<FindingWaiver> result;
    while ((*q)->next()) {
        const QSqlQuery &r = **q;
        FindingWaiver w;
        w.id = r.value(0).toLongLong();
        w.releaseId = r.value(1).toLongLong();
        w.findingKey = r.value(2).toString();
        w.finding = r.value(3).toString();
        w.reason = r.value(4).toString();
        w.personId = r.value(5).toLongLong();
        w.login = r.value(6).toString();
        w.printedName = r.value(7).toString();
        w.role = fromKey<Role>(r.value(8).toString()).value_or(Role::ChangeBoard);
        w.waivedAt = QDateTime::fromString(r.value(9).toString(), Qt::ISODate);
        w.waivedAt.setTimeSpec(Qt::UTC);
        result.append(w);
    }
    (*q)->finish();
    return result;
}

Result<QList<FindingWaiver>> AcceptanceStore::waivers(Id releaseId) {
    return queryWaivers(u"WHERE release_id = ?"_s, {releaseId});
}

Result<FindingWaiver> AcceptanceStore::waiver(Id id) {
    return single(queryWaivers(u"WHERE id = ?"_s, {id}),
                  QCoreApplication::translate("relm::AcceptanceStore", "Waiver #%1").arg(id));
}

Result<Id> AcceptanceStore::insert(const FindingWaiver &w) {
    return waiverWriter(m_db).insert({w.releaseId, w.findingKey, w.finding, w.reason, w.personId, w.login,
                                      w.printedName, keyOf(w.role), w.waivedAt.toUTC().toString(Qt::ISODate)},
                                     w.id);
}

Result<void> AcceptanceStore::removeWaiver(Id id) {
    return waiverWriter(m_db).remove(id);
}

} // namespace relm

#include "ChangeContext.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/NotesTemplateStore.h"

namespace relm {

ChangeContext::ChangeContext(Database &db, ReleaseStore &releases, CatalogueStore &catalogue, DirectoryStore &directory,
                             DeliveryStore &delivery, PlanStore &plan, RiskStore &risks, AcceptanceStore &acceptance,
                             SignOffStore &signOffs, DeploymentStore &deployments, Person actor, QDateTime now)
    : m_db(db)
    , m_releases(releases)
    , m_catalogue(catalogue)
    , m_directory(directory)
    , m_delivery(delivery)
    , m_plan(plan)
    , m_risks(risks)
    , m_acceptance(acceptance)
    , m_signOffs(signOffs)
    , m_deployments(deployments)
    , m_calendar(db)
    , m_actor(std::move(actor))
    , m_now(std::move(now)) {}

Result<void> ChangeContext::audit(const QString &entity, Id entityId, const QString &action, Id releaseId,
                                  const QString &summary, const QJsonObject &before, const QJsonObject &after) {
    AuditEntry entry;
    entry.at = m_now;
    entry.actorId = m_actor.id;
    entry.actorLogin = m_actor.login;
    entry.entity = entity;
    entry.entityId = entityId;
    entry.action = action;
    entry.releaseId = releaseId;
    entry.summary = summary;
    entry.before = before;
    entry.after = after;
    auto appended = AuditLog(m_db).append(entry);
    if (!appended)
        return appended.error();
    return {};
}

NotesTemplateStore ChangeContext::notesTemplates() {
    return NotesTemplateStore(m_db);
}

Result<void> ChangeContext::lockRow(const QString &table, Id id) {
    if (!m_db.isServer())
        return {};
    auto q = m_db.exec(QStringLiteral("SELECT id FROM %1 WHERE id = ? FOR UPDATE").arg(table), {id});
    if (!q)
        return q.error();
    (*q)->finish();
    return {};
}

} // namespace relm

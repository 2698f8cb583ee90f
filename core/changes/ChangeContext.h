#pragma once

#include "Result.h"
#include "changes/ChangeNotice.h"
#include "domain/Directory.h"
#include "domain/Plan.h"
#include "storage/CalendarStore.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <functional>

namespace relm {

class Database;
class ReleaseStore;
class CatalogueStore;
class DirectoryStore;
class DeliveryStore;
class PlanStore;
class RiskStore;
class AcceptanceStore;
class SignOffStore;
class DeploymentStore;
class NotesTemplateStore;

/// Every task and dependency of one release as a change has just written them, when it wrote the
/// release's whole plan (an import into a release without one): the write door schedules these
/// rows rather than reading back what it was handed a moment before.
struct WrittenPlan {
    Id releaseId = 0;
    QList<PlanTask> tasks;
    QList<PlanLink> links;
};

/// What a Change may touch while it runs inside the Workspace's transaction: the stores, the
/// audit trail (written in the same transaction), and the notices sent once it commits.
class ChangeContext final {
public:
    ChangeContext(Database &db, ReleaseStore &releases, CatalogueStore &catalogue, DirectoryStore &directory,
                  DeliveryStore &delivery, PlanStore &plan, RiskStore &risks, AcceptanceStore &acceptance,
                  SignOffStore &signOffs, DeploymentStore &deployments, Person actor, QDateTime now);

    ReleaseStore &releases() { return m_releases; }
    CatalogueStore &catalogue() { return m_catalogue; }
    DirectoryStore &directory() { return m_directory; }
    DeliveryStore &delivery() { return m_delivery; }
    PlanStore &plan() { return m_plan; }
    RiskStore &risks() { return m_risks; }
    AcceptanceStore &acceptance() { return m_acceptance; }
    SignOffStore &signOffs() { return m_signOffs; }
    DeploymentStore &deployments() { return m_deployments; }
    /// The notes templates and the organisation's look (a store needs nothing but the database).
    NotesTemplateStore notesTemplates();
    /// The change calendar: windows, freeze overrides and meetings.
    CalendarStore &calendar() { return m_calendar; }
    Database &database() { return m_db; }
    /// Holds the row until the change ends, so that another client cannot change it between this
    /// change's check and its write (on a server; in a file one writer holds the whole database).
    Result<void> lockRow(const QString &table, Id id);
    /// Locks the release: gates and sign-offs of one release are decided one after another, so
    /// that two people cannot approve past each other or race a quorum.
    Result<void> lockRelease(Id releaseId) { return lockRow(QStringLiteral("releases"), releaseId); }
    const QDateTime &now() const { return m_now; }
    const Person &actor() const { return m_actor; }
    /// True while Relm itself fills a new database (the demo): only then may history be recorded
    /// directly, such as releases past Draft and deployments that already ran.
    bool isSetup() const { return m_actor.id == 0; }

    /// Records one audit entry; entity is a stable key such as "release".
    Result<void> audit(const QString &entity, Id entityId, const QString &action, Id releaseId, const QString &summary,
                       const QJsonObject &before, const QJsonObject &after);
    void notify(const ChangeNotice &notice) { m_notices.append(notice); }
    const QList<ChangeNotice> &notices() const { return m_notices; }
    /// Hands the door the release's whole plan, about to be written as it is (see WrittenPlan),
    /// and returns it; the door may start scheduling it at once. It stands only while nothing
    /// else is changed: a notice sent after it takes it back.
    const WrittenPlan &setWrittenPlan(WrittenPlan plan) {
        m_writtenPlan = std::move(plan);
        m_noticesBeforeWrittenPlan = m_notices.size();
        if (m_writtenPlanObserver)
            m_writtenPlanObserver(m_writtenPlan);
        return m_writtenPlan;
    }
    /// Who hears of a written plan as soon as it is handed over (the Workspace's plan cache).
    void setWrittenPlanObserver(std::function<void(const WrittenPlan &)> observer) {
        m_writtenPlanObserver = std::move(observer);
    }
    const WrittenPlan *writtenPlan() const {
        return m_writtenPlan.releaseId != 0 && m_notices.size() == m_noticesBeforeWrittenPlan ? &m_writtenPlan
                                                                                              : nullptr;
    }

private:
    Database &m_db;
    ReleaseStore &m_releases;
    CatalogueStore &m_catalogue;
    DirectoryStore &m_directory;
    DeliveryStore &m_delivery;
    PlanStore &m_plan;
    RiskStore &m_risks;
    AcceptanceStore &m_acceptance;
    SignOffStore &m_signOffs;
    DeploymentStore &m_deployments;
    CalendarStore m_calendar;
    Person m_actor;
    QDateTime m_now;
    QList<ChangeNotice> m_notices;
    WrittenPlan m_writtenPlan;
    qsizetype m_noticesBeforeWrittenPlan = 0;
    std::function<void(const WrittenPlan &)> m_writtenPlanObserver;
};

} // namespace relm

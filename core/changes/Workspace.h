#pragma once

#include "Result.h"
#include "changes/ChangeNotice.h"
#include "domain/Directory.h"
#include "storage/ServerAddress.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace relm {

class AuditLog;
class CatalogueStore;
class Change;
class Database;
class DirectoryStore;
class DeliveryStore;
class PlanStore;
class CalendarStore;
class RiskStore;
class AcceptanceStore;
class SignOffStore;
class DeploymentStore;
class ReleaseStore;
class ServerChangeFeed;
class NotesTemplateStore;
namespace planning {
class PlanCache;
}

/// An open Relm database as the application works with it: read access through the stores, and
/// the one door for writes (apply/revert a Change in a transaction, with its audit entries),
/// acting as one person. Emits a notice for every record a committed change touched.
class Workspace final : public QObject {
    Q_OBJECT

public:
    explicit Workspace(std::unique_ptr<Database> database, QObject *parent = nullptr);
    ~Workspace() override;
    Q_DISABLE_COPY_MOVE(Workspace)

    /// Opens (or creates) a SQLite database file.
    static Result<std::unique_ptr<Workspace>> openFile(const QString &path, int busyTimeoutMs = 5000);
    /// Connects to a shared database on a PostgreSQL server; see Database::openServer(). An empty
    /// database gets Relm's tables only when asked (init).
    static Result<std::unique_ptr<Workspace>> openServer(const ServerAddress &address, bool createWhenEmpty = false);
    /// The server's address with its password, for another connection of this person's (a backup
    /// read beside the window); empty for a file.
    const std::optional<ServerAddress> &serverAddress() const { return m_serverAddress; }

    Database &database() { return *m_database; }
    ReleaseStore &releases() { return *m_releases; }
    CatalogueStore &catalogue() { return *m_catalogue; }
    DirectoryStore &directory() { return *m_directory; }
    DeliveryStore &delivery() { return *m_delivery; }
    PlanStore &plan() { return *m_plan; }
    RiskStore &risks() { return *m_risks; }
    AcceptanceStore &acceptance() { return *m_acceptance; }
    SignOffStore &signOffs() { return *m_signOffs; }
    DeploymentStore &deployments() { return *m_deployments; }
    AuditLog &auditLog() { return *m_auditLog; }
    NotesTemplateStore &notesTemplates() { return *m_notesTemplates; }
    CalendarStore &calendar() { return *m_calendar; }
    /// Release plans as last scheduled (the write door keeps them current; views read them).
    planning::PlanCache &plans() { return *m_plans; }

    const Person &actingPerson() const { return m_actor; }
    /// Acts as the person with this login from now on.
    Result<void> actAs(const QString &login);
    /// Picks who acts when nobody was chosen: the preferred login, else the OS user, else the first person.
    Result<void> actAsDefault(const QString &preferredLogin = {});

    /// Acts as Relm itself, for setting up a new database before anyone is in it.
    void actAsSetup();

    /// Overrides the clock used for audit time stamps (tests).
    void setClock(std::function<QDateTime()> clock);
    const std::function<QDateTime()> &clock() const { return m_clock; }

    Result<void> apply(Change &change);
    Result<void> revert(Change &change);

    /// On a server: from now on, other people's committed changes arrive as changed() too (in a
    /// program with an event loop: the window). Call it before the views first read.
    Result<void> startLiveRefresh();
    /// Whether they arrive, and if not why; empty for a file, where nobody else writes.
    QString liveRefreshState() const;

Q_SIGNALS:
    /// A committed change: this workspace's own, or (with live refresh) another client's.
    void changed(const relm::ChangeNotice &notice);
    void actingPersonChanged(const relm::Person &person);
    void liveRefreshChanged(bool live, const QString &state);

private:
    Result<void> run(Change &change, bool forward);

    std::unique_ptr<Database> m_database;
    std::unique_ptr<ReleaseStore> m_releases;
    std::unique_ptr<CatalogueStore> m_catalogue;
    std::unique_ptr<DirectoryStore> m_directory;
    std::unique_ptr<DeliveryStore> m_delivery;
    std::unique_ptr<PlanStore> m_plan;
    std::unique_ptr<RiskStore> m_risks;
    std::unique_ptr<AcceptanceStore> m_acceptance;
    std::unique_ptr<SignOffStore> m_signOffs;
    std::unique_ptr<DeploymentStore> m_deployments;
    std::unique_ptr<AuditLog> m_auditLog;
    std::unique_ptr<NotesTemplateStore> m_notesTemplates;
    std::unique_ptr<CalendarStore> m_calendar;
    std::unique_ptr<planning::PlanCache> m_plans;
    Person m_actor;
    std::function<QDateTime()> m_clock;
    std::optional<ServerAddress> m_serverAddress; ///< with its password: the live feed connects too
    std::unique_ptr<ServerChangeFeed> m_feed;
};

/// The login of the operating system user, for picking who acts by default.
QString operatingSystemUser();

} // namespace relm

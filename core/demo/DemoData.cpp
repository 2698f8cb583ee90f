#include "DemoData.h"

#include "changes/DeliveryChanges.h"
#include "changes/RecordChanges.h"
#include "changes/ReleaseChanges.h"
#include "changes/Workspace.h"
#include "demo/DemoAssurance.h"
#include "demo/DemoCalendar.h"
#include "demo/DemoChanges.h"
#include "demo/DemoClock.h"
#include "demo/DemoDeployments.h"
#include "demo/DemoNotesLook.h"
#include "demo/DemoRisks.h"
#include "demo/DemoSchedules.h"
#include "storage/CatalogueStore.h"
#include "storage/Database.h"
#include "storage/DeliveryStore.h"
#include "storage/DirectoryStore.h"
#include "storage/ReleaseStore.h"

#include <QCryptographicHash>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

struct DemoPerson {
    const char *login;
    const char16_t *name;
    QList<Role> roles;
};

const QList<DemoPerson> people = {
    {"alice", u"Alice Martin", {Role::ReleaseManager}},
    {"bob", u"Bob Chen", {Role::TestManager}},
    {"carla", u"Carla Rossi", {Role::BusinessOwner}},
    {"dev", u"Dev Patel", {Role::ChangeBoard}},
    {"erik", u"Erik Larsen", {Role::ChangeBoard, Role::OperationsAcceptance}},
    {"fatima", u"Fatima Khan", {Role::OperationsAcceptance}},
    {"georg", u"Georg M\u00fcller", {Role::BuildEngineer, Role::DeploymentEngineer}},
    {"hana", u"\u4f50\u85e4 \u82b1 (Hana Sato)", {Role::ChangeBoard, Role::TestManager}},
    {"ivan", u"Ivan Petrov", {Role::ReleaseManager}},
};

struct DemoEnvironment {
    const char *name;
    EnvironmentKind kind;
    const char *description;
};

const QList<DemoEnvironment> environments = {
    {"Build", EnvironmentKind::Build, "CI build farm"},
    {"Test", EnvironmentKind::Test, "Integration and system test"},
    {"Staging", EnvironmentKind::Staging, "Production-like, for acceptance and dress rehearsals"},
    {"Production", EnvironmentKind::Production, "Live service"},
    {"Training", EnvironmentKind::Other, "Classroom copy for user training"},
};

struct DemoComponent {
    const char *name;
    ComponentKind kind;
    const char *owner;
    const char *description;
    QStringList versions;
};

const QList<DemoComponent> components = {
    {"auth-service",
     ComponentKind::Application,
     "georg",
     "Single sign-on and token service",
     {u"2.2.0"_s, u"2.3.0"_s, u"2.3.1"_s, u"3.0.0-rc.1"_s}},
    {"billing-api",
     ComponentKind::Application,
     "georg",
     "Invoicing and payment API",
     {u"4.8.0"_s, u"4.9.0"_s, u"4.10.0"_s}},
    {"customer-portal",
     ComponentKind::Application,
     "alice",
     "Self-service web portal",
     {u"1.14.0"_s, u"1.15.0"_s, u"1.16.0"_s, u"2.0.0"_s}},
    {"mobile-app",
     ComponentKind::Application,
     "alice",
     "iOS and Android customer app",
     {u"5.1.0"_s, u"5.2.0"_s, u"5.3.0"_s}},
    {"notification-hub",
     ComponentKind::Application,
     "georg",
     "E-mail, SMS and push notifications",
     {u"0.9.0"_s, u"1.0.0"_s, u"1.1.0"_s}},
    {"postgresql", ComponentKind::SystemSoftware, "erik", "Database server", {u"14.10"_s, u"15.5"_s, u"15.6"_s}},
    {"openjdk", ComponentKind::SystemSoftware, "erik", "Java runtime", {u"17.0.9"_s, u"21.0.2"_s}},
    {"nginx", ComponentKind::UtilitySoftware, "erik", "Reverse proxy", {u"1.24.0"_s, u"1.26.1"_s}},
    {"logship", ComponentKind::UtilitySoftware, "georg", "Log shipping agent", {u"3.1.0"_s, u"3.2.0"_s}},
    {"payments-gateway",
     ComponentKind::ExternalSoftware,
     "carla",
     "Supplier payment gateway (custom build)",
     {u"7.4"_s, u"7.5"_s}},
    {"crm-suite", ComponentKind::ExternalSoftware, "carla", "Off-the-shelf CRM", {u"2025.3"_s, u"2026.1"_s}},
    {"edge-router-x200",
     ComponentKind::Hardware,
     "fatima",
     "Branch edge router (hardware and specification)",
     {u"rev-B"_s, u"rev-C"_s}},
    {"user-manual",
     ComponentKind::Documentation,
     "alice",
     "Customer user manual",
     {u"2026.1"_s, u"2026.2"_s, u"2026.3"_s}},
    {"service-catalogue-entry",
     ComponentKind::ServiceDocumentation,
     "carla",
     "Service catalogue entry and SLA for Online Billing",
     {u"v7"_s, u"v8"_s}},
};

struct DemoRelation {
    const char *version; ///< "component@version"
    VersionRelation::Kind kind;
    const char *component;
    const char *range;
};

using K = VersionRelation::Kind;

// Requirements and conflicts between catalogue versions; some of them make findings in the demo.
const QList<DemoRelation> relations = {
    {"billing-api@4.9.0", K::Requires, "auth-service", ">=2.3 <3"},
    {"billing-api@4.10.0", K::Requires, "auth-service", ">=2.3 <3"},
    {"billing-api@4.10.0", K::Conflicts, "payments-gateway", "<7.5"},
    {"customer-portal@1.16.0", K::Requires, "auth-service", ">=2.3"},
    {"customer-portal@2.0.0", K::Requires, "auth-service", ">=2.3.1 <3"},
    {"customer-portal@2.0.0", K::Requires, "notification-hub", ">=1.1"},
    {"mobile-app@5.3.0", K::Requires, "auth-service", ">=2.3"},
    {"notification-hub@1.1.0", K::Requires, "postgresql", ">=15"},
    {"auth-service@3.0.0-rc.1", K::Requires, "postgresql", ">=15.6"},
    {"crm-suite@2026.1", K::Requires, "openjdk", ">=21"},
    {"crm-suite@2026.1", K::Conflicts, "nginx", "<1.26"},
    {"logship@3.2.0", K::Requires, "auth-service", ">=2.3"},
};

struct DemoInventory {
    const char *environment;
    const char *reason;
    QStringList runs; ///< "component@version"
};

// Environment states, oldest first: the last one per environment is what it runs now.
const QList<DemoInventory> inventories = {
    {"Production",
     "2026.2 Spring deployed",
     {u"auth-service@2.2.0"_s, u"billing-api@4.8.0"_s, u"customer-portal@1.14.0"_s, u"mobile-app@5.1.0"_s,
      u"postgresql@14.10"_s, u"nginx@1.24.0"_s, u"openjdk@17.0.9"_s, u"logship@3.1.0"_s, u"payments-gateway@7.4"_s,
      u"crm-suite@2025.3"_s, u"user-manual@2026.1"_s}},
    {"Production",
     "2026.3 Summer deployed",
     {u"auth-service@2.3.0"_s, u"billing-api@4.9.0"_s, u"customer-portal@1.15.0"_s, u"mobile-app@5.2.0"_s,
      u"notification-hub@1.0.0"_s, u"postgresql@15.5"_s, u"nginx@1.24.0"_s, u"openjdk@17.0.9"_s, u"logship@3.1.0"_s,
      u"payments-gateway@7.4"_s, u"crm-suite@2025.3"_s, u"user-manual@2026.2"_s}},
    {"Staging",
     "2026.4 Autumn rehearsal",
     {u"auth-service@2.3.1"_s, u"billing-api@4.10.0"_s, u"customer-portal@2.0.0"_s, u"mobile-app@5.3.0"_s,
      u"notification-hub@1.1.0"_s, u"postgresql@15.5"_s, u"nginx@1.26.1"_s, u"openjdk@17.0.9"_s, u"logship@3.1.0"_s,
      u"payments-gateway@7.5"_s, u"crm-suite@2025.3"_s, u"user-manual@2026.3"_s}},
    {"Test",
     "2026.4 Autumn build 2",
     {u"auth-service@2.3.1"_s, u"billing-api@4.10.0"_s, u"customer-portal@2.0.0"_s, u"mobile-app@5.3.0"_s,
      u"notification-hub@1.1.0"_s, u"postgresql@15.5"_s, u"payments-gateway@7.5"_s}},
};

struct DemoRelease {
    const char *name;
    const char *version;
    ReleaseType type;
    ReleaseStatus status;
    const char *owner;
    const char *service;
    int startOffsetDays;
    int lengthDays;
    DeploymentApproach approach;
    const char *backout;
    const char *description;
    QList<std::pair<const char *, QStringList>> packages; ///< name -> "component@version"
    QList<DemoChange> changes;
    const char *targetEnvironment = nullptr;
    bool requireFingerprints = false;
};

const QList<DemoRelease> releases = {
    {"2026.2 Spring",
     "2026.2",
     ReleaseType::Major,
     ReleaseStatus::Reviewed,
     "alice",
     "Online Billing",
     -240,
     45,
     DeploymentApproach::Phased,
     "Restore the previous application versions from the 2026.1 baseline; database changes are additive.",
     "Spring release: new invoice layout and faster sign-in.",
     {{"Application", {u"auth-service@2.2.0"_s, u"billing-api@4.8.0"_s, u"customer-portal@1.14.0"_s}},
      {"Documentation", {u"user-manual@2026.1"_s}}},
     {{"RFC-1001", "New invoice layout", ChangeKind::Feature, ChangeStatus::Implemented,
       "Invoices have a clearer layout: totals first, then the lines, with VAT per rate."},
      {"RFC-1002", "Faster sign-in", ChangeKind::Improvement, ChangeStatus::Implemented,
       "Signing in takes about half as long.", "", "Session cache moved to the auth service (PRB-311)."}}},
    {"2026.3 Summer",
     "2026.3",
     ReleaseType::Minor,
     ReleaseStatus::Deployed,
     "alice",
     "Online Billing",
     -120,
     40,
     DeploymentApproach::BigBang,
     "Redeploy 2026.2 packages; run the rollback script for the notification tables.",
     "Summer release: notification hub goes live.",
     {{"Application",
       {u"auth-service@2.3.0"_s, u"billing-api@4.9.0"_s, u"customer-portal@1.15.0"_s, u"notification-hub@1.0.0"_s}},
      {"Platform", {u"postgresql@15.5"_s, u"nginx@1.24.0"_s}}},
     {{"RFC-1010", "Customer notifications by e-mail and SMS", ChangeKind::Feature, ChangeStatus::Implemented,
       "You can now be told by e-mail or text message when an invoice is ready.",
       "Choose how you want to be told under Settings \u25B8 Notifications."},
      {"RFC-1011", "Upgrade database to PostgreSQL 15", ChangeKind::Improvement, ChangeStatus::Implemented, "", "",
       "Database servers move from PostgreSQL 13 to 15; extensions rebuilt."}}},
    {"2026.4 Autumn",
     "2026.4",
     ReleaseType::Major,
     ReleaseStatus::Testing,
     "alice",
     "Online Billing",
     -20,
     50,
     DeploymentApproach::Pilot,
     "Pilot region first; on failure switch the pilot back to 2026.3 via the load balancer and redeploy.",
     "Autumn release: customer portal 2.0, mobile app refresh and new payment gateway.",
     {{"Application",
       {u"auth-service@2.3.1"_s, u"billing-api@4.10.0"_s, u"customer-portal@2.0.0"_s, u"mobile-app@5.3.0"_s}},
      {"Integration", {u"payments-gateway@7.5"_s, u"notification-hub@1.1.0"_s}},
      {"Documentation", {u"user-manual@2026.3"_s, u"service-catalogue-entry@v8"_s}}},
     {{"RFC-1020", "Customer portal 2.0", ChangeKind::Feature, ChangeStatus::InProgress,
       "A new customer portal: all invoices, payments and contracts on one page, and it works on phones.",
       "Bookmarks to the old portal's pages stop working: start from the portal's home page once.",
       "Replaces portal 1.x; keeps the old URLs as redirects for 90 days (PRB-402)."},
      {"RFC-1021", "Switch to payment gateway 7.5", ChangeKind::Improvement, ChangeStatus::Approved,
       "Card payments use a newer, faster payment service.",
       "Cards saved before this release must be confirmed once at the next payment.",
       "Gateway 7.5 needs TLS 1.3 on the integration hosts."},
      {"RFC-1022", "Mobile app dark mode", ChangeKind::Feature, ChangeStatus::Approved,
       "The mobile app follows your phone's dark mode."},
      {"RFC-1030", "VAT rounding on long invoices", ChangeKind::Fix, ChangeStatus::Implemented,
       "VAT on invoices with more than 100 lines is rounded correctly again.", "",
       "Also shipped as Hotfix 2026.3.1; this release carries the fix forward."},
      {"RFC-1023", "Retire the legacy print queue", ChangeKind::Improvement, ChangeStatus::Proposed, "", "",
       "Internal clean-up; no customer-visible effect."}},
     "Production",
     true},
    {"Hotfix 2026.3.1",
     "2026.3.1",
     ReleaseType::Emergency,
     ReleaseStatus::AwaitingSignOff,
     "ivan",
     "Online Billing",
     -3,
     5,
     DeploymentApproach::BigBang,
     "Redeploy billing-api 4.9.0.",
     "Fixes rounding of VAT on invoices with more than 100 lines.",
     {{"Fix", {u"billing-api@4.10.0"_s}}},
     {{"RFC-1030", "VAT rounding on long invoices", ChangeKind::Fix, ChangeStatus::Implemented,
       "VAT on invoices with more than 100 lines is rounded correctly again.",
       "If you received an invoice with more than 100 lines since 1 November, check the corrected copy in the "
       "portal.",
       "Rounding moved from line level to invoice level (PRB-415)."}},
     "Production",
     true},
    {"2027.1 Winter",
     "2027.1",
     ReleaseType::Major,
     ReleaseStatus::Planned,
     "ivan",
     "Customer Care",
     40,
     60,
     DeploymentApproach::Phased,
     "Each phase can be reverted independently by redeploying 2026.4.",
     "CRM upgrade and Java 21 for all services.",
     {{"Platform", {u"openjdk@21.0.2"_s, u"postgresql@15.6"_s, u"logship@3.2.0"_s}}, {"CRM", {u"crm-suite@2026.1"_s}}},
     {{"RFC-1040", "CRM suite 2026.1", ChangeKind::Feature, ChangeStatus::Approved,
       "Customer Care sees your full history in one place and can answer more questions on the first call."},
      {"RFC-1041", "Move services to Java 21", ChangeKind::Improvement, ChangeStatus::Approved, "", "",
       "All Java services move to OpenJDK 21."}},
     "Production"},
    {"Branch network refresh",
     "2027.2",
     ReleaseType::Minor,
     ReleaseStatus::Draft,
     "alice",
     "Branch Connectivity",
     90,
     30,
     DeploymentApproach::Pilot,
     "",
     "Replace edge routers in the branches, starting with two pilot sites.",
     {{"Hardware", {u"edge-router-x200@rev-C"_s}}},
     {{"RFC-1050", "Edge router replacement", ChangeKind::Improvement, ChangeStatus::Proposed,
       "Faster and more reliable connections in the branches.", "", "Pilot sites: Leeds and York."}}},
};

QString fingerprint(const QString &component, const QString &version) {
    // Stand-in artefact fingerprints: stable, and unique per version.
    return QString::fromLatin1(
        QCryptographicHash::hash((component + u'@' + version).toUtf8(), QCryptographicHash::Sha256).toHex());
}

class Seeder final {
public:
    Seeder(Workspace &workspace, const QDate &today)
        : m_ws(workspace)
        , m_today(today) {}

    Result<void> run() {
        for (auto step :
             {&Seeder::seedPeople, &Seeder::seedEnvironments, &Seeder::seedCatalogue, &Seeder::seedRelations,
              &Seeder::seedInventories, &Seeder::seedReleases, &Seeder::seedAutumnBuilds}) {
            if (auto r = (this->*step)(); !r)
                return r;
        }
        return {};
    }

private:
    template<typename T>
    Result<T> create(T record) {
        CreateRecord<T> change(std::move(record));
        if (auto r = m_ws.apply(change); !r)
            return r.error();
        return change.record();
    }

    Result<void> seedPeople() {
        for (const auto &p : people) {
            const QString login = QString::fromLatin1(p.login);
            auto person = create(Person{0, login, QString::fromUtf16(p.name), login + u"@example.org"_s, p.roles});
            if (!person)
                return person.error();
            m_personIds.insert(login, person->id);
        }
        return {};
    }

    Result<void> seedEnvironments() {
        int position = 0;
        for (const auto &e : environments) {
            auto env = create(
                Environment{0, QString::fromLatin1(e.name), e.kind, position++, QString::fromLatin1(e.description)});
            if (!env)
                return env.error();
            m_environments.insert(env->name, *env);
        }
        return {};
    }

    Result<void> seedCatalogue() {
        for (const auto &c : components) {
            const QString name = QString::fromLatin1(c.name);
            auto component = create(Component{0,
                                              name,
                                              c.kind,
                                              m_personIds.value(QString::fromLatin1(c.owner)),
                                              {},
                                              QString::fromLatin1(c.description),
                                              false});
            if (!component)
                return component.error();
            for (const QString &v : c.versions) {
                // Pre-releases have no fingerprint yet, which later checks flag.
                const bool preRelease = v.contains(u'-') && !v.startsWith(u"rev"_s);
                auto version = create(ComponentVersion{0,
                                                       component->id,
                                                       name,
                                                       v,
                                                       preRelease ? QString() : fingerprint(name, v),
                                                       u"git tag %1-%2"_s.arg(name, v),
                                                       false,
                                                       {}});
                if (!version)
                    return version.error();
                m_versionIds.insert(name + u'@' + v, *version);
            }
        }
        return {};
    }

    Result<void> seedRelations() {
        QHash<QString, ComponentVersion> updated;
        for (const auto &r : relations) {
            const QString key = QString::fromLatin1(r.version);
            ComponentVersion &v = updated.contains(key) ? updated[key] : (updated[key] = m_versionIds.value(key));
            v.relations.append(VersionRelation{r.kind, QString::fromLatin1(r.component), QString::fromLatin1(r.range)});
        }
        for (auto it = updated.cbegin(); it != updated.cend(); ++it) {
            EditRecord<ComponentVersion> edit(m_versionIds.value(it.key()), *it);
            if (auto r = m_ws.apply(edit); !r)
                return r;
            m_versionIds.insert(it.key(), *it);
        }
        return {};
    }

    Contents versionsOf(const QStringList &items) const {
        Contents result;
        for (const QString &item : items)
            result.append(m_versionIds.value(item));
        return result;
    }

    Result<void> seedInventories() {
        for (const auto &inventory : inventories) {
            const Environment env = m_environments.value(QString::fromLatin1(inventory.environment));
            SetEnvironmentInventory set(env.id, env.name, versionsOf(inventory.runs),
                                        QString::fromLatin1(inventory.reason));
            if (auto r = m_ws.apply(set); !r)
                return r;
        }
        return {};
    }

    /// 2026.4 Autumn was built twice: build 1 still had mobile-app 5.2.0 and payments-gateway 7.4.
    Result<void> seedAutumnBuilds() {
        auto autumn = m_ws.releases().releaseByName(u"2026.4 Autumn"_s);
        if (!autumn)
            return autumn.error();
        auto packages = m_ws.releases().packages(autumn->id);
        if (!packages)
            return packages.error();
        const Package application = packages->at(0);
        const Package integration = packages->at(1);
        const QList<std::tuple<Package, QString, QString>> swaps = {
            {application, u"mobile-app@5.3.0"_s, u"mobile-app@5.2.0"_s},
            {integration, u"payments-gateway@7.5"_s, u"payments-gateway@7.4"_s}};
        auto swap = [&](bool back) -> Result<void> {
            for (const auto &[package, newer, older] : swaps) {
                PackageContentChange remove(PackageContentChange::Mode::Remove, package,
                                            m_versionIds.value(back ? older : newer));
                PackageContentChange add(PackageContentChange::Mode::Add, package,
                                         m_versionIds.value(back ? newer : older));
                if (auto r = m_ws.apply(remove); !r)
                    return r;
                if (auto r = m_ws.apply(add); !r)
                    return r;
            }
            return {};
        };
        const QDateTime firstBuild = m_today.addDays(-12).startOfDay(Qt::UTC).addSecs(10 * 3600);
        if (auto r = swap(false); !r)
            return r;
        RecordBuild first(Build{0,
                                autumn->id,
                                1,
                                firstBuild,
                                u"georg"_s,
                                Build::Outcome::Failed,
                                u"Payment tests failed against gateway 7.4."_s,
                                {}},
                          autumn->name);
        if (auto r = m_ws.apply(first); !r)
            return r;
        if (auto r = swap(true); !r)
            return r;
        RecordBuild second(Build{0,
                                 autumn->id,
                                 2,
                                 firstBuild.addDays(4),
                                 u"georg"_s,
                                 Build::Outcome::Succeeded,
                                 u"Gateway 7.5 and the refreshed mobile app; all suites green."_s,
                                 {}},
                           autumn->name);
        if (auto r = m_ws.apply(second); !r)
            return r;
        FreezeRelease freeze(autumn->id, autumn->name);
        return m_ws.apply(freeze);
    }

    Result<void> seedReleases() {
        for (const auto &d : releases) {
            Release release;
            release.name = QString::fromUtf8(d.name);
            release.version = QString::fromLatin1(d.version);
            release.type = d.type;
            release.status = d.status;
            release.ownerId = m_personIds.value(QString::fromLatin1(d.owner));
            release.targetService = QString::fromLatin1(d.service);
            release.plannedStart = m_today.addDays(d.startOffsetDays);
            release.plannedEnd = release.plannedStart.addDays(d.lengthDays);
            release.approach = d.approach;
            release.backoutPlan = QString::fromUtf8(d.backout);
            release.description = QString::fromUtf8(d.description);
            release.requireFingerprints = d.requireFingerprints;
            if (d.targetEnvironment)
                release.targetEnvironmentId = m_environments.value(QString::fromLatin1(d.targetEnvironment)).id;
            if (auto r = seedRelease(release, d); !r)
                return r;
        }
        return {};
    }

    Result<void> seedRelease(const Release &release, const DemoRelease &d) {
        CreateRelease createRelease(release, QString::fromLatin1(d.packages.first().first));
        if (auto r = m_ws.apply(createRelease); !r)
            return r;
        const Id releaseId = createRelease.release().id;
        auto firstPackage = m_ws.releases().packages(releaseId);
        if (!firstPackage)
            return firstPackage.error();
        Package package = firstPackage->first();
        for (qsizetype i = 0; i < d.packages.size(); ++i) {
            if (i > 0) {
                auto created = create(Package{0, releaseId, QString::fromLatin1(d.packages.at(i).first), {}});
                if (!created)
                    return created.error();
                package = *created;
            }
            for (const QString &item : d.packages.at(i).second) {
                PackageContentChange add(PackageContentChange::Mode::Add, package, m_versionIds.value(item));
                if (auto r = m_ws.apply(add); !r)
                    return r;
            }
        }
        for (const DemoChange &c : d.changes) {
            if (auto r = addDemoChange(m_ws, c, releaseId, release.plannedStart.addDays(-30).startOfDay(Qt::UTC)); !r)
                return r;
        }
        return {};
    }

    Workspace &m_ws;
    QDate m_today;
    QHash<QString, Id> m_personIds;
    QHash<QString, Environment> m_environments;
    QHash<QString, ComponentVersion> m_versionIds;
};

} // namespace

Result<void> DemoData::seed(Workspace &workspace, const QDate &today) {
    const Person previousActor = workspace.actingPerson();
    const auto previousClock = workspace.clock();
    workspace.actAsSetup();
    // The story starts six weeks ago, so the audit trail has a history to show.
    DemoClock clock(QDateTime(today.addDays(-42), QTime(9, 0), Qt::UTC));
    workspace.setClock(clock.reader());
    auto result = workspace.database().transaction([&]() -> Result<void> {
        if (auto r = Seeder(workspace, today).run(); !r)
            return r;
        if (auto r = seedDemoSchedules(workspace, today); !r)
            return r;
        if (auto r = seedDemoPolicies(workspace, today, clock); !r)
            return r;
        if (auto r = seedDemoRisks(workspace, today, clock); !r)
            return r;
        if (auto r = seedDemoSignOffs(workspace, today, clock); !r)
            return r;
        if (auto r = seedDemoNotesLook(workspace); !r)
            return r;
        if (auto r = seedDemoDeployments(workspace, today, clock); !r)
            return r;
        return seedDemoCalendar(workspace, today);
    });
    workspace.setClock(previousClock);
    if (!previousActor.login.isEmpty())
        (void)workspace.actAs(previousActor.login);
    return result;
}

} // namespace relm

#include "Workspace.h"

#include "changes/Change.h"
#include "changes/ChangeContext.h"
#include "changes/ServerChangeFeed.h"
#include "changes/SetupActor.h"
#include "planning/PlanCache.h"
#include "rules/ScheduleRule.h"
#include "storage/AcceptanceStore.h"
#include "storage/AuditLog.h"
#include "storage/CalendarStore.h"
#include "storage/CatalogueStore.h"
#include "storage/Database.h"
#include "storage/DeliveryStore.h"
#include "storage/DeploymentStore.h"
#include "storage/DirectoryStore.h"
#include "storage/NotesTemplateStore.h"
#include "storage/PlanStore.h"
#include "storage/ReleaseStore.h"
#include "storage/RiskStore.h"
#include "storage/SignOffStore.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace relm {

Workspace::Workspace(std::unique_ptr<Database> database, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_releases(std::make_unique<ReleaseStore>(*m_database))
    , m_catalogue(std::make_unique<CatalogueStore>(*m_database))
    , m_directory(std::make_unique<DirectoryStore>(*m_database))
    , m_delivery(std::make_unique<DeliveryStore>(*m_database))
    , m_plan(std::make_unique<PlanStore>(*m_database))
    , m_risks(std::make_unique<RiskStore>(*m_database))
    , m_acceptance(std::make_unique<AcceptanceStore>(*m_database))
    , m_signOffs(std::make_unique<SignOffStore>(*m_database))
    , m_deployments(std::make_unique<DeploymentStore>(*m_database))
    , m_auditLog(std::make_unique<AuditLog>(*m_database))
    , m_notesTemplates(std::make_unique<NotesTemplateStore>(*m_database))
    , m_calendar(std::make_unique<CalendarStore>(*m_database))
    , m_plans(std::make_unique<planning::PlanCache>(*m_database))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); }) {
    qRegisterMetaType<relm::ChangeNotice>();
}

Workspace::~Workspace() = default;

Result<std::unique_ptr<Workspace>> Workspace::openFile(const QString &path, int busyTimeoutMs) {
    auto database = Database::openSqlite(path, Database::Options{busyTimeoutMs});
    if (!database)
        return database.error();
    return std::make_unique<Workspace>(std::move(database).value());
}

Result<std::unique_ptr<Workspace>> Workspace::openServer(const ServerAddress &address, bool createWhenEmpty) {
    Database::Options options;
    options.createInEmptyFile = createWhenEmpty;
    auto database = Database::openServer(address, options);
    if (!database)
        return database.error();
    auto workspace = std::make_unique<Workspace>(std::move(database).value());
    workspace->m_serverAddress = address;
    return workspace;
}

Result<void> Workspace::actAs(const QString &login) {
    // On a shared server each person signs in with their own database login, and acts as that
    // login's person only; those who administer the database may act for others.
    if (m_database->isServer() && !m_database->administersServer() &&
        login.compare(m_database->serverLogin(), Qt::CaseInsensitive) != 0)
        return makeError(ErrorCode::Denied,
                         QCoreApplication::translate("relm::Workspace",
                                                     "On %1 you act as your own database login, \u201C%2\u201D: "
                                                     "to act as \u201C%3\u201D, sign in to the server as them.")
                             .arg(m_database->location(), m_database->serverLogin(), login));
    auto person = m_directory->personByLogin(login);
    if (!person)
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("relm::Workspace",
                                                     "Nobody with the login \u201C%1\u201D is in this database. "
                                                     "Act as someone it lists (\u201Crelm-cli person list\u201D, "
                                                     "or the person box in the window).")
                             .arg(login));
    m_actor = *person;
    Q_EMIT actingPersonChanged(m_actor);
    return {};
}

Result<void> Workspace::actAsDefault(const QString &preferredLogin) {
    if (!preferredLogin.isEmpty())
        return actAs(preferredLogin);
    if (actAs(operatingSystemUser()))
        return {};
    auto people = m_directory->people();
    if (!people)
        return people.error();
    if (people->isEmpty())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("relm::Workspace", "This database has nobody to act as."));
    return actAs(people->first().login);
}

void Workspace::actAsSetup() {
    m_actor = setupActor();
    Q_EMIT actingPersonChanged(m_actor);
}

void Workspace::setClock(std::function<QDateTime()> clock) {
    m_clock = std::move(clock);
}

Result<void> Workspace::apply(Change &change) {
    return run(change, true);
}

Result<void> Workspace::revert(Change &change) {
    return run(change, false);
}

Result<void> Workspace::run(Change &change, bool forward) {
    if (m_actor.login.isEmpty())
        return makeError(ErrorCode::Unidentified,
                         QCoreApplication::translate("relm::Workspace",
                                                     "Choose who you are before changing anything: in the window, "
                                                     "with the person box in the status bar; with relm-cli, with "
                                                     "--as LOGIN or RELM_USER (\u201Crelm-cli person list\u201D "
                                                     "shows who is in this database)."));
    ChangeContext context(*m_database, *m_releases, *m_catalogue, *m_directory, *m_delivery, *m_plan, *m_risks,
                          *m_acceptance, *m_signOffs, *m_deployments, m_actor, m_clock());
    // The change writes, then the rules that span records run on what it wrote, in the same
    // transaction: a refusal from either leaves nothing behind, not even an audit entry.
    // Inside someone else's transaction nothing is final until it commits: keep no plans then.
    const bool nested = m_database->inTransaction();
    m_plans->beginChange();
    context.setWrittenPlanObserver([this](const WrittenPlan &written) { m_plans->startScheduling(*this, written); });
    auto result = m_database->transaction([&]() -> Result<void> {
        if (auto r = forward ? change.redo(context) : change.undo(context); !r)
            return r;
        if (auto r = schedule_rule::check(*this, context.notices(), context.writtenPlan()); !r)
            return r;
        // Other clients hear of it when, and only if, it commits.
        return ServerChangeFeed::publish(*m_database, context.notices());
    });
    if (!result || nested)
        m_plans->forgetAll();
    else
        m_plans->changeCommitted(context.notices());
    if (!result)
        return result;
    // A batch (a drop of 500 versions) touches the same records many times: tell each once.
    QList<ChangeNotice> sent;
    for (const ChangeNotice &notice : context.notices()) {
        if (std::find(sent.cbegin(), sent.cend(), notice) != sent.cend())
            continue;
        sent.append(notice);
        Q_EMIT changed(notice);
    }
    return {};
}

Result<void> Workspace::startLiveRefresh() {
    if (!m_serverAddress || m_feed)
        return {};
    m_feed = std::make_unique<ServerChangeFeed>(*m_serverAddress, *m_database);
    connect(m_feed.get(), &ServerChangeFeed::changed, this, &Workspace::changed);
    connect(m_feed.get(), &ServerChangeFeed::stateChanged, this, &Workspace::liveRefreshChanged);
    return m_feed->start();
}

QString Workspace::liveRefreshState() const {
    return m_feed ? m_feed->state() : QString();
}

QString operatingSystemUser() {
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user;
}

} // namespace relm

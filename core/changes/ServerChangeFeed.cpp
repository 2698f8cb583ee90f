#include "ServerChangeFeed.h"

#include "changes/RecordTraits.h"
#include "storage/Database.h"
#include "storage/ServerConnection.h"

#include <QHash>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

/// PostgreSQL takes payloads under 8,000 bytes.
constexpr qsizetype payloadLimit = 7000;
constexpr int probeMilliseconds = 3000;
constexpr int healthMilliseconds = 5000;

/// The audit keys of the records the generic changes write, as their traits name them.
template<typename... Records>
QHash<QString, Entity> recordKeys() {
    QHash<QString, Entity> keys;
    (keys.insert(RecordTraits<Records>::key(), RecordTraits<Records>::entity()), ...);
    return keys;
}

/// The audit trail's names of what changed, for catching up after a reconnect.
std::optional<Entity> entityOfAuditKey(const QString &key) {
    static const QHash<QString, Entity> entities = [] {
        QHash<QString, Entity> all =
            recordKeys<Release, Package, ChangeRequest, Component, ComponentVersion, Person, Environment, PlanTask,
                       PlanLink, ChangeWindow, CabMeeting, PlanCalendar, Risk, AcceptanceCriterion, ReleasePolicy,
                       Deployment, RunbookStep, KnownError, ReleaseReview, NotesTemplate, NotesBranding>();
        // Records whose changes are written by hand rather than through the traits.
        all.insert({{u"package_item"_s, Entity::PackageItem},
                    {u"baseline"_s, Entity::Baseline},
                    {u"build"_s, Entity::Build},
                    {u"freeze_override"_s, Entity::FreezeOverride},
                    {u"schedule_baseline"_s, Entity::ScheduleBaseline},
                    {u"signing_key"_s, Entity::SigningKey},
                    {u"signoff"_s, Entity::SignOff},
                    {u"finding_waiver"_s, Entity::Waiver}});
        return all;
    }();
    const auto it = entities.constFind(key);
    return it != entities.cend() ? std::optional<Entity>(*it) : std::nullopt;
}

QString line(const ChangeNotice &n) {
    return u"%1 %2 %3 %4"_s.arg(int(n.entity)).arg(int(n.kind)).arg(n.id).arg(n.releaseId);
}

} // namespace

QString ServerChangeFeed::encode(qint64 senderProcess, const QList<ChangeNotice> &notices) {
    // Each notice once, in order (a batch may name one record many times).
    const auto listed = [senderProcess](const QList<ChangeNotice> &all, bool perRelease) -> QString {
        QStringList lines;
        QSet<QString> seen;
        for (const ChangeNotice &n : all) {
            const QString text = line(perRelease ? ChangeNotice{n.entity, n.kind, 0, n.releaseId} : n);
            if (!seen.contains(text)) {
                seen.insert(text);
                lines.append(text);
            }
        }
        return u"relm1 %1\n"_s.arg(senderProcess) + lines.join(u'\n');
    };
    if (QString payload = listed(notices, false); payload.size() <= payloadLimit)
        return payload;
    // A batch (an import) touches thousands of rows: say which kinds of record of which releases.
    if (QString payload = listed(notices, true); payload.size() <= payloadLimit)
        return payload;
    return u"relm1 %1\ncatch-up"_s.arg(senderProcess);
}

std::optional<ServerChangeFeed::Message> ServerChangeFeed::decode(const QString &payload) {
    const QStringList lines = payload.split(u'\n', Qt::SkipEmptyParts);
    if (lines.isEmpty())
        return std::nullopt;
    Message message;
    const QStringList header = lines.first().split(u' ');
    if (header.size() == 2 && header.at(0) == "probe"_L1) {
        message.probe = true;
        return message;
    }
    bool ok = false;
    if (header.size() != 2 || header.at(0) != "relm1"_L1)
        return std::nullopt;
    message.senderProcess = header.at(1).toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines.at(i) == "catch-up"_L1) {
            message.catchUp = true;
            continue;
        }
        const QStringList fields = lines.at(i).split(u' ');
        if (fields.size() != 4)
            return std::nullopt;
        bool okEntity = false, okKind = false, okId = false, okRelease = false;
        const int entity = fields.at(0).toInt(&okEntity);
        const int kind = fields.at(1).toInt(&okKind);
        const Id id = fields.at(2).toLongLong(&okId);
        const Id release = fields.at(3).toLongLong(&okRelease);
        if (!okEntity || !okKind || !okId || !okRelease || entity < 0 || entity > int(Entity::NotesBranding) ||
            kind < 0 || kind > int(ChangeNotice::Kind::Removed))
            return std::nullopt;
        message.notices.append({Entity(entity), ChangeNotice::Kind(kind), id, release});
    }
    return message;
}

Result<void> ServerChangeFeed::publish(Database &db, const QList<ChangeNotice> &notices) {
    if (!db.isServer() || notices.isEmpty())
        return {};
    auto sent = db.exec(u"SELECT pg_notify(?, ?)"_s, {channel(), encode(db.serverProcess(), notices)});
    if (!sent)
        return sent.error();
    (*sent)->finish();
    return {};
}

ServerChangeFeed::ServerChangeFeed(ServerAddress address, Database &own, QObject *parent)
    : QObject(parent)
    , m_address(std::move(address))
    , m_own(own)
    , m_connectionName(u"relm-feed-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces)) {
    m_probeTimeout.setSingleShot(true);
    m_probeTimeout.setInterval(probeMilliseconds);
    connect(&m_probeTimeout, &QTimer::timeout, this, [this] {
        setState(false, tr("other people's changes do not arrive by themselves (a connection pooler in "
                           "transaction mode drops them; connect to the server itself for live refresh)"));
    });
    m_health.setInterval(healthMilliseconds);
    connect(&m_health, &QTimer::timeout, this, &ServerChangeFeed::checkConnection);
}

ServerChangeFeed::~ServerChangeFeed() {
    {
        auto db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<void> ServerChangeFeed::connectListener() {
    QSqlDatabase db = QSqlDatabase::contains(m_connectionName)
                          ? QSqlDatabase::database(m_connectionName, false)
                          : QSqlDatabase::addDatabase(u"QPSQL"_s, m_connectionName);
    if (auto r = openServerConnection(db, m_address); !r)
        return r;
    disconnect(db.driver(), nullptr, this, nullptr);
    connect(db.driver(), &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                onNotification(name, payload);
            });
    if (!db.driver()->subscribeToNotification(channel()))
        return makeError(ErrorCode::Io, db.driver()->lastError().text());
    return {};
}

Result<void> ServerChangeFeed::start() {
    // Listening starts before anything is read, so nothing committed meanwhile goes unseen.
    if (auto r = connectListener(); !r) {
        setState(false, tr("no live refresh: %1").arg(r.errorMessage()));
        return r;
    }
    auto last = m_own.scalar(u"SELECT coalesce(max(id), 0) FROM audit_log"_s);
    if (!last)
        return last.error();
    m_lastAuditId = last->toLongLong();
    m_probe = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto sent = m_own.exec(u"SELECT pg_notify(?, ?)"_s, {channel(), QString(u"probe "_s + m_probe)});
    if (!sent)
        return sent.error();
    (*sent)->finish();
    m_probeTimeout.start();
    m_health.start();
    return {};
}

void ServerChangeFeed::onNotification(const QString &name, const QVariant &payload) {
    if (name != channel())
        return;
    const QString text = payload.toString();
    if (text == u"probe "_s + m_probe) {
        m_probeTimeout.stop();
        setState(true, tr("live"));
        return;
    }
    const auto message = decode(text);
    // Its own connection's notices this client told itself (the connection may be a new one).
    if (!message || message->probe || message->senderProcess == m_own.serverProcess())
        return;
    if (message->catchUp) {
        (void)catchUp();
        return;
    }
    for (const ChangeNotice &notice : message->notices)
        Q_EMIT changed(notice);
    // What the trail holds up to now has been shown.
    if (auto last = m_own.scalar(u"SELECT coalesce(max(id), 0) FROM audit_log"_s))
        m_lastAuditId = last->toLongLong();
}

Result<void> ServerChangeFeed::catchUp() {
    auto entries = m_own.exec(u"SELECT id, entity, entity_id, action, coalesce(release_id, 0) FROM audit_log "
                              "WHERE id > ? ORDER BY id"_s,
                              {m_lastAuditId});
    if (!entries)
        return entries.error();
    QList<ChangeNotice> notices;
    while ((*entries)->next()) {
        m_lastAuditId = (*entries)->value(0).toLongLong();
        const QString action = (*entries)->value(3).toString();
        const Id release = (*entries)->value(4).toLongLong();
        const auto entity = entityOfAuditKey((*entries)->value(1).toString());
        const ChangeNotice::Kind kind = action == "create"_L1   ? ChangeNotice::Kind::Created
                                        : action == "delete"_L1 ? ChangeNotice::Kind::Removed
                                                                : ChangeNotice::Kind::Updated;
        const ChangeNotice notice = entity
                                        ? ChangeNotice{*entity, kind, (*entries)->value(2).toLongLong(), release}
                                        : ChangeNotice{Entity::Release, ChangeNotice::Kind::Updated, release, release};
        if (!notices.contains(notice))
            notices.append(notice);
    }
    (*entries)->finish();
    for (const ChangeNotice &notice : std::as_const(notices))
        Q_EMIT changed(notice);
    return {};
}

void ServerChangeFeed::checkConnection() {
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery alive(db);
    if (db.isOpen() && alive.exec(u"SELECT 1"_s))
        return;
    setState(false, tr("reconnecting to the server\u2026"));
    if (!connectListener())
        return; // the next check tries again
    if (catchUp())
        setState(true, tr("live"));
}

void ServerChangeFeed::setState(bool live, const QString &state) {
    if (live == m_live && state == m_state)
        return;
    m_live = live;
    m_state = state;
    Q_EMIT stateChanged(live, state);
}

} // namespace relm

#pragma once

#include "Result.h"
#include "changes/ChangeNotice.h"
#include "storage/ServerAddress.h"

#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

namespace relm {

class Database;

/// Live refresh on a shared server: what one client commits, the others' open views show within
/// a second. A change sends its notices (ids only: views re-read) on the server's channel as part
/// of its transaction, so they arrive when, and only if, it commits. Each client listens on a
/// connection of its own, opened (and LISTENing) before the views read, and checks that
/// notifications do arrive: a connection pooler in transaction mode drops them without a word.
/// When that connection breaks, the feed reconnects and catches up from the audit trail, since
/// notifications sent meanwhile are lost.
class ServerChangeFeed final : public QObject {
    Q_OBJECT

public:
    static QString channel() { return QStringLiteral("relm_changes"); }

    /// Sends the notices of the change being committed on `db` (inside its transaction).
    static Result<void> publish(Database &db, const QList<ChangeNotice> &notices);
    /// The text sent: the sender's connection, then the notices (merged per release when many).
    static QString encode(qint64 senderProcess, const QList<ChangeNotice> &notices);
    struct Message {
        qint64 senderProcess = 0;
        QList<ChangeNotice> notices;
        bool probe = false;   ///< the feed's own check that notifications arrive
        bool catchUp = false; ///< too many to list: read them from the audit trail
    };
    static std::optional<Message> decode(const QString &payload);

    /// Listens for other clients' changes to the database `own` is connected to.
    ServerChangeFeed(ServerAddress address, Database &own, QObject *parent = nullptr);
    ~ServerChangeFeed() override;

    /// Connects, LISTENs, and sends a probe through `own` that must come back.
    Result<void> start();
    bool isLive() const { return m_live; }
    QString state() const { return m_state; }

Q_SIGNALS:
    /// Another client's committed change, to be shown like one's own.
    void changed(const relm::ChangeNotice &notice);
    /// Whether changes of others arrive, and if not, why (for the status bar).
    void stateChanged(bool live, const QString &state);

private:
    Result<void> connectListener();
    void onNotification(const QString &name, const QVariant &payload);
    void checkConnection();
    Result<void> catchUp();
    void setState(bool live, const QString &state);

    ServerAddress m_address;
    Database &m_own;
    QString m_connectionName;
    QString m_probe;
    qint64 m_lastAuditId = 0;
    bool m_live = false;
    QString m_state;
    QTimer m_probeTimeout;
    QTimer m_health;
};

} // namespace relm

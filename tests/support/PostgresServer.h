#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace relm::test {

/// A throwaway PostgreSQL 15 server for one test: a cluster made with initdb in a temporary folder,
/// listening on 127.0.0.1 on a free port, with no durability (fsync off), stopped and deleted when
/// the object goes. As root the server runs as the `postgres` user, which initdb insists on.
class PostgresServer final {
public:
    /// Starts a server; null, with `why` set, when it cannot (PostgreSQL 15 not installed, say).
    static std::unique_ptr<PostgresServer> start(QString *why);
    ~PostgresServer();
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    QString host() const { return QStringLiteral("127.0.0.1"); }
    int port() const { return m_port; }
    /// The superuser the cluster was made with (trusted from 127.0.0.1, no password).
    QString user() const { return QStringLiteral("relm"); }
    /// Restarts the server (fast shutdown: every connection is cut); empty when it worked, else why.
    QString restart() const;
    /// Whether a test must fail rather than skip without a server (RELM_REQUIRE_POSTGRES=1).
    static bool required();

private:
    PostgresServer() = default;
    QString run(const QStringList &command) const; ///< empty when it succeeded, else its output

    QTemporaryDir m_folder;
    QString m_data;
    int m_port = 0;
    bool m_running = false;
};

} // namespace relm::test

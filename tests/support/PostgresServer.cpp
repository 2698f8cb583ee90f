#include "PostgresServer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace relm::test {

namespace {

const QString kBin = QStringLiteral("/usr/lib/postgresql/15/bin/");

/// A port nobody listens on now (the kernel's pick).
int freePort() {
    const int probe = socket(AF_INET, SOCK_STREAM, 0);
    if (probe < 0)
        return 0;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    int port = 0;
    if (bind(probe, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0 &&
        getsockname(probe, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    close(probe);
    return port;
}

} // namespace

bool PostgresServer::required() {
    return qEnvironmentVariable("RELM_REQUIRE_POSTGRES") == QStringLiteral("1");
}

QString PostgresServer::run(const QStringList &command) const {
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(QStringLiteral("/")); // postgres must be able to enter it
    QStringList arguments = command;
    QString program = arguments.takeFirst();
    if (geteuid() == 0) { // initdb refuses root: run as postgres
        arguments =
            QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program} + arguments;
        program = QStringLiteral("runuser");
    }
    process.start(program, arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QStringLiteral("%1 %2 failed: %3")
            .arg(program, arguments.join(u' '), QString::fromLocal8Bit(process.readAll()).trimmed());
    return {};
}

std::unique_ptr<PostgresServer> PostgresServer::start(QString *why) {
    if (!QFile::exists(kBin + QStringLiteral("initdb"))) {
        *why = QStringLiteral("PostgreSQL 15 is not installed (%1initdb); packaging/install-build-deps.sh "
                              "installs it.")
                   .arg(kBin);
        return nullptr;
    }
    std::unique_ptr<PostgresServer> server(new PostgresServer);
    if (!server->m_folder.isValid()) {
        *why = QStringLiteral("no temporary folder: %1").arg(server->m_folder.errorString());
        return nullptr;
    }
    server->m_data = server->m_folder.filePath(QStringLiteral("data"));
    if (geteuid() == 0) {
        const passwd *postgres = getpwnam("postgres");
        if (!postgres ||
            chown(QFile::encodeName(server->m_folder.path()).constData(), postgres->pw_uid, postgres->pw_gid) != 0) {
            *why = QStringLiteral("the postgres user cannot be given %1").arg(server->m_folder.path());
            return nullptr;
        }
    }
    if (QString failed = server->run({kBin + QStringLiteral("initdb"), QStringLiteral("-D"), server->m_data,
                                      QStringLiteral("-U"), server->user(), QStringLiteral("--auth=trust"),
                                      QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--no-sync")});
        !failed.isEmpty()) {
        *why = failed;
        return nullptr;
    }
    // A port picked free can be taken before the server binds it: try a few.
    for (int attempt = 0; attempt < 5 && !server->m_running; ++attempt) {
        server->m_port = freePort();
        const QString options =
            QStringLiteral("-c listen_addresses=127.0.0.1 -p %1 -k %2 -c fsync=off -c full_page_writes=off")
                .arg(server->m_port)
                .arg(server->m_folder.path());
        const QString failed =
            server->run({kBin + QStringLiteral("pg_ctl"), QStringLiteral("-D"), server->m_data, QStringLiteral("-o"),
                         options, QStringLiteral("-l"), server->m_folder.filePath(QStringLiteral("server.log")),
                         QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("start")});
        server->m_running = failed.isEmpty();
        if (!server->m_running)
            *why = failed;
    }
    if (!server->m_running)
        return nullptr;
    return server;
}

QString PostgresServer::restart() const {
    return run({kBin + QStringLiteral("pg_ctl"), QStringLiteral("-D"), m_data, QStringLiteral("-m"),
                QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                QStringLiteral("restart")});
}

PostgresServer::~PostgresServer() {
    if (m_running)
        (void)run({kBin + QStringLiteral("pg_ctl"), QStringLiteral("-D"), m_data, QStringLiteral("-m"),
                   QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")});
}

} // namespace relm::test

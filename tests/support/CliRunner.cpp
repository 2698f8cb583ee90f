#include "CliRunner.h"

#include <QProcess>

namespace relm::test {

CliRunner::CliRunner(QString database, QString dataHome)
    : m_database(std::move(database))
    , m_dataHome(std::move(dataHome)) {}

namespace {

CliRunner::Run runCli(const QStringList &arguments, const QString &database, const QString &dataHome,
                      const QByteArray &input, const QString &as) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("RELM_DB"));
    env.remove(QStringLiteral("RELM_PASSPHRASE"));
    env.remove(QStringLiteral("RELM_NEW_PASSPHRASE"));
    env.insert(QStringLiteral("RELM_USER"), as);
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    process.setProcessEnvironment(env);
    // A server's address goes to --server, a file to --db.
    const bool server = database.startsWith(QStringLiteral("postgresql://"));
    process.start(qEnvironmentVariable("RELM_CLI"),
                  QStringList{server ? QStringLiteral("--server") : QStringLiteral("--db"), database} + arguments);
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    return CliRunner::Run{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                          QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

CliRunner::Run CliRunner::operator()(const QStringList &arguments, const QString &database) const {
    return runCli(arguments, database.isEmpty() ? m_database : database, m_dataHome, {}, QStringLiteral("alice"));
}

CliRunner::Run CliRunner::withInput(const QStringList &arguments, const QByteArray &input, const QString &as) const {
    return runCli(arguments, m_database, m_dataHome, input, as);
}

} // namespace relm::test

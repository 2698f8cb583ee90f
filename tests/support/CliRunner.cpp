#include "CliRunner.h"

#include <QProcess>

namespace relm::test {

CliRunner::CliRunner(QString database, QString dataHome)
    : m_database(std::move(database))
    , m_dataHome(std::move(dataHome)) {}

CliRunner::Run CliRunner::operator()(const QStringList &arguments, const QString &database) const {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("RELM_DB"));
    env.insert(QStringLiteral("RELM_USER"), QStringLiteral("alice"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dataHome);
    process.setProcessEnvironment(env);
    process.start(qEnvironmentVariable("RELM_CLI"),
                  QStringList{QStringLiteral("--db"), database.isEmpty() ? m_database : database} + arguments);
    process.waitForFinished(60000);
    return Run{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
               QString::fromUtf8(process.readAllStandardError())};
}

} // namespace relm::test

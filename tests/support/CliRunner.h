#pragma once

#include <QJsonDocument>
#include <QString>
#include <QStringList>

namespace relm::test {

/// Runs the real relm-cli binary (RELM_CLI, set by CTest) on a database, as a script would: a
/// file (--db), or a server's database (--server postgresql://…).
class CliRunner final {
public:
    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
        QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
    };

    CliRunner(QString database, QString dataHome);
    static bool available() { return !qEnvironmentVariableIsEmpty("RELM_CLI"); }
    Run operator()(const QStringList &arguments, const QString &database = {}) const;
    /// Runs with `input` on stdin (e.g. a passphrase) and `as` as the acting person.
    Run withInput(const QStringList &arguments, const QByteArray &input, const QString &as) const;

private:
    QString m_database;
    QString m_dataHome;
};

} // namespace relm::test

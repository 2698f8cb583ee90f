#pragma once

#include "Result.h"

#include <QCommandLineParser>
#include <QJsonValue>
#include <QTextStream>

#include <memory>

namespace relm {

class Workspace;

/// Exit codes of relm-cli (documented in README).
enum ExitCode : int {
    ExitOk = 0,
    ExitFindings = 1,     ///< the command ran and found problems (checks)
    ExitUsage = 2,        ///< wrong words or options
    ExitRefused = 3,      ///< input broke a rule, or a record was not found
    ExitStorage = 4,      ///< the database could not be opened or written
    ExitUnidentified = 5, ///< a change without a person to act as, or --as names nobody here
};

/// What every relm-cli command works with: the parsed options, the open workspace, and the streams.
class CliContext final {
public:
    CliContext(QCommandLineParser &parser, QStringList words, QTextStream &out, QTextStream &err);
    ~CliContext();
    Q_DISABLE_COPY_MOVE(CliContext)

    QCommandLineParser &parser() { return m_parser; }
    /// The command words after the command name, e.g. {"show", "2026.1"} for "release show 2026.1".
    const QStringList &words() const { return m_words; }
    QString word(qsizetype index) const { return m_words.value(index); }
    bool json() const { return m_parser.isSet(QStringLiteral("json")); }
    QString option(const QString &name) const { return m_parser.value(name); }
    bool isSet(const QString &name) const { return m_parser.isSet(name); }

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    /// Opens the database chosen by --server or RELM_SERVER, else --db, RELM_DB or the default,
    /// acting as --as or RELM_USER. Only a creating command (init) may name a file that does not
    /// exist yet, or a server database without Relm's tables.
    Result<void> openWorkspace(bool creating);
    /// The server address given (--server, else RELM_SERVER); empty for a database file.
    QString serverOption() const;
    /// Who acts when nobody is named: on a server the database login, else the system's user.
    QString defaultLogin() const;
    Workspace &workspace() { return *m_workspace; }

    void printJson(const QJsonValue &value);
    /// Prints an error and returns the exit code that fits it.
    int fail(const Error &error);
    int usage(const QString &message);

private:
    Result<std::unique_ptr<Workspace>> openFile(bool creating);
    Result<std::unique_ptr<Workspace>> openServer(bool creating);

    QCommandLineParser &m_parser;
    QStringList m_words;
    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<Workspace> m_workspace;
};

/// When `text` is written as a date (YYYY-MM-DD, perhaps with a time) but names no day of the
/// calendar, says why ("“2026-02-30” is not a day: February 2026 has 28 days."); else empty.
QString missingDayProblem(const QString &text);

} // namespace relm

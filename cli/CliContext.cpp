#include "CliContext.h"

#include "AppPaths.h"
#include "changes/Workspace.h"
#include "demo/DemoData.h"
#include "storage/Database.h"
#include "storage/DirectoryStore.h"
#include "storage/SqliteFileProbe.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace relm {

CliContext::CliContext(QCommandLineParser &parser, QStringList words, QTextStream &out, QTextStream &err)
    : m_parser(parser)
    , m_words(std::move(words))
    , m_out(out)
    , m_err(err) {}

CliContext::~CliContext() = default;

QString missingDayProblem(const QString &text) {
    static const QRegularExpression shape(u"^(\\d{4})-(\\d{2})-(\\d{2})(?:[T ].*)?$"_s);
    const QString written = text.trimmed();
    const QRegularExpressionMatch m = shape.match(written);
    if (!m.hasMatch())
        return {};
    const int year = m.captured(1).toInt();
    const int month = m.captured(2).toInt();
    if (QDate(year, month, m.captured(3).toInt()).isValid())
        return {};
    if (month < 1 || month > 12)
        return QCoreApplication::translate("relm::cli", "\u201C%1\u201D is not a day: months are numbered 01 to 12.")
            .arg(written);
    const QDate first(year, month, 1);
    return QCoreApplication::translate("relm::cli", "\u201C%1\u201D is not a day: %2 has %3 days.")
        .arg(written, QLocale(QLocale::English).toString(first, u"MMMM yyyy"_s))
        .arg(first.daysInMonth());
}

namespace {

/// Opens the file init names: a new or empty one only. An existing database is not even opened,
/// so init never upgrades or otherwise writes to it.
Result<std::unique_ptr<Workspace>> openForCreating(const QString &path) {
    const QString absolutePath = QFileInfo(path).absoluteFilePath();
    auto finding = SqliteFileProbe::probe(absolutePath, 5000);
    if (!finding)
        return finding.error();
    if (finding->exists && !finding->empty)
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate(
                             "relm::cli",
                             "\u201C%1\u201D already exists: it is a Relm database, and init left it as it is. "
                             "To start a new database, name a file that does not exist yet.")
                             .arg(path));
    Database::Options options;
    options.createInEmptyFile = true;
    auto database = Database::openSqlite(absolutePath, options);
    if (!database)
        return database.error();
    return std::make_unique<Workspace>(std::move(database).value());
}

} // namespace

QString CliContext::serverOption() const {
    const QString given = option(u"server"_s);
    return given.isEmpty() ? qEnvironmentVariable("RELM_SERVER") : given;
}

QString CliContext::defaultLogin() const {
    if (m_workspace && m_workspace->database().isServer()) {
        if (auto address = ServerAddress::parse(serverOption()))
            return address->user;
    }
    return operatingSystemUser();
}

Result<std::unique_ptr<Workspace>> CliContext::openServer(bool creating) {
    auto address = ServerAddress::parse(serverOption());
    if (!address)
        return address.error();
    return Workspace::openServer(*address, creating);
}

Result<std::unique_ptr<Workspace>> CliContext::openFile(bool creating) {
    const QString path = AppPaths::chooseDatabasePath(option(u"db"_s));
    const bool isDefault = path == AppPaths::defaultDatabasePath();
    // Not opening a file is a database problem (exit 4), like any other file that cannot be opened.
    if (!creating && !isDefault && !QFileInfo::exists(path))
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate(
                             "relm::cli", "%1 does not exist. Create it with \u201Crelm-cli --db %1 init --demo\u201D "
                                          "(or without --demo for an empty one).")
                             .arg(path));
    auto workspace = creating ? openForCreating(path) : Workspace::openFile(path);
    if (!workspace)
        return workspace.error();
    if (!(*workspace)->database().upgradeBackupPath().isEmpty())
        m_err << QCoreApplication::translate("relm::cli", "Upgraded %1; a backup of the old version is at %2")
                     .arg(path, (*workspace)->database().upgradeBackupPath())
              << Qt::endl;
    // Like the GUI, the default database is seeded with the demo portfolio on first use.
    if (!creating && isDefault && (*workspace)->database().isNew()) {
        if (auto r = DemoData::seed(**workspace, QDate::currentDate()); !r)
            return r.error();
    }
    return workspace;
}

Result<void> CliContext::openWorkspace(bool creating) {
    auto workspace = serverOption().isEmpty() ? openFile(creating) : openServer(creating);
    if (!workspace)
        return workspace.error();
    m_workspace = std::move(workspace).value();
    const QString path = m_workspace->database().location();
    if (m_workspace->database().isNew()) {
        m_workspace->actAsSetup(); // nobody is in a new database yet: only init can run
        return {};
    }
    auto people = m_workspace->directory().people();
    if (!people)
        return people.error();
    if (people->isEmpty())
        return makeError(
            ErrorCode::Storage,
            QCoreApplication::translate(
                "relm::cli",
                "\u201C%1\u201D is a Relm database with nobody in it, so no command can act in it (an older relm-cli "
                "made such files from empty ones). If it holds nothing you need, delete it and run "
                "\u201Crelm-cli --db %1 init\u201D.")
                .arg(path));
    QString login = option(u"as"_s);
    // RELM_USER names who acts in local files; on a server people are their own logins.
    if (login.isEmpty() && !m_workspace->database().isServer())
        login = qEnvironmentVariable("RELM_USER");
    if (!login.isEmpty()) { // a person named on purpose must exist
        if (auto acting = m_workspace->actAs(login); !acting)
            return makeError(acting.error().code == ErrorCode::NotFound ? ErrorCode::Unidentified : acting.error().code,
                             acting.errorMessage());
        return {};
    }
    // Otherwise the OS user, when that is a person here. Never someone else: without a person,
    // reading works and every change is refused, saying how to choose.
    (void)m_workspace->actAs(defaultLogin());
    return {};
}

void CliContext::printJson(const QJsonValue &value) {
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_out.flush();
}

int CliContext::fail(const Error &error) {
    m_err << u"relm-cli: "_s << error.message << Qt::endl;
    switch (error.code) {
    case ErrorCode::Storage:
    case ErrorCode::NewerVersion:
    case ErrorCode::NotRelm:
    case ErrorCode::Corrupt:
    case ErrorCode::Locked:
    case ErrorCode::Io:
        return ExitStorage;
    case ErrorCode::Invalid:
    case ErrorCode::NotFound:
    case ErrorCode::Conflict:
    case ErrorCode::Denied:
        break;
    case ErrorCode::Unidentified:
        return ExitUnidentified;
    }
    return ExitRefused;
}

int CliContext::usage(const QString &message) {
    m_err << u"relm-cli: "_s << message << Qt::endl
          << QCoreApplication::translate("relm::cli", "Run \u201Crelm-cli --help\u201D for the commands.") << Qt::endl;
    return ExitUsage;
}

} // namespace relm

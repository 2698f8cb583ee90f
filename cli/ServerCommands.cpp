#include "ServerCommands.h"

#include "CliCommands.h"
#include "CliContext.h"
#include "TransferCommands.h"
#include "backup/BackupRestore.h"
#include "backup/BackupWriter.h"
#include "changes/RecordChanges.h"
#include "changes/Workspace.h"
#include "demo/DemoData.h"
#include "domain/Vocabulary.h"
#include "storage/Database.h"
#include "storage/DirectoryStore.h"
#include "storage/ServerSetup.h"

#include <QCoreApplication>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace relm::cli {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::cli", text);
}

/// The server the command's first word names, opened as its administrator (creating Relm's tables
/// in an empty database when `creating`).
Result<std::unique_ptr<Workspace>> openAdministered(CliContext &cli, bool creating) {
    if (cli.words().size() < 2)
        return makeError(ErrorCode::Invalid, tr("Name the server: relm-cli server init postgresql://USER@HOST/DB"));
    auto address = ServerAddress::parse(cli.words().at(1));
    if (!address)
        return address.error();
    auto workspace = Workspace::openServer(*address, creating);
    if (!workspace)
        return workspace.error();
    if (!(*workspace)->database().administersServer())
        return makeError(ErrorCode::Denied,
                         tr("%1 is not administered by \u201C%2\u201D: run this as the database's owner or a "
                            "superuser.")
                             .arg((*workspace)->database().location(), address->user));
    return workspace;
}

} // namespace

int serverMigrate(CliContext &cli) {
    const QString target = cli.option(u"to"_s);
    if (target.isEmpty() || cli.words().size() > 1)
        return cli.usage(tr("Name the server to copy to: relm-cli migrate --to postgresql://USER@HOST/DB"));
    auto address = ServerAddress::parse(target);
    if (!address)
        return cli.fail(address.error());
    Database &local = cli.workspace().database();
    if (local.isServer())
        return cli.usage(tr("migrate copies a database file to a server, and %1 is on a server already. Copy "
                            "between servers with export json and import json --to URL.")
                             .arg(local.location()));
    auto image = BackupWriter::read(local, QDateTime::currentDateTimeUtc());
    if (!image)
        return cli.fail(image.error());
    auto outcome = BackupRestore::restoreToServer(*image, *address, local.location());
    if (!outcome)
        return cli.fail(outcome.error());
    // The copy is the team's from now on: the same roles and checks as server init makes.
    auto workspace = Workspace::openServer(*address);
    if (!workspace)
        return cli.fail(workspace.error());
    if (auto r = ServerSetup::grant((*workspace)->database()); !r)
        return cli.fail(r.error());
    if (cli.json()) {
        QJsonObject printed = restoreOutcomeJson(*outcome);
        printed.insert(u"from"_s, local.location());
        cli.printJson(printed);
        return ExitOk;
    }
    cli.out() << tr("Copied %1 to %2: %3 tables and %4 rows, each table's rows counted again on the server; the "
                    "audit trail (%5 entries) and %6 signature(s) verify there.")
                     .arg(local.location(), outcome->path)
                     .arg(outcome->tables)
                     .arg(outcome->rows)
                     .arg(outcome->auditEntries)
                     .arg(outcome->signatures)
              << Qt::endl
              << tr("The role %1 may use it. Let each person in with their own login: relm-cli server admit %2 "
                    "LOGIN")
                     .arg(ServerSetup::applicationRole(), outcome->path)
              << Qt::endl;
    return ExitOk;
}

int serverInit(CliContext &cli) {
    auto workspace = openAdministered(cli, true);
    if (!workspace)
        return cli.fail(workspace.error());
    Workspace &ws = **workspace;
    const bool created = ws.database().isNew();
    if (created && cli.isSet(u"demo"_s)) {
        ws.actAsSetup();
        if (auto r = DemoData::seed(ws, QDate::currentDate()); !r)
            return cli.fail(r.error());
    }
    if (auto r = ServerSetup::grant(ws.database()); !r)
        return cli.fail(r.error());
    if (created)
        cli.out() << (cli.isSet(u"demo"_s) ? tr("Created Relm's tables in %1, with the demo portfolio.")
                                           : tr("Created Relm's tables in %1."))
                         .arg(ws.database().location());
    else
        cli.out() << tr("%1 holds Relm's tables (version %2); they were left as they are%3.")
                         .arg(ws.database().location())
                         .arg(ws.database().schemaVersion())
                         .arg(cli.isSet(u"demo"_s) ? tr(", without the demo (it goes only into new tables)")
                                                   : QString());
    cli.out() << Qt::endl
              << tr("The role %1 may use them; the audit trail and the sign-offs are append-only for it.")
                     .arg(ServerSetup::applicationRole())
              << Qt::endl
              << tr("Let each person in with their own login: relm-cli server admit %1 LOGIN (the login's name is "
                    "their Relm login).")
                     .arg(ws.database().location())
              << Qt::endl;
    return ExitOk;
}

int serverAdmit(CliContext &cli) {
    if (cli.words().size() < 3)
        return cli.usage(tr("Name the server and the login: relm-cli server admit postgresql://USER@HOST/DB LOGIN"));
    auto workspace = openAdministered(cli, false);
    if (!workspace)
        return cli.fail(workspace.error());
    const QString login = cli.words().at(2);
    if (auto r = ServerSetup::admit((*workspace)->database(), login); !r)
        return cli.fail(r.error());
    Workspace &ws = **workspace;
    if (!ws.directory().personByLogin(login)) {
        // The login becomes a person of Relm too, with the roles given.
        Person person{0, login, login, {}, {}};
        for (const QString &key : cli.option(u"role"_s).split(u',', Qt::SkipEmptyParts)) {
            const auto role = fromKey<Role>(key.trimmed());
            if (!role)
                return cli.usage(
                    tr("\u201C%1\u201D is not a role; the roles are %2.").arg(key, keysOf<Role>().join(u", "_s)));
            person.roles.append(*role);
        }
        ws.actAsSetup();
        CreateRecord<Person> create(person);
        if (auto r = ws.apply(create); !r)
            return cli.fail(r.error());
        cli.out() << (person.roles.isEmpty()
                          ? tr("Added %1 to Relm's people, without a role: they may read and plan, but sign nothing "
                               "until given one (admit a new login with --role ROLE,...).")
                          : tr("Added %1 to Relm's people."))
                         .arg(login)
                  << Qt::endl;
    } else if (cli.isSet(u"role"_s)) {
        cli.out() << tr("%1 is one of Relm's people already; their roles stay as they are (--role applies only to "
                        "a login new to Relm).")
                         .arg(login)
                  << Qt::endl;
    }
    ServerAddress theirs = ServerAddress::parse(cli.words().at(1)).value(); // read by openAdministered
    theirs.user = login;
    cli.out() << tr("%1 may now use the database with their own login: %2").arg(login, theirs.display()) << Qt::endl;
    return ExitOk;
}

} // namespace relm::cli

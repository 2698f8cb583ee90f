#include "CliContext.h"
#include "TransferCommands.h"
#include "backup/BackupReader.h"
#include "backup/BackupRestore.h"
#include "backup/BackupWriter.h"
#include "changes/Workspace.h"
#include "storage/Database.h"
#include "storage/ServerAddress.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace relm::cli {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::cli", text);
}

} // namespace

QJsonObject restoreOutcomeJson(const RestoreOutcome &outcome) {
    return {{u"database"_s, outcome.path},
            {u"tables"_s, outcome.tables},
            {u"rows"_s, outcome.rows},
            {u"audit_entries"_s, outcome.auditEntries},
            {u"signatures"_s, outcome.signatures},
            {u"from_schema_version"_s, outcome.fromSchemaVersion},
            {u"schema_version"_s, outcome.schemaVersion}};
}

int exportBackup(CliContext &cli) {
    const QString path = cli.option(u"output"_s);
    if (path.isEmpty() || cli.words().size() > 1)
        return cli.usage(tr("Say where to write the backup: relm-cli export json -o FILE.json"));
    auto image = BackupWriter::read(cli.workspace().database(), QDateTime::currentDateTimeUtc());
    if (!image)
        return cli.fail(image.error());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(BackupWriter::toJson(*image)) < 0 || !file.commit())
        return cli.fail(makeError(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, file.errorString())));
    qint64 rows = 0;
    for (const BackupTable &table : image->tables)
        rows += table.rows.size();
    if (cli.json())
        cli.printJson(QJsonObject{{u"file"_s, QFileInfo(path).absoluteFilePath()},
                                  {u"format_version"_s, image->formatVersion},
                                  {u"schema_version"_s, image->schemaVersion},
                                  {u"tables"_s, image->tables.size()},
                                  {u"rows"_s, rows},
                                  {u"audit_head"_s, image->auditHead}});
    else
        cli.out() << tr("Wrote %1: %2 tables, %3 rows, schema version %4; the audit trail ends at %5.")
                         .arg(QFileInfo(path).absoluteFilePath())
                         .arg(image->tables.size())
                         .arg(rows)
                         .arg(image->schemaVersion)
                         .arg(image->auditHead.isEmpty() ? tr("(no entries)") : image->auditHead.left(16))
                  << Qt::endl;
    return ExitOk;
}

int restoreBackup(CliContext &cli) {
    const QString source = cli.word(1);
    const QString target = cli.option(u"to"_s);
    if (source.isEmpty() || target.isEmpty() || cli.words().size() > 2)
        return cli.usage(tr("Name the backup and the new database: relm-cli import json FILE.json --to NEW.db"));
    auto image = BackupReader::read(source);
    if (!image)
        return cli.fail(image.error());
    std::optional<ServerAddress> server;
    if (ServerAddress::looksLikeServer(target)) {
        auto address = ServerAddress::parse(target);
        if (!address)
            return cli.fail(address.error());
        server = *address;
    }
    auto outcome = server ? BackupRestore::restoreToServer(*image, *server, source)
                          : BackupRestore::restore(*image, target, source);
    if (!outcome)
        return cli.fail(outcome.error());
    if (cli.json())
        cli.printJson(restoreOutcomeJson(*outcome));
    else
        cli.out() << tr("Restored %1 into %2: %3 tables, %4 rows; the audit trail (%5 entries) and %6 signature(s) "
                        "verify.")
                         .arg(source, outcome->path)
                         .arg(outcome->tables)
                         .arg(outcome->rows)
                         .arg(outcome->auditEntries)
                         .arg(outcome->signatures)
                  << Qt::endl;
    return ExitOk;
}

} // namespace relm::cli

#include "BackupActions.h"

#include "backup/BackupReader.h"
#include "backup/BackupWriter.h"
#include "changes/Workspace.h"
#include "storage/Database.h"
#include "storage/ServerAddress.h"
#include "widgets/MessageBar.h"
#include "widgets/ProgressRun.h"

#include <QAction>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QSaveFile>
#include <QStandardPaths>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace relm::backup_actions {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::BackupActions", text);
}

QString documents() {
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void backUpInteractively(QWidget *parent, Workspace *workspace, MessageBar *message) {
    if (!workspace)
        return;
    // The backup reads on another connection of its own, beside the window's.
    const std::optional<ServerAddress> server = workspace->serverAddress();
    const QString database = workspace->database().location();
    const QString name = (server ? server->database : QFileInfo(database).completeBaseName()) + u"-backup-"_s +
                         QDate::currentDate().toString(Qt::ISODate) + u".json"_s;
    const QString path = QFileDialog::getSaveFileName(parent, tr("Back Up"), QDir(documents()).filePath(name),
                                                      tr("Relm backup (*.json)"));
    if (path.isEmpty())
        return;
    auto rows = std::make_shared<Result<qint64>>(0);
    runWithProgress(
        parent, tr("Backing up %1\u2026").arg(server ? database : QFileInfo(database).fileName()),
        [database, server, path, rows](const ProgressReport &progress) {
            *rows = server ? backUpServer(*server, path, progress) : backUp(database, path, progress);
        },
        [message, path, rows](bool) {
            if (!*rows) {
                message->showError(rows->errorMessage());
                return;
            }
            message->showMessage(MessageBar::Kind::Information,
                                 tr("Backed up %1 rows, the audit trail and the signatures to %2.")
                                     .arg(**rows)
                                     .arg(QFileInfo(path).absoluteFilePath()));
        });
}

void restoreInteractively(QWidget *parent, MessageBar *message, const std::function<void(const QString &)> &open) {
    const QString backup =
        QFileDialog::getOpenFileName(parent, tr("Restore from Backup"), documents(), tr("Relm backup (*.json)"));
    if (backup.isEmpty())
        return;
    const QString proposed = QFileInfo(backup).absoluteDir().filePath(QFileInfo(backup).completeBaseName() + u".db"_s);
    const QString target =
        QFileDialog::getSaveFileName(parent, tr("Restore into New Database"), proposed, tr("Relm database (*.db)"),
                                     nullptr, QFileDialog::DontConfirmOverwrite);
    if (target.isEmpty())
        return;
    auto outcome = std::make_shared<Result<RestoreOutcome>>(RestoreOutcome{});
    runWithProgress(
        parent, tr("Restoring %1\u2026").arg(QFileInfo(backup).fileName()),
        [backup, target, outcome](const ProgressReport &progress) { *outcome = restore(backup, target, progress); },
        [message, backup, outcome, open](bool) {
            if (!*outcome) {
                message->showError(outcome->errorMessage());
                return;
            }
            const QString path = (*outcome)->path;
            const QString signatures = QCoreApplication::translate("relm::backup_actions", "%n signature(s)", nullptr,
                                                                   int((*outcome)->signatures));
            message->showMessage(MessageBar::Kind::Information,
                                 tr("Restored %1 into %2: %3 rows; the audit trail and %4 verify.")
                                     .arg(QFileInfo(backup).fileName(), path)
                                     .arg((*outcome)->rows)
                                     .arg(signatures),
                                 tr("Open"), [open, path] { open(path); });
        });
}

} // namespace

namespace {
Result<qint64> writeBackup(Database &db, const QString &path, const BackupProgress &progress);
} // namespace

Result<qint64> backUp(const QString &databasePath, const QString &path, const BackupProgress &progress) {
    auto db = Database::openSqlite(databasePath);
    if (!db)
        return db.error();
    return writeBackup(**db, path, progress);
}

Result<qint64> backUpServer(const ServerAddress &address, const QString &path, const BackupProgress &progress) {
    auto db = Database::openServer(address);
    if (!db)
        return db.error();
    return writeBackup(**db, path, progress);
}

namespace {

Result<qint64> writeBackup(Database &db, const QString &path, const BackupProgress &progress) {
    auto image = BackupWriter::read(db, QDateTime::currentDateTimeUtc(), progress);
    if (!image)
        return image.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(BackupWriter::toJson(*image)) < 0 || !file.commit())
        return makeError(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    qint64 rows = 0;
    for (const BackupTable &table : image->tables)
        rows += table.rows.size();
    return rows;
}

} // namespace

Result<RestoreOutcome> restore(const QString &backupPath, const QString &databasePath, const BackupProgress &progress) {
    auto image = BackupReader::read(backupPath);
    if (!image)
        return image.error();
    return BackupRestore::restore(*image, databasePath, backupPath, progress);
}

void fillFileMenu(QMenu *file, QWidget *parent, std::function<Workspace *()> workspace, MessageBar *message,
                  std::function<void(const QString &)> open) {
    QAction *backUpAction = file->addAction(tr("&Back Up\u2026"));
    backUpAction->setObjectName(u"fileBackUp"_s);
    QObject::connect(backUpAction, &QAction::triggered, parent,
                     [parent, workspace, message] { backUpInteractively(parent, workspace(), message); });
    QAction *restoreAction = file->addAction(tr("&Restore\u2026"));
    restoreAction->setObjectName(u"fileRestore"_s);
    QObject::connect(restoreAction, &QAction::triggered, parent,
                     [parent, message, open] { restoreInteractively(parent, message, open); });
}

} // namespace relm::backup_actions

#include "BackupBench.h"

#include "BenchSupport.h"
#include "backup/BackupImage.h"
#include "backup/BackupReader.h"
#include "backup/BackupRestore.h"
#include "backup/BackupWriter.h"
#include "changes/Workspace.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QDir>
#include <QFile>

using namespace Qt::Literals::StringLiterals;

namespace relm::bench {

void benchmarkBackup(QJsonArray &results, Workspace &workspace, const QString &folder) {
    const QString backup = QDir(folder).filePath(u"portfolio-backup.json"_s);
    auto image = BackupWriter::read(workspace.database(), QDateTime::currentDateTimeUtc());
    verify(image.ok(), "the portfolio is read for a backup");
    qint64 rows = 0;
    for (const BackupTable &table : image->tables)
        rows += table.rows.size();
    const QString size = u"%1k_rows"_s.arg(rows / 1000);
    results.append(measure(u"backup_write_"_s + size, 3, [&](int) {
        auto bytes = BackupWriter::write(workspace.database(), QDateTime::currentDateTimeUtc());
        verify(bytes.ok(), "the backup is made");
        QFile file(backup);
        verify(file.open(QIODevice::WriteOnly) && file.write(*bytes) == bytes->size(), "the backup is written");
    }));
    if (!QFile::exists(backup)) { // the restore step alone was asked for
        auto bytes = BackupWriter::write(workspace.database(), QDateTime::currentDateTimeUtc());
        QFile file(backup);
        verify(bytes.ok() && file.open(QIODevice::WriteOnly) && file.write(*bytes) == bytes->size(),
               "the backup is written");
    }
    results.append(measure(u"backup_restore_"_s + size, 3, [&](int round) {
        auto read = BackupReader::read(backup);
        verify(read.ok(), "the backup is read back");
        const QString target = QDir(folder).filePath(u"restored-%1.db"_s.arg(round));
        auto restored = BackupRestore::restore(*read, target, backup);
        verify(restored.ok() && restored->rows == rows, "every row is restored and verifies");
    }));
}

} // namespace relm::bench

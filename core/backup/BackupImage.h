#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>

namespace relm {

/// Told how far a backup or restore has come (done of total); returning false stops it, and a
/// stopped one leaves nothing behind.
using BackupProgress = std::function<bool(qint64 done, qint64 total)>;

/// One table of a backup: its columns and rows, each value as SQLite holds it (an invalid
/// QVariant for NULL, qint64, double, QString or QByteArray).
struct BackupTable {
    QString name;
    QStringList columns;
    QList<QVariantList> rows;
};

/// A whole database as a backup holds it.
struct BackupImage {
    static constexpr int currentFormatVersion = 1;
    static QString formatName() { return QStringLiteral("relm-backup"); }

    int formatVersion = currentFormatVersion;
    int schemaVersion = 0;
    QString exportedAt;
    QString exportedWith;
    QString auditHead; ///< the newest audit entry's hash when the backup was made
    QList<BackupTable> tables;
    QHash<QString, qint64> sequences; ///< the next-id counters, per table

    const BackupTable *table(const QString &name) const {
        for (const BackupTable &t : tables) {
            if (t.name == name)
                return &t;
        }
        return nullptr;
    }
};

} // namespace relm

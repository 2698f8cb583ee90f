#include "BackupWriter.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/TableCatalogue.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::BackupWriter", text);
}

// Integers beyond this lose digits as JSON numbers in many readers: they travel as text.
constexpr qint64 exactInJson = qint64(1) << 53;

using table_catalogue::quoted;

QVariant valueAt(sqlite3_stmt *statement, int column) {
    switch (sqlite3_column_type(statement, column)) {
    case SQLITE_INTEGER:
        return QVariant::fromValue<qint64>(sqlite3_column_int64(statement, column));
    case SQLITE_FLOAT:
        return sqlite3_column_double(statement, column);
    case SQLITE_TEXT:
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, column)),
                                 sqlite3_column_bytes(statement, column));
    case SQLITE_BLOB: {
        const auto *data = static_cast<const char *>(sqlite3_column_blob(statement, column));
        return QByteArray(data, sqlite3_column_bytes(statement, column));
    }
    default:
        return QVariant();
    }
}

Result<BackupTable> readTable(sqlite3 *db, const QString &name) {
    BackupTable table;
    table.name = name;
    sqlite3_stmt *statement = nullptr;
    const QByteArray sql = (u"SELECT * FROM "_s + quoted(name) + u" ORDER BY rowid"_s).toUtf8();
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &statement, nullptr) != SQLITE_OK)
        return makeError(ErrorCode::Storage,
                         tr("Reading table %1 failed: %2").arg(name, QString::fromUtf8(sqlite3_errmsg(db))));
    const int columns = sqlite3_column_count(statement);
    for (int c = 0; c < columns; ++c)
        table.columns.append(QString::fromUtf8(sqlite3_column_name(statement, c)));
    int status = SQLITE_ROW;
    while ((status = sqlite3_step(statement)) == SQLITE_ROW) {
        QVariantList row;
        row.reserve(columns);
        for (int c = 0; c < columns; ++c)
            row.append(valueAt(statement, c));
        table.rows.append(row);
    }
    sqlite3_finalize(statement);
    if (status != SQLITE_DONE)
        return makeError(ErrorCode::Storage,
                         tr("Reading table %1 failed: %2").arg(name, QString::fromUtf8(sqlite3_errmsg(db))));
    return table;
}

/// A value from the server as SQLite holds it, so that a backup reads the same from either.
QVariant portable(const QVariant &value) {
    if (value.isNull())
        return QVariant();
    switch (value.typeId()) {
    case QMetaType::Bool:
        return QVariant::fromValue<qint64>(value.toBool() ? 1 : 0);
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return QVariant::fromValue<qint64>(value.toLongLong());
    case QMetaType::Double:
        return value.toDouble();
    case QMetaType::QByteArray:
        return value.toByteArray();
    default:
        return value.toString();
    }
}

/// A table read through the server connection, its columns in the table's order.
Result<BackupTable> readServerTable(Database &db, const QString &name) {
    auto columns = table_catalogue::columns(db, name);
    if (!columns)
        return columns.error();
    BackupTable table;
    table.name = name;
    QStringList selected;
    for (const TableColumn &column : std::as_const(*columns)) {
        table.columns.append(column.name);
        selected.append(quoted(column.name));
    }
    auto q = db.exec(u"SELECT %1 FROM %2 ORDER BY 1"_s.arg(selected.join(u", "_s), quoted(name)));
    if (!q)
        return q.error();
    while ((*q)->next()) {
        QVariantList row;
        row.reserve(table.columns.size());
        for (int c = 0; c < table.columns.size(); ++c)
            row.append(portable((*q)->value(c)));
        table.rows.append(row);
    }
    (*q)->finish();
    return table;
}

QJsonValue jsonOf(const QVariant &value) {
    switch (value.typeId()) {
    case QMetaType::LongLong: {
        const qint64 number = value.toLongLong();
        if (number > exactInJson || number < -exactInJson)
            return QJsonObject{{u"int"_s, QString::number(number)}};
        return number;
    }
    case QMetaType::Double:
        return value.toDouble();
    case QMetaType::QString:
        return value.toString();
    case QMetaType::QByteArray:
        return QJsonObject{{u"base64"_s, QString::fromLatin1(value.toByteArray().toBase64())}};
    default:
        return QJsonValue(QJsonValue::Null);
    }
}

} // namespace

Result<BackupImage> BackupWriter::read(Database &db, const QDateTime &now, const BackupProgress &progress) {
    auto *native = static_cast<sqlite3 *>(db.nativeSqliteHandle());
    if (!native && !db.isServer())
        return makeError(ErrorCode::Storage,
                         tr("A backup is made of a Relm database file (SQLite); %1 is not one.").arg(db.location()));
    BackupImage image;
    image.schemaVersion = db.schemaVersion();
    image.exportedAt = now.toUTC().toString(Qt::ISODate);
    image.exportedWith = QStringLiteral(RELM_VERSION);
    // One transaction: every table is read from the same snapshot, even while others write.
    auto read = db.transaction([&]() -> Result<void> {
        if (db.isServer()) {
            if (auto r = db.execDirect(u"SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"_s); !r)
                return r;
        }
        auto tables = table_catalogue::tables(db);
        if (!tables)
            return tables.error();
        for (const QString &name : std::as_const(*tables)) {
            if (progress && !progress(image.tables.size(), tables->size()))
                return makeError(ErrorCode::Invalid, tr("The backup was stopped; no file was written."));
            auto table = native ? readTable(native, name) : readServerTable(db, name);
            if (!table)
                return table.error();
            image.tables.append(*table);
        }
        auto sequences = table_catalogue::idCounters(db);
        if (!sequences)
            return sequences.error();
        image.sequences = *sequences;
        auto head = db.scalar(u"SELECT value FROM relm_meta WHERE key = ?"_s, {AuditLog::headKey()});
        if (!head)
            return head.error();
        image.auditHead = head->toString();
        return {};
    });
    if (!read)
        return read.error();
    return image;
}

QByteArray BackupWriter::toJson(const BackupImage &image) {
    QJsonObject tables;
    for (const BackupTable &table : image.tables) {
        QJsonArray rows;
        for (const QVariantList &row : table.rows) {
            QJsonArray values;
            for (const QVariant &value : row)
                values.append(jsonOf(value));
            rows.append(values);
        }
        tables.insert(table.name,
                      QJsonObject{{u"columns"_s, QJsonArray::fromStringList(table.columns)}, {u"rows"_s, rows}});
    }
    QJsonObject sequences;
    for (auto it = image.sequences.cbegin(); it != image.sequences.cend(); ++it)
        sequences.insert(it.key(), it.value());
    const QJsonObject root{{u"format"_s, BackupImage::formatName()},
                           {u"format_version"_s, image.formatVersion},
                           {u"schema_version"_s, image.schemaVersion},
                           {u"exported_at"_s, image.exportedAt},
                           {u"exported_with"_s, image.exportedWith},
                           {u"audit_head"_s, image.auditHead},
                           {u"sequences"_s, sequences},
                           {u"tables"_s, tables}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<QByteArray> BackupWriter::write(Database &db, const QDateTime &now, const BackupProgress &progress) {
    auto image = read(db, now, progress);
    if (!image)
        return image.error();
    return toJson(*image);
}

} // namespace relm

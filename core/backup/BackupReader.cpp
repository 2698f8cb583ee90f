#include "BackupReader.h"

#include "domain/JsonPaths.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::BackupReader", text);
}

/// The reading of one backup file, path by path.
class BackupParse final {
public:
    explicit BackupParse(const QString &source)
        : m_json(source) {}

    Result<BackupImage> run(const QByteArray &bytes) {
        auto root = m_json.parse(bytes);
        if (!root)
            return root.error();
        if (auto r = readHeader(*root); !r)
            return r.error();
        if (auto r = readSequences(*root); !r)
            return r.error();
        if (auto r = readTables(*root); !r)
            return r.error();
        return std::move(m_image);
    }

private:
    Result<int> number(const QJsonObject &object, const QString &key, int minimum) {
        const QJsonValue value = object.value(key);
        if (!value.isDouble() || value.toDouble() != double(value.toInt()) || value.toInt() < minimum)
            return m_json.problem(key, tr("should be a whole number of at least %1.").arg(minimum));
        return value.toInt();
    }

    Result<void> readHeader(const QJsonObject &root) {
        if (root.value(u"format"_s).toString() != BackupImage::formatName())
            return m_json.problem(u"format"_s, tr("is not \u201C%1\u201D: this file is not a Relm backup. Make one "
                                                  "with \u201Crelm-cli export json\u201D or File \u2192 Back Up.")
                                                   .arg(BackupImage::formatName()));
        auto format = number(root, u"format_version"_s, 1);
        if (!format)
            return format.error();
        if (*format > BackupImage::currentFormatVersion)
            return m_json.problem(u"format_version"_s,
                                  tr("is %1, but this Relm reads backups up to version %2: restore it with the "
                                     "newer Relm that made it.")
                                      .arg(*format)
                                      .arg(BackupImage::currentFormatVersion),
                                  ErrorCode::NewerVersion);
        m_image.formatVersion = *format;
        auto schema = number(root, u"schema_version"_s, 1);
        if (!schema)
            return schema.error();
        m_image.schemaVersion = *schema;
        for (const auto &[key, target] :
             {std::pair{u"exported_at"_s, &m_image.exportedAt}, std::pair{u"exported_with"_s, &m_image.exportedWith},
              std::pair{u"audit_head"_s, &m_image.auditHead}}) {
            auto text = m_json.text(root, key, {});
            if (!text)
                return text.error();
            *target = *text;
        }
        return {};
    }

    Result<void> readSequences(const QJsonObject &root) {
        const QJsonValue value = root.value(u"sequences"_s);
        if (value.isUndefined())
            return {};
        auto sequences = m_json.object(value, u"sequences"_s);
        if (!sequences)
            return sequences.error();
        for (auto it = sequences->begin(); it != sequences->end(); ++it) {
            const double seq = it.value().toDouble(-1);
            if (!it.value().isDouble() || seq < 0 || seq > 9.0e15 || seq != double(qint64(seq)))
                return m_json.problem(JsonPaths::member(u"sequences"_s, it.key()),
                                      tr("should be a whole number, the last id given in that table."));
            m_image.sequences.insert(it.key(), qint64(seq));
        }
        return {};
    }

    Result<void> readTables(const QJsonObject &root) {
        if (!root.value(u"tables"_s).isObject())
            return m_json.problem(u"tables"_s, tr("is missing or not an object of tables; the backup is incomplete."));
        const QJsonObject tables = root.value(u"tables"_s).toObject();
        for (auto it = tables.begin(); it != tables.end(); ++it) {
            auto table = readTable(it.key(), it.value());
            if (!table)
                return table.error();
            m_image.tables.append(*table);
        }
        return {};
    }

    Result<BackupTable> readTable(const QString &name, const QJsonValue &value) {
        const QString path = JsonPaths::member(u"tables"_s, name);
        if (name.isEmpty() || name.startsWith(u"sqlite_"_s))
            return m_json.problem(path, tr("is not a table Relm keeps."));
        auto object = m_json.object(value, path);
        if (!object)
            return object.error();
        BackupTable table;
        table.name = name;
        auto columns = m_json.array(*object, u"columns"_s, path);
        if (!columns)
            return columns.error();
        QSet<QString> seen;
        for (qsizetype i = 0; i < columns->size(); ++i) {
            const QString column = columns->at(i).toString();
            if (column.isEmpty() || seen.contains(column))
                return m_json.problem(JsonPaths::element(JsonPaths::member(path, u"columns"_s), i),
                                      tr("should be a column name, given once."));
            seen.insert(column);
            table.columns.append(column);
        }
        if (table.columns.isEmpty())
            return m_json.problem(JsonPaths::member(path, u"columns"_s), tr("is missing or empty."));
        auto rows = m_json.array(*object, u"rows"_s, path);
        if (!rows)
            return rows.error();
        table.rows.reserve(rows->size());
        for (qsizetype i = 0; i < rows->size(); ++i) {
            auto row = readRow(rows->at(i), JsonPaths::element(JsonPaths::member(path, u"rows"_s), i), table.columns);
            if (!row)
                return row.error();
            table.rows.append(*row);
        }
        return table;
    }

    Result<QVariantList> readRow(const QJsonValue &value, const QString &path, const QStringList &columns) {
        if (!value.isArray() || value.toArray().size() != columns.size())
            return m_json.problem(path, tr("should be a list of %1 values, one per column.").arg(columns.size()));
        const QJsonArray values = value.toArray();
        QVariantList row;
        row.reserve(values.size());
        for (qsizetype i = 0; i < values.size(); ++i) {
            auto cell = readValue(values.at(i), JsonPaths::element(path, i) + u" ("_s + columns.at(i) + u')');
            if (!cell)
                return cell.error();
            row.append(*cell);
        }
        return row;
    }

    Result<QVariant> readValue(const QJsonValue &value, const QString &path) {
        switch (value.type()) {
        case QJsonValue::Null:
            return QVariant();
        case QJsonValue::String:
            return QVariant(value.toString());
        case QJsonValue::Double: {
            const double number = value.toDouble();
            if (number == double(value.toInteger()))
                return QVariant::fromValue<qint64>(value.toInteger());
            return QVariant(number);
        }
        case QJsonValue::Object: {
            const QJsonObject object = value.toObject();
            if (object.size() == 1 && object.value(u"int"_s).isString()) {
                bool ok = false;
                const qint64 number = object.value(u"int"_s).toString().toLongLong(&ok);
                if (ok)
                    return QVariant::fromValue<qint64>(number);
            }
            if (object.size() == 1 && object.value(u"base64"_s).isString()) {
                auto decoded = QByteArray::fromBase64Encoding(object.value(u"base64"_s).toString().toLatin1(),
                                                              QByteArray::AbortOnBase64DecodingErrors);
                if (decoded)
                    return QVariant(*decoded);
            }
            break;
        }
        default:
            break;
        }
        return m_json.problem(path, tr("should be text, a number, null, {\"int\": \"digits\"} or "
                                       "{\"base64\": \"...\"}."));
    }

    JsonPaths m_json;
    BackupImage m_image;
};

} // namespace

Result<BackupImage> BackupReader::read(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("Cannot read %1: %2").arg(path, file.errorString()));
    return readBytes(file.readAll(), path);
}

Result<BackupImage> BackupReader::readBytes(const QByteArray &bytes, const QString &source) {
    return BackupParse(source).run(bytes);
}

} // namespace relm

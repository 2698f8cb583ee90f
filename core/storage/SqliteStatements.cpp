#include "SqliteStatements.h"

#include <QDate>
#include <QDateTime>
#include <QTime>

#include <sqlite3.h>

namespace relm {

SqliteStatements::SqliteStatements(sqlite3 *connection)
    : m_connection(connection) {}

SqliteStatements::~SqliteStatements() {
    for (auto &[sql, statement] : m_statements)
        sqlite3_finalize(statement);
}

sqlite3_stmt *SqliteStatements::prepared(const QString &sql, int &code) {
    if (const auto found = m_statements.find(sql); found != m_statements.end())
        return found->second;
    sqlite3_stmt *statement = nullptr;
    code = sqlite3_prepare16_v3(m_connection, sql.utf16(), int(sql.size() * sizeof(char16_t)),
                                SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
    if (code != SQLITE_OK) {
        sqlite3_finalize(statement);
        return nullptr;
    }
    m_statements.emplace(sql, statement);
    return statement;
}

int SqliteStatements::bind(sqlite3_stmt *statement, int position, const QVariant &value) {
    const auto text = [&](const QString &s) {
        // UTF-8, the database's encoding: SQLite would otherwise convert it itself.
        const QByteArray utf8 = s.toUtf8();
        return sqlite3_bind_text(statement, position, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    };
    if (value.isNull() && value.metaType().id() != QMetaType::QString)
        return sqlite3_bind_null(statement, position);
    switch (value.metaType().id()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::Char:
        return sqlite3_bind_int64(statement, position, value.toLongLong());
    case QMetaType::ULong:
    case QMetaType::ULongLong:
        return sqlite3_bind_int64(statement, position, qint64(value.toULongLong()));
    case QMetaType::Double:
    case QMetaType::Float:
        return sqlite3_bind_double(statement, position, value.toDouble());
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        return sqlite3_bind_blob(statement, position, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
    }
    case QMetaType::QDateTime:
        return text(value.toDateTime().toString(Qt::ISODateWithMs));
    case QMetaType::QDate:
        return text(value.toDate().toString(Qt::ISODate));
    case QMetaType::QTime:
        return text(value.toTime().toString(u"hh:mm:ss.zzz"));
    case QMetaType::QString:
        // A null string is stored as empty text, as Database::exec stores it.
        return text(value.toString());
    default:
        return text(value.toString());
    }
}

namespace {

class NativeRow final : public RowView {
public:
    explicit NativeRow(sqlite3_stmt *statement)
        : m_statement(statement) {}
    qint64 integer(int column) const override { return sqlite3_column_int64(m_statement, column); }
    double real(int column) const override { return sqlite3_column_double(m_statement, column); }
    QString text(int column) const override {
        const auto *chars = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return chars ? QString::fromUtf8(chars, sqlite3_column_bytes(m_statement, column)) : QString();
    }
    bool isNull(int column) const override { return sqlite3_column_type(m_statement, column) == SQLITE_NULL; }

private:
    sqlite3_stmt *m_statement;
};

} // namespace

sqlite3_stmt *SqliteStatements::bound(const QString &sql, const QVariantList &values, int &code) {
    sqlite3_stmt *statement = prepared(sql, code);
    if (!statement)
        return nullptr;
    for (int i = 0; i < values.size(); ++i) {
        if (bind(statement, i + 1, values.at(i)) != SQLITE_OK) {
            code = sqlite3_extended_errcode(m_connection);
            sqlite3_reset(statement);
            sqlite3_clear_bindings(statement);
            return nullptr;
        }
    }
    return statement;
}

int SqliteStatements::finish(sqlite3_stmt *statement, int stepCode) {
    // A failed step's code comes back from reset too; keep the connection's extended one.
    const int code = stepCode == SQLITE_DONE ? stepCode : sqlite3_extended_errcode(m_connection);
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    return code;
}

int SqliteStatements::run(const QString &sql, const QVariantList &values) {
    int code = SQLITE_OK;
    sqlite3_stmt *statement = bound(sql, values, code);
    if (!statement)
        return code;
    code = sqlite3_step(statement);
    return finish(statement, code == SQLITE_ROW ? SQLITE_DONE : code);
}

int SqliteStatements::select(const QString &sql, const QVariantList &values,
                             const std::function<void(const RowView &)> &each) {
    int code = SQLITE_OK;
    sqlite3_stmt *statement = bound(sql, values, code);
    if (!statement)
        return code;
    const NativeRow row(statement);
    while ((code = sqlite3_step(statement)) == SQLITE_ROW)
        each(row);
    return finish(statement, code);
}

qint64 SqliteStatements::lastInsertId() const {
    return sqlite3_last_insert_rowid(m_connection);
}

QString SqliteStatements::lastMessage() const {
    return QString::fromUtf8(sqlite3_errmsg(m_connection));
}

int SqliteStatements::lastCode() const {
    return sqlite3_extended_errcode(m_connection);
}

} // namespace relm

#pragma once

#include "storage/RowView.h"

#include <QString>
#include <QVariantList>

#include <functional>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace relm {

/// Statements run on SQLite's own interface, for the few that run hundreds of thousands of times
/// in one change (an imported plan's tasks and links). Binding through the Qt driver costs more
/// per value than SQLite spends storing the row. Prepared once per text; reset after each run, so
/// that no statement holds the connection between runs. Values bind as the Qt driver binds them.
class SqliteStatements final {
public:
    explicit SqliteStatements(sqlite3 *connection);
    ~SqliteStatements();
    Q_DISABLE_COPY_MOVE(SqliteStatements)

    /// Runs a statement that returns no rows; SQLITE_DONE, or SQLite's (extended) error code.
    int run(const QString &sql, const QVariantList &values);
    /// Runs a query and hands each row to `each`; SQLITE_DONE, or SQLite's error code.
    int select(const QString &sql, const QVariantList &values, const std::function<void(const RowView &)> &each);
    /// The id SQLite gave the row the last INSERT on this connection added.
    qint64 lastInsertId() const;
    /// SQLite's message and extended code for the last failure.
    QString lastMessage() const;
    int lastCode() const;

private:
    /// The statement prepared and bound, or null with `code` set.
    sqlite3_stmt *bound(const QString &sql, const QVariantList &values, int &code);
    sqlite3_stmt *prepared(const QString &sql, int &code);
    /// Resets the statement after a run; the run's own code, or the connection's extended code.
    int finish(sqlite3_stmt *statement, int stepCode);
    int bind(sqlite3_stmt *statement, int position, const QVariant &value);

    sqlite3 *m_connection;
    std::unordered_map<QString, sqlite3_stmt *> m_statements;
};

} // namespace relm

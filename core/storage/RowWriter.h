#pragma once

#include "Result.h"
#include "domain/Ids.h"

#include <QStringList>
#include <QVariantList>

#include <functional>
#include <utility>

namespace relm {

class Database;

/// Insert, update and delete of one row by id, shared by the stores. Table and column names are
/// the stores' own constants, never user text; values are always bound.
class RowWriter final {
public:
    RowWriter(Database &db, QString table, QStringList columns);

    /// Inserts a row; with a non-zero id the row gets that id (an undone creation redone).
    Result<Id> insert(const QVariantList &values, Id id = 0);
    /// Ids for `count` new rows, to be inserted together with insertAll() in the same change. On
    /// SQLite they follow the highest id ever given (inside a change no one else writes there); a
    /// server hands them out from the table's sequence, so clients never get the same ones.
    Result<QList<Id>> reserveIds(qsizetype count);
    /// Inserts rows with the ids given, many to a statement: an import adds 300,000 rows, and
    /// SQLite stores them in half the time so. Stops at the first refusal; the change then
    /// writes nothing.
    /// `row(i)` gives the i-th row's id and values, made as they are stored (not all at once).
    Result<void> insertAll(qsizetype count, const std::function<std::pair<Id, QVariantList>(qsizetype)> &row);
    Result<void> update(Id id, const QVariantList &values);
    Result<void> remove(Id id);
    /// Whether another row (not exceptId) has this value in a unique column, compared case-insensitively.
    Result<bool> taken(const QString &column, const QString &value, Id exceptId = 0);
    /// Fails with a Conflict carrying conflictMessage when the value is taken.
    Result<void> requireFree(const QString &column, const QString &value, Id exceptId, const QString &conflictMessage);

private:
    Database &m_db;
    QString m_table;
    QStringList m_columns;
    QString m_insertSql;       ///< built on first use
    QString m_insertWithIdSql; ///< the same, naming the id too
    QString m_insertManySql;   ///< the same for kRowsPerStatement rows
};

/// A NULL for a zero id, so optional references stay NULL in the database.
QVariant nullableId(Id id);

/// "WHERE column = ?" with its value for a non-zero id, nothing for 0 ("all"). Separate statements
/// for the two cases let SQLite use the column's index (an "? = 0 OR" test would not).
struct IdFilter {
    QString clause;
    QVariantList values;
};
IdFilter filterById(const QString &column, Id id, const QString &keyword = QStringLiteral("WHERE"));

} // namespace relm

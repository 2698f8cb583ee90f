#include "RowWriter.h"

#include "storage/Database.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace relm {

RowWriter::RowWriter(Database &db, QString table, QStringList columns)
    : m_db(db)
    , m_table(std::move(table))
    , m_columns(std::move(columns)) {}

Result<Id> RowWriter::insert(const QVariantList &values, Id id) {
    QString &sql = id != 0 ? m_insertWithIdSql : m_insertSql;
    if (sql.isEmpty()) {
        QStringList columns = m_columns;
        if (id != 0)
            columns.prepend(u"id"_s);
        const QString placeholders = QStringList(columns.size(), u"?"_s).join(u", "_s);
        sql = u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(m_table, columns.join(u", "_s), placeholders);
    }
    if (id == 0)
        return m_db.insert(sql, values);
    QVariantList bound = values;
    bound.prepend(id);
    return m_db.insert(sql, bound);
}

Result<QList<Id>> RowWriter::reserveIds(qsizetype count) {
    QList<Id> ids;
    ids.reserve(count);
    if (m_db.isServer()) {
        auto taken = m_db.exec(u"SELECT nextval(pg_get_serial_sequence(?, 'id')) FROM generate_series(1, ?)"_s,
                               {m_table, count});
        if (!taken)
            return taken.error();
        while ((*taken)->next())
            ids.append((*taken)->value(0).toLongLong());
        (*taken)->finish();
        return ids;
    }
    // AUTOINCREMENT never hands out an id again: the next is past the highest ever given.
    auto next = m_db.scalar(u"SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = ?), 0), "
                            "coalesce((SELECT max(id) FROM %1), 0)) + 1"_s.arg(m_table),
                            {m_table});
    if (!next)
        return next.error();
    for (qsizetype i = 0; i < count; ++i)
        ids.append(next->toLongLong() + i);
    return ids;
}

Result<void> RowWriter::insertAll(qsizetype count, const std::function<std::pair<Id, QVariantList>(qsizetype)> &row) {
    // Enough rows to share a statement's cost, few enough for SQLite's limit of bound values.
    const qsizetype perStatement = std::max<qsizetype>(1, 900 / (m_columns.size() + 1));
    if (m_insertManySql.isEmpty()) {
        const QString placeholders = u'(' + QStringList(m_columns.size() + 1, u"?"_s).join(u", "_s) + u')';
        m_insertManySql = u"INSERT INTO %1 (id, %2) VALUES %3"_s.arg(
            m_table, m_columns.join(u", "_s), QStringList(perStatement, placeholders).join(u", "_s));
    }
    qsizetype done = 0;
    QVariantList bound;
    for (; done + perStatement <= count; done += perStatement) {
        bound.clear();
        for (qsizetype i = done; i < done + perStatement; ++i) {
            auto [id, values] = row(i);
            bound.append(id);
            bound.append(values);
        }
        if (auto r = m_db.insert(m_insertManySql, bound); !r)
            return r.error();
    }
    for (; done < count; ++done) { // the rest one by one: one statement kept, not one per size
        const auto [id, values] = row(done);
        if (auto r = insert(values, id); !r)
            return r.error();
    }
    return {};
}

Result<void> RowWriter::update(Id id, const QVariantList &values) {
    QStringList assignments;
    for (const QString &column : m_columns)
        assignments.append(column + u" = ?"_s);
    QVariantList bound = values;
    bound.append(id);
    assignments.append(u"row_version = row_version + 1"_s); // an edit: the row's next version
    auto q = m_db.exec(u"UPDATE %1 SET %2 WHERE id = ?"_s.arg(m_table, assignments.join(u", "_s)), bound);
    if (!q)
        return q.error();
    if ((*q)->numRowsAffected() == 0)
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("relm::RowWriter", "The record no longer exists."));
    return {};
}

Result<void> RowWriter::remove(Id id) {
    auto q = m_db.exec(u"DELETE FROM %1 WHERE id = ?"_s.arg(m_table), {id});
    if (!q)
        return q.error();
    return {};
}

Result<bool> RowWriter::taken(const QString &column, const QString &value, Id exceptId) {
    auto count = m_db.scalar(u"SELECT count(*) FROM %1 WHERE lower(%2) = lower(?) AND id <> ?"_s.arg(m_table, column),
                             {value, exceptId});
    if (!count)
        return count.error();
    return count->toInt() > 0;
}

Result<void> RowWriter::requireFree(const QString &column, const QString &value, Id exceptId,
                                    const QString &conflictMessage) {
    auto isTaken = taken(column, value, exceptId);
    if (!isTaken)
        return isTaken.error();
    if (*isTaken)
        return makeError(ErrorCode::Conflict, conflictMessage);
    return {};
}

IdFilter filterById(const QString &column, Id id, const QString &keyword) {
    if (id == 0)
        return {};
    return {u" %1 %2 = ? "_s.arg(keyword, column), {id}};
}

QVariant nullableId(Id id) {
    return id == 0 ? QVariant() : QVariant(id);
}

} // namespace relm

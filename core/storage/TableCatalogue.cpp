#include "TableCatalogue.h"

#include "storage/Database.h"
#include "storage/RowView.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace relm::table_catalogue {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::table_catalogue", text);
}

Result<QStringList> texts(Database &db, const QString &sql, const QVariantList &values = {}) {
    QStringList result;
    auto read = db.select(sql, values, [&result](const RowView &r) { result.append(r.text(0)); });
    if (!read)
        return read.error();
    return result;
}

/// The server's sequence that hands out the table's ids; empty for a table without one.
Result<QString> sequenceOf(Database &db, const QString &table) {
    auto name = db.scalar(u"SELECT pg_get_serial_sequence(?, 'id')"_s, {quoted(table)});
    if (!name)
        return name.error();
    return name->toString();
}

} // namespace

QString quoted(const QString &identifier) {
    return u'"' + QString(identifier).replace(u'"', u"\"\""_s) + u'"';
}

Result<QStringList> tables(Database &db) {
    if (db.isServer())
        return texts(db, u"SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
                         "AND table_type = 'BASE TABLE' ORDER BY table_name"_s);
    return texts(db, u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' "
                     "ESCAPE '\\' ORDER BY name"_s);
}

Result<QList<TableColumn>> columns(Database &db, const QString &table) {
    QList<TableColumn> result;
    if (db.isServer()) {
        auto read = db.select(u"SELECT column_name, is_nullable, data_type FROM information_schema.columns WHERE "
                              "table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position"_s,
                              {table}, [&result](const RowView &r) {
                                  result.append({r.text(0), r.text(1) == u"NO"_s, r.text(2) == u"boolean"_s});
                              });
        if (!read)
            return read.error();
        return result;
    }
    auto read = db.select(u"SELECT name, \"notnull\" FROM pragma_table_info(?) ORDER BY cid"_s, {table},
                          [&result](const RowView &r) {
                              result.append({r.text(0), r.integer(1) != 0, false});
                          });
    if (!read)
        return read.error();
    return result;
}

Result<QHash<QString, qint64>> idCounters(Database &db) {
    QHash<QString, qint64> counters;
    if (!db.isServer()) {
        auto read = db.select(u"SELECT name, seq FROM sqlite_sequence ORDER BY name"_s, {},
                              [&counters](const RowView &r) { counters.insert(r.text(0), r.integer(1)); });
        if (!read)
            return read.error();
        return counters;
    }
    auto names = texts(db, u"SELECT table_name FROM information_schema.columns WHERE table_schema = "
                           "current_schema() AND column_name = 'id' AND is_identity = 'YES' ORDER BY table_name"_s);
    if (!names)
        return names.error();
    for (const QString &table : std::as_const(*names)) {
        auto sequence = sequenceOf(db, table);
        if (!sequence)
            return sequence.error();
        if (sequence->isEmpty())
            continue;
        // The sequence's name comes from the server itself, already quoted where it must be.
        auto read = db.select(u"SELECT last_value, is_called FROM %1"_s.arg(*sequence), {}, [&](const RowView &r) {
            if (r.text(1) == u"true"_s || r.integer(1) != 0)
                counters.insert(table, r.integer(0));
        });
        if (!read)
            return read.error();
    }
    return counters;
}

Result<void> setIdCounter(Database &db, const QString &table, qint64 last) {
    if (db.isServer()) {
        auto sequence = sequenceOf(db, table);
        if (!sequence)
            return sequence.error();
        if (sequence->isEmpty())
            return makeError(ErrorCode::Invalid, tr("The table %1 hands out no ids.").arg(table));
        // A sequence starts at 1: a counter at 0 means none was handed out yet.
        if (auto q = db.exec(u"SELECT setval(?, ?, ?)"_s, {*sequence, qMax<qint64>(last, 1), last > 0}); !q)
            return q.error();
        return {};
    }
    if (auto q = db.exec(u"DELETE FROM sqlite_sequence WHERE name = ?"_s, {table}); !q)
        return q.error();
    if (auto q = db.exec(u"INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)"_s,
                         {table, QVariant::fromValue<qint64>(last)});
        !q)
        return q.error();
    return {};
}

Result<void> deferReferences(Database &db) {
    if (!db.isServer())
        return {}; // a restore into a file turns its checks off meanwhile (see BackupRestore)
    QList<std::pair<QString, QString>> references;
    auto read = db.select(u"SELECT c.conrelid::regclass::text, c.conname FROM pg_constraint c JOIN pg_namespace n "
                          "ON n.oid = c.connamespace WHERE c.contype = 'f' AND n.nspname = current_schema() AND NOT "
                          "c.condeferrable"_s,
                          {}, [&references](const RowView &r) {
                              references.append({r.text(0), r.text(1)});
                          });
    if (!read)
        return read.error();
    // Deferrable but checked at once unless a transaction asks otherwise: the same for every
    // other write.
    for (const auto &[table, constraint] : std::as_const(references)) {
        if (auto r = db.execDirect(
                u"ALTER TABLE %1 ALTER CONSTRAINT %2 DEFERRABLE INITIALLY IMMEDIATE"_s.arg(table, quoted(constraint)));
            !r)
            return r;
    }
    return db.execDirect(u"SET CONSTRAINTS ALL DEFERRED"_s);
}

Result<QString> brokenReference(Database &db) {
    if (db.isServer()) {
        // The server checks every deferred reference now, and names the first that fails.
        if (auto r = db.execDirect(u"SET CONSTRAINTS ALL IMMEDIATE"_s); !r)
            return r.error().message;
        return QString();
    }
    QString broken;
    auto read = db.select(u"SELECT \"table\", rowid, parent FROM pragma_foreign_key_check LIMIT 1"_s, {},
                          [&broken](const RowView &r) {
                              broken = tr("the row with id %2 of %1 refers to a row of %3 that is not there")
                                           .arg(r.text(0))
                                           .arg(r.integer(1))
                                           .arg(r.text(2));
                          });
    if (!read)
        return read.error();
    return broken;
}

} // namespace relm::table_catalogue

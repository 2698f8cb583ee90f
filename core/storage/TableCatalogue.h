#pragma once

#include "Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace relm {

class Database;

/// A column as a backup and a restore need to know it.
struct TableColumn {
    QString name;
    bool required = false; ///< NOT NULL
    bool boolean = false;  ///< a true/false column on the server (SQLite keeps 0 and 1)
};

/// What tables and columns a Relm database holds, and where its id counters stand, on either
/// engine: what a backup reads and a restore writes beside the rows themselves.
namespace table_catalogue {

/// Relm's tables, by name (the engine's own tables left out).
Result<QStringList> tables(Database &db);
/// The table's columns, in their order.
Result<QList<TableColumn>> columns(Database &db, const QString &table);
/// The last id handed out, per table, for the tables that handed out any.
Result<QHash<QString, qint64>> idCounters(Database &db);
/// Makes the table hand out ids after `last` from now on.
Result<void> setIdCounter(Database &db, const QString &table, qint64 last);
/// On a server, lets references between rows be checked at the end of the open transaction (or
/// by brokenReference), so that rows may go in in any order. A restore into a file turns the
/// checks off while it fills the file instead.
Result<void> deferReferences(Database &db);
/// The first row that refers to a row that is not there, named; empty when every reference holds.
Result<QString> brokenReference(Database &db);

QString quoted(const QString &identifier);

} // namespace table_catalogue

} // namespace relm

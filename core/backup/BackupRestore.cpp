#include "BackupRestore.h"

#include "changes/Workspace.h"
#include "signing/TrailVerification.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Schema.h"
#include "storage/ServerAddress.h"
#include "storage/SqliteFileProbe.h"
#include "storage/TableCatalogue.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::BackupRestore", text);
}

using table_catalogue::quoted;

void removeWithCompanions(const QString &path) {
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s})
        QFile::remove(path + suffix);
}

/// A file that exists and holds anything (a database or not) is never replaced.
Result<void> checkTarget(const QString &path) {
    const QFileInfo info(path);
    if (!info.exists() || info.size() == 0)
        return {};
    auto finding = SqliteFileProbe::probe(info.absoluteFilePath(), 2000);
    if (finding && finding->empty)
        return {};
    return makeError(
        ErrorCode::Conflict,
        tr("%1 already exists and is not empty; a restore never overwrites a file. Name a new file.").arg(path));
}

/// Filling the freshly made database, in the open transaction.
class RestoreRun final {
    Q_DECLARE_TR_FUNCTIONS(relm::BackupRestore)

public:
    RestoreRun(Database &db, const BackupImage &image, const QString &source, RestoreOutcome &outcome,
               const BackupProgress &progress)
        : m_db(db)
        , m_image(image)
        , m_source(source)
        , m_outcome(outcome)
        , m_progress(progress) {
        for (const BackupTable &table : image.tables)
            m_total += table.rows.size();
    }

    Result<void> run() {
        auto tables = schemaTables();
        if (!tables)
            return tables.error();
        if (auto r = checkTables(*tables); !r)
            return r;
        for (const QString &name : *tables) {
            if (auto r = fill(*m_image.table(name)); !r)
                return r;
        }
        if (auto r = restoreSequences(); !r)
            return r;
        if (auto r = checkSchemaVersion(); !r)
            return r;
        if (m_image.schemaVersion < Schema::currentVersion()) {
            if (auto r = Schema::migrate(m_db, m_image.schemaVersion); !r)
                return r;
        }
        if (auto r = checkReferences(); !r)
            return r;
        return checkAuditChain();
    }

private:
    Error problem(const QString &what) const { return makeError(ErrorCode::Invalid, m_source + u": "_s + what); }

    Result<QStringList> schemaTables() { return table_catalogue::tables(m_db); }

    Result<void> checkTables(const QStringList &tables) {
        for (const BackupTable &table : m_image.tables) {
            if (!tables.contains(table.name))
                return problem(tr("tables.%1: a Relm database of schema version %2 has no such table; the backup "
                                  "was changed or is not from Relm.")
                                   .arg(table.name)
                                   .arg(m_image.schemaVersion));
        }
        for (const QString &name : tables) {
            if (!m_image.table(name))
                return problem(
                    tr("tables.%1 is missing; a backup holds every table. Make the backup again.").arg(name));
        }
        return {};
    }

    struct Columns {
        QStringList names;
        QSet<QString> required; ///< NOT NULL
        QSet<QString> boolean;  ///< true/false on a server, 0 and 1 in the backup
    };

    Result<Columns> columnsOf(const QString &table) {
        auto catalogued = table_catalogue::columns(m_db, table);
        if (!catalogued)
            return catalogued.error();
        Columns columns;
        for (const TableColumn &column : std::as_const(*catalogued)) {
            columns.names.append(column.name);
            if (column.required)
                columns.required.insert(column.name);
            if (column.boolean)
                columns.boolean.insert(column.name);
        }
        return columns;
    }

    /// The row's values as the database's columns take them.
    static QVariantList storable(const BackupTable &table, const Columns &columns, const QVariantList &row) {
        if (columns.boolean.isEmpty())
            return row;
        QVariantList values = row;
        for (qsizetype c = 0; c < table.columns.size() && c < values.size(); ++c) {
            if (columns.boolean.contains(table.columns.at(c)) && !values.at(c).isNull())
                values[c] = values.at(c).toLongLong() != 0;
        }
        return values;
    }

    /// A value the table must have, missing from a row: named by its place in the file, as the
    /// reader names a value of the wrong kind, rather than by the database's refusal.
    Result<void> checkRequired(const BackupTable &table, const Columns &columns, qsizetype row) {
        const QVariantList &values = table.rows.at(row);
        for (qsizetype c = 0; c < table.columns.size() && c < values.size(); ++c) {
            if (columns.required.contains(table.columns.at(c)) && values.at(c).isNull())
                return problem(tr("tables.%1.rows[%2][%3] (%4): is null, but every row of %1 has one. The backup "
                                  "was changed or damaged, so it is not restored.")
                                   .arg(table.name)
                                   .arg(row)
                                   .arg(c)
                                   .arg(table.columns.at(c)));
        }
        return {};
    }

    Result<void> fill(const BackupTable &table) {
        auto columns = columnsOf(table.name);
        if (!columns)
            return columns.error();
        if (QSet<QString>(columns->names.cbegin(), columns->names.cend()) !=
            QSet<QString>(table.columns.cbegin(), table.columns.cend()))
            return problem(tr("tables.%1.columns: the table has the columns %2 in schema version %3, the backup "
                              "gives %4.")
                               .arg(table.name, columns->names.join(u", "_s))
                               .arg(m_image.schemaVersion)
                               .arg(table.columns.join(u", "_s)));
        // The new database made a few rows of its own (its settings); the backup's replace them.
        if (auto q = m_db.exec(u"DELETE FROM "_s + quoted(table.name)); !q)
            return q.error();
        QStringList names;
        QStringList marks;
        for (const QString &column : table.columns) {
            names.append(quoted(column));
            marks.append(u"?"_s);
        }
        const QString sql =
            u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(quoted(table.name), names.join(u", "_s), marks.join(u", "_s));
        for (qsizetype i = 0; i < table.rows.size(); ++i) {
            if (i % 2000 == 0 && !carryOn(i))
                return makeError(ErrorCode::Invalid, tr("The restore was stopped; no database was made."));
            if (auto r = checkRequired(table, *columns, i); !r)
                return r;
            if (auto q = m_db.exec(sql, storable(table, *columns, table.rows.at(i))); !q)
                return problem(tr("tables.%1.rows[%2]: the row cannot be stored: %3")
                                   .arg(table.name)
                                   .arg(i)
                                   .arg(q.error().message));
        }
        ++m_outcome.tables;
        m_outcome.rows += table.rows.size();
        return {};
    }

    bool carryOn(qsizetype rowOfTable) const { return !m_progress || m_progress(m_outcome.rows + rowOfTable, m_total); }

    Result<void> restoreSequences() {
        for (auto it = m_image.sequences.cbegin(); it != m_image.sequences.cend(); ++it) {
            if (!m_image.table(it.key()))
                return problem(tr("sequences.%1 names a table the backup does not hold.").arg(it.key()));
            if (auto r = table_catalogue::setIdCounter(m_db, it.key(), it.value()); !r)
                return r;
        }
        return {};
    }

    Result<void> checkSchemaVersion() {
        auto stored = m_db.scalar(u"SELECT value FROM relm_meta WHERE key = 'schema_version'"_s);
        if (!stored)
            return stored.error();
        if (stored->toString() != QString::number(m_image.schemaVersion))
            return problem(tr("tables.relm_meta: it says schema version \u201C%1\u201D, the backup's header %2; "
                              "the backup was changed.")
                               .arg(stored->toString())
                               .arg(m_image.schemaVersion));
        return {};
    }

    Result<void> checkReferences() {
        auto broken = table_catalogue::brokenReference(m_db);
        if (!broken)
            return broken.error();
        if (broken->isEmpty())
            return {};
        return problem(tr("%1; the backup was changed or cut short.").arg(*broken));
    }

    Result<void> checkAuditChain() {
        auto verification = AuditLog(m_db).verify();
        if (!verification)
            return verification.error();
        m_outcome.auditEntries = verification->entries;
        if (verification->intact())
            return checkHeader();
        return problem(verification->firstBadEntry != 0
                           ? tr("tables.audit_log: audit entry %1 does not verify: %2 The backup was tampered "
                                "with or damaged, so it is not restored.")
                                 .arg(verification->firstBadEntry)
                                 .arg(verification->problem)
                           : tr("tables.audit_log: %1 The backup was tampered with or damaged, so it is not "
                                "restored.")
                                 .arg(verification->problem));
    }

    /// The header's audit head is the trail's newest entry: a header edited apart from the trail
    /// (or a trail cut together with the database's own record of its head) shows here.
    Result<void> checkHeader() {
        auto head = AuditLog(m_db).head();
        if (!head)
            return head.error();
        if (m_image.auditHead == *head)
            return {};
        return problem(tr("audit_head: the header names %1 as the newest audit entry, but the trail ends with %2. "
                          "The backup was tampered with or damaged, so it is not restored.")
                           .arg(m_image.auditHead.isEmpty() ? tr("none") : m_image.auditHead,
                                head->isEmpty() ? tr("none") : *head));
    }

    Database &m_db;
    const BackupImage &m_image;
    const QString &m_source;
    RestoreOutcome &m_outcome;
    const BackupProgress &m_progress;
    qint64 m_total = 0; ///< rows in the backup
};

Result<void> fillDatabase(const QString &path, const BackupImage &image, const QString &source, RestoreOutcome &outcome,
                          const BackupProgress &progress) {
    Database::Options options;
    options.createAtVersion = image.schemaVersion;
    auto db = Database::openSqlite(path, options);
    if (!db)
        return db.error();
    if ((*db)->schemaVersion() != image.schemaVersion)
        return makeError(
            ErrorCode::Invalid,
            tr("%1 is of schema version %2, which this Relm cannot make.").arg(source).arg(image.schemaVersion));
    // References are checked once everything is in (checkReferences), whatever order the tables
    // come in. Checked row by row, even deferred, SQLite searches the referring tables for every
    // row stored while any reference is outstanding: minutes for a plan of 100,000 tasks.
    if (auto q = (*db)->exec(u"PRAGMA foreign_keys = OFF"_s); !q)
        return q.error();
    auto filled = (*db)->transaction([&] { return RestoreRun(**db, image, source, outcome, progress).run(); });
    if (auto q = (*db)->exec(u"PRAGMA foreign_keys = ON"_s); !q && filled)
        return q.error();
    return filled;
}

Result<void> checkSignatures(const QString &path, const QString &source, RestoreOutcome &outcome) {
    auto workspace = Workspace::openFile(path);
    if (!workspace)
        return workspace.error();
    auto trail = verifyTrail(**workspace);
    if (!trail)
        return trail.error();
    outcome.signatures = trail->signatures;
    outcome.schemaVersion = (*workspace)->database().schemaVersion();
    if (!trail->intact())
        return makeError(
            ErrorCode::Invalid,
            tr("%1: %2 The backup was tampered with or damaged, so it is not restored.").arg(source, trail->problem()));
    return {};
}

/// A copy into a database on a server.
struct ServerCopy {
    Q_DECLARE_TR_FUNCTIONS(relm::BackupRestore)

public:
    /// Fills the empty Relm database, in one transaction: nothing stays of a refused copy.
    static Result<void> fill(Database &db, const BackupImage &image, const QString &source, RestoreOutcome &outcome,
                             const BackupProgress &progress) {
        if (db.schemaVersion() != image.schemaVersion)
            return makeError(ErrorCode::Invalid,
                             tr("%1 is of schema version %2 and %3 of version %4. Restore it into a file first, which "
                                "brings it up to date, and copy that to the server.")
                                 .arg(source)
                                 .arg(image.schemaVersion)
                                 .arg(db.location())
                                 .arg(db.schemaVersion()));
        auto entries = db.scalar(u"SELECT COUNT(*) FROM audit_log"_s);
        if (!entries)
            return entries.error();
        if (entries->toLongLong() > 0)
            return makeError(
                ErrorCode::Conflict,
                tr("%1 already holds a Relm database with an audit trail; a copy never goes over one. Name "
                   "an empty database (createdb) instead.")
                    .arg(db.location()));
        return db.transaction([&]() -> Result<void> {
            if (auto r = table_catalogue::deferReferences(db); !r)
                return r;
            return RestoreRun(db, image, source, outcome, progress).run();
        });
    }

    /// Each table holds as many rows as the backup gave it.
    static Result<void> checkRowCounts(Database &db, const BackupImage &image) {
        for (const BackupTable &table : image.tables) {
            auto count = db.scalar(u"SELECT COUNT(*) FROM "_s + quoted(table.name));
            if (!count)
                return count.error();
            if (count->toLongLong() != table.rows.size())
                return makeError(ErrorCode::Storage, tr("%1 holds %2 rows of %3 after the copy, not %4.")
                                                         .arg(db.location())
                                                         .arg(count->toLongLong())
                                                         .arg(table.name)
                                                         .arg(table.rows.size()));
        }
        return {};
    }
};

} // namespace

Result<RestoreOutcome> BackupRestore::restoreToServer(const BackupImage &image, const ServerAddress &address,
                                                      const QString &source, const BackupProgress &progress) {
    auto workspace = Workspace::openServer(address, true);
    if (!workspace)
        return workspace.error();
    Database &db = (*workspace)->database();
    RestoreOutcome outcome;
    outcome.fromSchemaVersion = image.schemaVersion;
    outcome.path = db.location();
    if (auto r = ServerCopy::fill(db, image, source, outcome, progress); !r)
        return r.error();
    if (auto r = ServerCopy::checkRowCounts(db, image); !r)
        return r.error();
    auto trail = verifyTrail(**workspace);
    if (!trail)
        return trail.error();
    outcome.signatures = trail->signatures;
    outcome.schemaVersion = db.schemaVersion();
    if (!trail->intact())
        return makeError(ErrorCode::Invalid, tr("%1: %2").arg(db.location(), trail->problem()));
    return outcome;
}

Result<RestoreOutcome> BackupRestore::restore(const BackupImage &image, const QString &targetPath,
                                              const QString &source, const BackupProgress &progress) {
    if (image.schemaVersion > Schema::currentVersion())
        return makeError(ErrorCode::NewerVersion,
                         tr("%1 holds a database of schema version %2, newer than this Relm reads (%3). Restore it "
                            "with the Relm that made it, or a newer one.")
                             .arg(source)
                             .arg(image.schemaVersion)
                             .arg(Schema::currentVersion()));
    if (auto r = checkTarget(targetPath); !r)
        return r.error();
    const QFileInfo target(targetPath);
    // Filled beside the target under another name: the target appears only once all is well.
    const QString work = target.absoluteDir().filePath(
        u".%1.restoring-%2"_s.arg(target.fileName(), QUuid::createUuid().toString(QUuid::Id128)));
    RestoreOutcome outcome;
    outcome.fromSchemaVersion = image.schemaVersion;
    auto filled = fillDatabase(work, image, source, outcome, progress);
    if (filled)
        filled = checkSignatures(work, source, outcome);
    if (!filled) {
        removeWithCompanions(work);
        return filled.error();
    }
    if (target.exists() && !QFile::remove(target.absoluteFilePath())) {
        removeWithCompanions(work);
        return makeError(ErrorCode::Io, tr("%1 cannot be replaced; choose another name.").arg(targetPath));
    }
    if (!QFile::rename(work, target.absoluteFilePath())) {
        removeWithCompanions(work);
        return makeError(
            ErrorCode::Io,
            tr("The restored database cannot be named %1; check the folder can be written.").arg(targetPath));
    }
    removeWithCompanions(work); // the companions of the work file, if SQLite left any
    outcome.path = target.absoluteFilePath();
    return outcome;
}

} // namespace relm

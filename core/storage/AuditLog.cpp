#include "AuditLog.h"

#include "storage/AuditChainCheck.h"
#include "storage/Database.h"
#include "storage/RowWriter.h"
#include "storage/Schema.h"

#include <QCoreApplication>

#include <QCryptographicHash>
#include <QJsonDocument>

#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

const auto selectColumns = u"SELECT id, at_utc, actor_id, actor_login, entity, entity_id, action, release_id, "
                           "summary, before_json, after_json, prev_hash, entry_hash FROM audit_log"_s;

QString compact(const QJsonObject &object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject parseObject(const QString &text) {
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString timestamp(const QDateTime &at) {
    return at.toUTC().toString(Qt::ISODateWithMs);
}

AuditEntry entryFromRow(const QSqlQuery &q) {
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    e.at.setTimeSpec(Qt::UTC);
    e.actorId = q.value(2).toLongLong();
    e.actorLogin = q.value(3).toString();
    e.entity = q.value(4).toString();
    e.entityId = q.value(5).toLongLong();
    e.action = q.value(6).toString();
    e.releaseId = q.value(7).toLongLong();
    e.summary = q.value(8).toString();
    e.before = parseObject(q.value(9).toString());
    e.after = parseObject(q.value(10).toString());
    e.prevHash = q.value(11).toString();
    e.entryHash = q.value(12).toString();
    return e;
}

/// An entry's fields as stored: the text the hash is computed over.
struct StoredFields {
    QString prevHash;
    QString at;
    qint64 actorId;
    QString actorLogin;
    QString entity;
    qint64 entityId;
    QString action;
    qint64 releaseId;
    QString summary;
    QString before;
    QString after;
};

QString hashOfFields(const StoredFields &f) {
    // Unit separators keep field boundaries unambiguous. Fed piece by piece: the digest is the
    // one of the joined UTF-8 text, without building it.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const char sep = 0x1f;
    bool first = true;
    const auto add = [&](const QString &text) {
        if (!first)
            hash.addData(QByteArrayView(&sep, 1));
        first = false;
        hash.addData(text.toUtf8());
    };
    add(f.prevHash);
    add(f.at);
    add(QString::number(f.actorId));
    add(f.actorLogin);
    add(f.entity);
    add(QString::number(f.entityId));
    add(f.action);
    add(QString::number(f.releaseId));
    add(f.summary);
    add(f.before);
    add(f.after);
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

AuditLog::AuditLog(Database &db)
    : m_db(db) {}

QString AuditLog::hashOf(const AuditEntry &e) {
    return hashOfFields({e.prevHash, timestamp(e.at), e.actorId, e.actorLogin, e.entity, e.entityId, e.action,
                         e.releaseId, e.summary, compact(e.before), compact(e.after)});
}

QString AuditLog::headKey() {
    return u"audit_head"_s;
}

namespace {

// The fields of each entry in the order hashOfFields joins them. Through Qt the database joins
// them (one value per row instead of eleven); natively the fields are read and joined in place.
const auto joinedQuery =
    u"SELECT id, prev_hash, entry_hash, COALESCE(prev_hash, '') || ? || COALESCE(at_utc, '') || ? || "
    "COALESCE(actor_id, 0) || ? || COALESCE(actor_login, '') || ? || COALESCE(entity, '') || ? || "
    "COALESCE(entity_id, 0) || ? || COALESCE(action, '') || ? || COALESCE(release_id, 0) || ? || "
    "COALESCE(summary, '') || ? || COALESCE(before_json, '') || ? || COALESCE(after_json, '') "
    "FROM audit_log ORDER BY id"_s;
const auto fieldsQuery = "SELECT id, prev_hash, entry_hash, at_utc, actor_id, actor_login, entity, entity_id, "
                         "action, release_id, summary, before_json, after_json FROM audit_log ORDER BY id";

QByteArrayView columnText(sqlite3_stmt *statement, int column) {
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    return QByteArrayView(text, text ? sqlite3_column_bytes(statement, column) : 0);
}

/// An integer column as the hashed text has it: NULL counts as 0.
QByteArrayView columnNumber(sqlite3_stmt *statement, int column) {
    if (sqlite3_column_type(statement, column) == SQLITE_NULL)
        return QByteArrayView("0", 1);
    return columnText(statement, column);
}

/// Streams the rows straight from SQLite as UTF-8, without a QVariant per value.
Result<void> readNative(void *handle, AuditChainCheck &check) {
    auto *db = static_cast<sqlite3 *>(handle);
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v2(db, fieldsQuery, -1, &s, nullptr) != SQLITE_OK)
        return makeError(ErrorCode::Storage, QString::fromUtf8(sqlite3_errmsg(db)));
    int status = SQLITE_ROW;
    while ((status = sqlite3_step(s)) == SQLITE_ROW) {
        const QByteArrayView prevHash = columnText(s, 1);
        if (!check.add(sqlite3_column_int64(s, 0), prevHash, columnText(s, 2),
                       {prevHash, columnText(s, 3), columnNumber(s, 4), columnText(s, 5), columnText(s, 6),
                        columnNumber(s, 7), columnText(s, 8), columnNumber(s, 9), columnText(s, 10), columnText(s, 11),
                        columnText(s, 12)})) {
            status = SQLITE_DONE;
            break;
        }
    }
    const QString error = status == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(s);
    if (!error.isEmpty())
        return makeError(ErrorCode::Storage, error);
    return {};
}

/// The same through Qt SQL, for engines without a native handle.
Result<void> readThroughQt(Database &db, AuditChainCheck &check) {
    auto q = db.exec(joinedQuery, QVariantList(10, QString(QChar(0x1f))));
    if (!q)
        return q.error();
    QSqlQuery &rows = **q;
    while (rows.next()) {
        const QByteArray text = rows.value(3).toString().toUtf8();
        if (!check.add(rows.value(0).toLongLong(), rows.value(1).toString().toUtf8(), rows.value(2).toString().toUtf8(),
                       {QByteArrayView(text)}))
            break;
    }
    rows.finish();
    return {};
}

} // namespace

Result<AuditVerification> AuditLog::verify(const std::function<void(qint64, qint64)> &progress,
                                           const std::atomic<bool> *cancel) {
    auto total = m_db.scalar(u"SELECT COUNT(*) FROM audit_log"_s);
    if (!total)
        return total.error();
    auto recordedHead = m_db.scalar(u"SELECT value FROM relm_meta WHERE key = ?"_s, {headKey()});
    if (!recordedHead)
        return recordedHead.error();
    AuditChainCheck check(total->toLongLong(), progress, cancel);
    void *handle = m_db.nativeSqliteHandle();
    if (auto r = handle ? readNative(handle, check) : readThroughQt(m_db, check); !r)
        return r.error();
    return check.finish(recordedHead->toString().toUtf8());
}

Result<QHash<std::pair<QString, Id>, int>> AuditLog::changeCounts(const QStringList &entities) {
    QHash<std::pair<QString, Id>, int> counts;
    if (entities.isEmpty())
        return counts;
    // One placeholder per kind: the statement text depends on the number of kinds only.
    QStringList placeholders;
    QVariantList values;
    for (const QString &entity : entities) {
        placeholders.append(u"?"_s);
        values.append(entity);
    }
    auto q = m_db.exec(u"SELECT entity, entity_id, COUNT(*) FROM audit_log WHERE entity IN ("_s +
                           placeholders.join(u", "_s) + u") GROUP BY entity, entity_id"_s,
                       values);
    if (!q)
        return q.error();
    while ((*q)->next())
        counts.insert({(*q)->value(0).toString(), (*q)->value(1).toLongLong()}, (*q)->value(2).toInt());
    (*q)->finish();
    return counts;
}

Result<QString> AuditLog::head() {
    auto value = m_db.scalar(u"SELECT entry_hash FROM audit_log ORDER BY id DESC LIMIT 1"_s);
    if (!value)
        return value.error();
    return value->toString();
}

Result<bool> AuditLog::contains(const QString &entryHash) {
    if (entryHash.isEmpty())
        return false;
    auto value = m_db.scalar(u"SELECT count(*) FROM audit_log WHERE entry_hash = ?"_s, {entryHash});
    if (!value)
        return value.error();
    return value->toInt() > 0;
}

Result<AuditEntry> AuditLog::append(AuditEntry entry) {
    // On a server, clients append one after another, each until its change commits: two changes
    // reading the same head would fork the chain. ("RLAU": the trail's lock.)
    if (m_db.isServer()) {
        constexpr qint64 trailLockKey = 0x524C4155;
        auto locked = m_db.exec(u"SELECT pg_advisory_xact_lock(?)"_s, {trailLockKey});
        if (!locked)
            return locked.error();
        (*locked)->finish();
    }
    auto previous = head();
    if (!previous)
        return previous.error();
    entry.prevHash = *previous;
    entry.entryHash = hashOf(entry);
    if (auto r = Schema::setMeta(m_db, headKey(), entry.entryHash); !r)
        return r.error();
    auto q = m_db.exec(u"INSERT INTO audit_log (at_utc, actor_id, actor_login, entity, entity_id, action, "
                       "release_id, summary, before_json, after_json, prev_hash, entry_hash) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                       {timestamp(entry.at), entry.actorId == 0 ? QVariant() : QVariant(entry.actorId),
                        entry.actorLogin, entry.entity, entry.entityId, entry.action,
                        entry.releaseId == 0 ? QVariant() : QVariant(entry.releaseId), entry.summary,
                        compact(entry.before), compact(entry.after), entry.prevHash, entry.entryHash});
    if (!q)
        return q.error();
    if ((*q)->next())
        entry.id = (*q)->value(0).toLongLong();
    (*q)->finish();
    return entry;
}

Result<QList<AuditEntry>> AuditLog::entries(const AuditFilter &filter) {
    const IdFilter release = filterById(u"release_id"_s, filter.releaseId);
    QString sql = selectColumns + release.clause;
    QVariantList values = release.values;
    const auto where = [&](const QString &condition, const QVariant &value) {
        sql += (values.isEmpty() ? u" WHERE "_s : u" AND "_s) + condition;
        values.append(value);
    };
    if (!filter.actorLogin.isEmpty())
        where(u"actor_login = ?"_s, filter.actorLogin);
    if (!filter.entity.isEmpty())
        where(u"entity = ?"_s, filter.entity);
    if (filter.entityId != 0)
        where(u"entity_id = ?"_s, filter.entityId);
    // Time stamps are stored as ISO 8601 UTC text, so they compare as text.
    if (filter.from.isValid())
        where(u"at_utc >= ?"_s, timestamp(filter.from));
    if (filter.to.isValid())
        where(u"at_utc < ?"_s, timestamp(filter.to));
    if (filter.limit > 0) {
        sql = u"SELECT * FROM ("_s + sql + u" ORDER BY id DESC LIMIT ?) AS newest"_s;
        values.append(filter.limit);
    }
    sql += u" ORDER BY id"_s;
    auto q = m_db.exec(sql, values);
    if (!q)
        return q.error();
    QList<AuditEntry> result;
    while ((*q)->next())
        result.append(entryFromRow(**q));
    (*q)->finish();
    return result;
}

Result<void> AuditLog::rebuildChain() {
    auto all = entries();
    if (!all)
        return all.error();
    QString previous;
    for (AuditEntry entry : *all) {
        entry.prevHash = previous;
        entry.entryHash = hashOf(entry);
        auto q = m_db.exec(u"UPDATE audit_log SET prev_hash = ?, entry_hash = ? WHERE id = ?"_s,
                           {entry.prevHash, entry.entryHash, entry.id});
        if (!q)
            return q.error();
        previous = entry.entryHash;
    }
    return {};
}

} // namespace relm

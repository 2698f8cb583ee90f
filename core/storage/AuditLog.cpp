#include "AuditLog.h"

#include "storage/Database.h"
#include "storage/RowWriter.h"
#include "storage/Schema.h"

#include <QCoreApplication>

#include <QCryptographicHash>
#include <QJsonDocument>

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

Result<AuditVerification> AuditLog::verify(const std::function<void(qint64, qint64)> &progress,
                                           const std::atomic<bool> *cancel) {
    AuditVerification result;
    auto total = m_db.scalar(u"SELECT COUNT(*) FROM audit_log"_s);
    if (!total)
        return total.error();
    auto recordedHead = m_db.scalar(u"SELECT value FROM relm_meta WHERE key = ?"_s, {headKey()});
    if (!recordedHead)
        return recordedHead.error();
    // The database joins each entry's stored fields into the text that was hashed (the same text
    // hashOfFields builds), so a million entries cost one column each instead of eleven.
    const QString joined =
        u"COALESCE(prev_hash, '') || ? || COALESCE(at_utc, '') || ? || COALESCE(actor_id, 0) || ? || "
        "COALESCE(actor_login, '') || ? || COALESCE(entity, '') || ? || COALESCE(entity_id, 0) || ? || "
        "COALESCE(action, '') || ? || COALESCE(release_id, 0) || ? || COALESCE(summary, '') || ? || "
        "COALESCE(before_json, '') || ? || COALESCE(after_json, '')"_s;
    const QVariantList separators(10, QString(QChar(0x1f)));
    auto q = m_db.exec(u"SELECT id, prev_hash, entry_hash, "_s + joined + u" FROM audit_log ORDER BY id"_s, separators);
    if (!q)
        return q.error();
    QSqlQuery &rows = **q;
    QString previous;
    Id previousId = 0;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    while (rows.next()) {
        const Id id = rows.value(0).toLongLong();
        const QString prevHash = rows.value(1).toString();
        const QString stored = rows.value(2).toString();
        ++result.entries;
        if (prevHash != previous) {
            result.firstBadEntry = id;
            result.problem = previousId == 0
                                 ? QCoreApplication::translate("relm::AuditLog",
                                                               "Entry %1 is not the first one written: the entries "
                                                               "before it were removed.")
                                       .arg(id)
                                 : QCoreApplication::translate("relm::AuditLog",
                                                               "Entry %1 does not follow entry %2: an entry between "
                                                               "them was removed or inserted, or the order changed.")
                                       .arg(id)
                                       .arg(previousId);
            break;
        }
        hash.reset();
        hash.addData(rows.value(3).toString().toUtf8());
        if (QLatin1StringView(hash.result().toHex()) != stored) {
            result.firstBadEntry = id;
            result.problem =
                QCoreApplication::translate("relm::AuditLog", "Entry %1 was changed after it was written.").arg(id);
            break;
        }
        previous = stored;
        previousId = id;
        if (result.entries % 65536 == 0) {
            if (progress)
                progress(result.entries, total->toLongLong());
            if (cancel && cancel->load()) {
                result.cancelled = true;
                break;
            }
        }
    }
    rows.finish();
    if (result.intact() && recordedHead->isValid() && recordedHead->toString() != previous) {
        result.problem =
            QCoreApplication::translate("relm::AuditLog", "The trail ends at entry %1, but later entries were "
                                                          "written: they were cut off.")
                .arg(previousId);
    }
    if (progress && !result.cancelled)
        progress(result.entries, total->toLongLong());
    return result;
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

#include "AuditLog.h"

#include "storage/Database.h"
#include "storage/RowWriter.h"

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

} // namespace

AuditLog::AuditLog(Database &db)
    : m_db(db) {}

QString AuditLog::hashOf(const AuditEntry &e) {
    // Unit separators keep field boundaries unambiguous.
    const QChar sep(0x1f);
    const QString canonical = e.prevHash + sep + timestamp(e.at) + sep + QString::number(e.actorId) + sep +
                              e.actorLogin + sep + e.entity + sep + QString::number(e.entityId) + sep + e.action + sep +
                              QString::number(e.releaseId) + sep + e.summary + sep + compact(e.before) + sep +
                              compact(e.after);
    return QString::fromLatin1(QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Result<QString> AuditLog::head() {
    auto value = m_db.scalar(u"SELECT entry_hash FROM audit_log ORDER BY id DESC LIMIT 1"_s);
    if (!value)
        return value.error();
    return value->toString();
}

Result<AuditEntry> AuditLog::append(AuditEntry entry) {
    auto previous = head();
    if (!previous)
        return previous.error();
    entry.prevHash = *previous;
    entry.entryHash = hashOf(entry);
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

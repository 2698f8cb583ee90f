#include "SignOffStore.h"

#include "storage/Database.h"
#include "storage/RowWriter.h"
#include "storage/StoreSupport.h"

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

RowWriter keyWriter(Database &db) {
    return RowWriter(db, u"signing_keys"_s,
                     {u"person_id"_s, u"public_key"_s, u"sealed_secret_key"_s, u"salt"_s, u"nonce"_s, u"ops_limit"_s,
                      u"mem_limit"_s, u"created_at"_s, u"retired"_s});
}

RowWriter signOffWriter(Database &db) {
    return RowWriter(db, u"signoffs"_s,
                     {u"release_id"_s, u"criterion_id"_s, u"person_id"_s, u"key_id"_s, u"login"_s, u"printed_name"_s,
                      u"role"_s, u"meaning"_s, u"comment"_s, u"signed_at"_s, u"content_hash"_s, u"audit_head"_s,
                      u"signature"_s});
}

QString hex(const QByteArray &data) {
    return QString::fromLatin1(data.toHex());
}

QByteArray unhex(const QVariant &value) {
    return QByteArray::fromHex(value.toString().toLatin1());
}

} // namespace

SignOffStore::SignOffStore(Database &db)
    : m_db(db) {}

Result<QList<SigningKey>> SignOffStore::queryKeys(const QString &where, const QVariantList &values) {
    auto q = m_db.exec(u"SELECT id, person_id, public_key, sealed_secret_key, salt, nonce, ops_limit, mem_limit, "
                       "created_at, retired FROM signing_keys "_s +
                           where + u" ORDER BY id DESC"_s,
                       values);
    if (!q)
        return q.error();
    QList<SigningKey> result;
    while ((*q)->next()) {
        const QSqlQuery &r = **q;
        SigningKey k;
        k.id = r.value(0).toLongLong();
        k.personId = r.value(1).toLongLong();
        k.publicKey = unhex(r.value(2));
        k.sealedSecretKey = unhex(r.value(3));
        k.salt = unhex(r.value(4));
        k.nonce = unhex(r.value(5));
        k.opsLimit = r.value(6).toLongLong();
        k.memLimit = r.value(7).toLongLong();
        k.createdAt = QDateTime::fromString(r.value(8).toString(), Qt::ISODate);
        k.retired = r.value(9).toBool();
        result.append(k);
    }
    (*q)->finish();
    return result;
}

Result<std::optional<SigningKey>> SignOffStore::currentKey(Id personId) {
    auto keys = queryKeys(u"WHERE person_id = ? AND retired = ?"_s, {personId, false});
    if (!keys)
        return keys.error();
    if (keys->isEmpty())
        return std::optional<SigningKey>();
    return std::optional<SigningKey>(keys->first());
}

Result<SigningKey> SignOffStore::key(Id id) {
    return single(queryKeys(u"WHERE id = ?"_s, {id}),
                  QCoreApplication::translate("relm::SignOffStore", "Signing key #%1").arg(id));
}

Result<Id> SignOffStore::insert(const SigningKey &k) {
    return keyWriter(m_db).insert({k.personId, hex(k.publicKey), hex(k.sealedSecretKey), hex(k.salt), hex(k.nonce),
                                   k.opsLimit, k.memLimit, k.createdAt.toUTC().toString(Qt::ISODate), k.retired},
                                  k.id);
}

Result<void> SignOffStore::retireKeysExcept(Id personId, Id keepKeyId) {
    auto q = m_db.exec(u"UPDATE signing_keys SET retired = ? WHERE person_id = ? AND id <> ?"_s,
                       {true, personId, keepKeyId});
    if (!q)
        return q.error();
    return {};
}

Result<void> SignOffStore::setRetired(Id keyId, bool retired) {
    auto q = m_db.exec(u"UPDATE signing_keys SET retired = ? WHERE id = ?"_s, {retired, keyId});
    if (!q)
        return q.error();
    return {};
}

Result<void> SignOffStore::removeKey(Id id) {
    return keyWriter(m_db).remove(id);
}

Result<QList<SignOff>> SignOffStore::signOffs(Id releaseId) {
    const IdFilter filter = filterById(u"release_id"_s, releaseId);
    auto q = m_db.exec(u"SELECT id, release_id, criterion_id, person_id, key_id, login, printed_name, role, meaning, "
                       "comment, signed_at, content_hash, audit_head, signature FROM signoffs "_s +
                           filter.clause + u" ORDER BY id"_s,
                       filter.values);
    if (!q)
        return q.error();
    QList<SignOff> result;
    while ((*q)->next()) {
        const QSqlQuery &r = **q;
        SignOff s;
        s.id = r.value(0).toLongLong();
        s.releaseId = r.value(1).toLongLong();
        s.criterionId = r.value(2).toLongLong();
        s.personId = r.value(3).toLongLong();
        s.keyId = r.value(4).toLongLong();
        s.login = r.value(5).toString();
        s.printedName = r.value(6).toString();
        const auto role = fromKey<Role>(r.value(7).toString());
        const auto meaning = fromKey<SignMeaning>(r.value(8).toString());
        s.role = role.value_or(Role::ChangeBoard);
        s.meaning = meaning.value_or(SignMeaning::Reviewed);
        // Stored keys are exact; anything else (even another spelling) means the row was edited.
        s.readable =
            role && meaning && keyOf(*role) == r.value(7).toString() && keyOf(*meaning) == r.value(8).toString();
        s.comment = r.value(9).toString();
        s.signedAt = QDateTime::fromString(r.value(10).toString(), Qt::ISODate);
        s.contentHash = r.value(11).toString();
        s.auditHead = r.value(12).toString();
        s.signature = unhex(r.value(13));
        result.append(s);
    }
    (*q)->finish();
    return result;
}

Result<Id> SignOffStore::insert(const SignOff &s) {
    return signOffWriter(m_db).insert(
        {s.releaseId, s.criterionId, s.personId, s.keyId, s.login, s.printedName, keyOf(s.role), keyOf(s.meaning),
         s.comment, s.signedAt.toUTC().toString(Qt::ISODate), s.contentHash, s.auditHead, hex(s.signature)},
        s.id);
}

Result<void> SignOffStore::removeSignOff(Id id) {
    return signOffWriter(m_db).remove(id);
}

} // namespace relm

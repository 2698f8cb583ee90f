#pragma once

#include "Result.h"
#include "domain/SignOff.h"

#include <QList>

#include <optional>

namespace relm {

class Database;

/// People's signing keys and the sign-offs made with them. Sign-offs are only ever added.
class SignOffStore final {
public:
    explicit SignOffStore(Database &db);

    /// The person's current key, if they have set a passphrase.
    Result<std::optional<SigningKey>> currentKey(Id personId);
    Result<SigningKey> key(Id id);
    Result<Id> insert(const SigningKey &key);
    /// Marks every other key of the person as replaced.
    Result<void> retireKeysExcept(Id personId, Id keepKeyId);
    Result<void> removeKey(Id id);
    Result<void> setRetired(Id keyId, bool retired);

    /// The sign-offs on a release (or every release when 0), oldest first.
    Result<QList<SignOff>> signOffs(Id releaseId = 0);
    Result<Id> insert(const SignOff &signOff);
    Result<void> removeSignOff(Id id);

private:
    Result<QList<SigningKey>> queryKeys(const QString &where, const QVariantList &values);

    Database &m_db;
};

} // namespace relm

#pragma once

#include "Result.h"
#include "domain/Ids.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace relm {

class Database;

/// One recorded change: who, when (UTC), what, and the values before and after.
struct AuditEntry {
    Id id = 0;
    QDateTime at;
    Id actorId = 0;
    QString actorLogin;
    QString entity;
    Id entityId = 0;
    QString action;
    Id releaseId = 0;
    QString summary;
    QJsonObject before;
    QJsonObject after;
    QString prevHash;
    QString entryHash;
};

struct AuditFilter {
    Id releaseId = 0; ///< 0: every release and the catalogue
    QString actorLogin;
    int limit = 0;  ///< 0: no limit; otherwise the newest entries
    QString entity; ///< empty: every kind of record
};

/// The append-only audit trail, kept as a hash chain: each entry carries its predecessor's hash.
class AuditLog final {
public:
    explicit AuditLog(Database &db);

    /// Appends an entry (in the caller's transaction) and returns it with its id and hashes.
    Result<AuditEntry> append(AuditEntry entry);
    Result<QList<AuditEntry>> entries(const AuditFilter &filter = {});
    /// The hash of the newest entry: a fingerprint of the whole history so far.
    Result<QString> head();
    /// Recomputes every entry's hashes in order (used once when the chain was introduced).
    Result<void> rebuildChain();

    static QString hashOf(const AuditEntry &entry);

private:
    Database &m_db;
};

} // namespace relm

#pragma once

#include "Result.h"
#include "domain/Ids.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>

#include <atomic>
#include <functional>
#include <utility>

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
    int limit = 0;   ///< 0: no limit; otherwise the newest entries
    QString entity;  ///< empty: every kind of record
    Id entityId = 0; ///< with entity: that one record's entries; 0: every record
    QDateTime from;  ///< invalid: from the beginning
    QDateTime to;    ///< invalid: up to now (exclusive bound otherwise)

    /// The entries of one release (0: all), the newest `limit` of them when limit > 0.
    static AuditFilter forRelease(Id releaseId, int limit = 0) {
        AuditFilter filter;
        filter.releaseId = releaseId;
        filter.limit = limit;
        return filter;
    }
};

/// What checking the audit trail found: how many entries were read and, when one fails, which
/// and why.
struct AuditVerification {
    qint64 entries = 0;
    Id firstBadEntry = 0; ///< 0 when every entry passed (or the end of the trail is missing)
    QString problem;      ///< empty when the trail is intact
    bool cancelled = false;
    bool intact() const { return problem.isEmpty() && !cancelled; }
};

/// The append-only audit trail, kept as a hash chain: each entry carries its predecessor's hash.
class AuditLog final {
public:
    explicit AuditLog(Database &db);

    /// Appends an entry (in the caller's transaction) and returns it with its id and hashes.
    Result<AuditEntry> append(AuditEntry entry);
    Result<QList<AuditEntry>> entries(const AuditFilter &filter = {});
    /// How many entries each record of these kinds has, keyed by entity key and id, in one
    /// grouped query: a record's revision number (an iCalendar SEQUENCE is the count minus one).
    Result<QHash<std::pair<QString, Id>, int>> changeCounts(const QStringList &entities);
    /// The hash of the newest entry: a fingerprint of the whole history so far.
    Result<QString> head();
    /// Whether some entry in the trail has this hash (a sign-off's recorded chain head).
    Result<bool> contains(const QString &entryHash);
    /// Recomputes every entry's hashes in order (used once when the chain was introduced).
    Result<void> rebuildChain();
    /// Reads the whole trail in order and recomputes every hash: an edited, removed, reordered or
    /// inserted entry, or entries cut off the end, is named. Progress counts entries read.
    Result<AuditVerification> verify(const std::function<void(qint64 done, qint64 total)> &progress = {},
                                     const std::atomic<bool> *cancel = nullptr);

    static QString hashOf(const AuditEntry &entry);
    /// The relm_meta key holding the newest entry's hash.
    static QString headKey();

private:
    Database &m_db;
};

} // namespace relm

#pragma once

#include "domain/Ids.h"
#include "storage/AuditLog.h"

#include <QByteArray>
#include <QFuture>

#include <atomic>
#include <functional>

namespace relm {

/// Checks an audit trail's hash chain as its rows stream in, oldest first: each entry must name
/// the hash of the one before, and its stored hash must be the SHA-256 of its joined fields. The
/// links are checked as rows arrive; the hashing runs on the thread pool in batches, so reading
/// and hashing overlap. The first bad entry in trail order is reported.
class AuditChainCheck final {
public:
    AuditChainCheck(qint64 total, std::function<void(qint64 done, qint64 total)> progress,
                    const std::atomic<bool> *cancel);
    ~AuditChainCheck();
    Q_DISABLE_COPY_MOVE(AuditChainCheck)

    /// Takes the next row; the hashed text is `fields` joined by the unit separator (one field
    /// when the database joined them already). False when reading should stop (a broken link, or
    /// cancelled).
    bool add(Id id, QByteArrayView prevHash, QByteArrayView entryHash, std::initializer_list<QByteArrayView> fields);
    /// Waits for the hashing; recordedHead is the newest hash as kept apart (empty when missing).
    /// A trail with entries needs a head equal to its last hash; an empty trail needs none.
    AuditVerification finish(const QByteArray &recordedHead);

private:
    /// Entries packed back to back: their ids, their joined texts, and their stored hex hashes.
    struct Batch {
        QList<Id> ids;
        QList<qsizetype> textEnds;
        QByteArray texts;
        QByteArray hashes; ///< 64 characters per entry
    };
    static Id firstMismatch(const Batch &batch);
    /// Why the recorded head does not fit the trail read, empty when it does.
    QString headProblem(const QByteArray &recordedHead) const;
    void dispatch();

    qint64 m_total;
    std::function<void(qint64, qint64)> m_progress;
    const std::atomic<bool> *m_cancel;
    AuditVerification m_result;
    QByteArray m_previous;
    Id m_previousId = 0;
    Batch m_batch;
    QList<QFuture<Id>> m_hashing;
};

} // namespace relm

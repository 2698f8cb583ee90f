#include "AuditChainCheck.h"

#include "signing/Crypto.h"

#include <QCoreApplication>
#include <QtConcurrent>

namespace relm {

namespace {

constexpr qsizetype batchSize = 16384;

QString tr(const char *text) {
    return QCoreApplication::translate("relm::AuditLog", text);
}

} // namespace

AuditChainCheck::AuditChainCheck(qint64 total, std::function<void(qint64, qint64)> progress,
                                 const std::atomic<bool> *cancel)
    : m_total(total)
    , m_progress(std::move(progress))
    , m_cancel(cancel) {}

AuditChainCheck::~AuditChainCheck() {
    for (QFuture<Id> &f : m_hashing)
        f.waitForFinished();
}

Id AuditChainCheck::firstMismatch(const Batch &batch) {
    qsizetype start = 0;
    for (qsizetype i = 0; i < batch.ids.size(); ++i) {
        const qsizetype end = batch.textEnds.at(i);
        const QByteArrayView text(batch.texts.constData() + start, end - start);
        if (!crypto::sha256Matches(text, QByteArrayView(batch.hashes.constData() + 64 * i, 64)))
            return batch.ids.at(i);
        start = end;
    }
    return 0;
}

void AuditChainCheck::dispatch() {
    if (m_batch.ids.isEmpty())
        return;
    m_hashing.append(QtConcurrent::run(&AuditChainCheck::firstMismatch, std::move(m_batch)));
    m_batch = Batch{};
}

bool AuditChainCheck::add(Id id, QByteArrayView prevHash, QByteArrayView entryHash,
                          std::initializer_list<QByteArrayView> fields) {
    ++m_result.entries;
    if (prevHash != QByteArrayView(m_previous)) {
        m_result.firstBadEntry = id;
        m_result.problem = m_previousId == 0 ? tr("Entry %1 is not the first one written: the entries before it were "
                                                  "removed.")
                                                   .arg(id)
                                             : tr("Entry %1 does not follow entry %2: an entry between them was "
                                                  "removed or inserted, or the order changed.")
                                                   .arg(id)
                                                   .arg(m_previousId);
        return false;
    }
    m_batch.ids.append(id);
    bool first = true;
    for (QByteArrayView field : fields) {
        if (!first)
            m_batch.texts.append('\x1f');
        m_batch.texts.append(field);
        first = false;
    }
    m_batch.textEnds.append(m_batch.texts.size());
    // A stored hash of the wrong length can never match: pad it so the batch stays aligned.
    m_batch.hashes.append(entryHash.first(std::min<qsizetype>(entryHash.size(), 64)));
    if (entryHash.size() < 64)
        m_batch.hashes.append(QByteArray(64 - entryHash.size(), '?'));
    m_previous.resize(entryHash.size()); // same size each time: no new allocation
    std::copy(entryHash.begin(), entryHash.end(), m_previous.begin());
    m_previousId = id;
    if (m_batch.ids.size() >= batchSize) {
        dispatch();
        m_batch.texts.reserve(batchSize * 512);
        m_batch.hashes.reserve(batchSize * 64);
        m_batch.ids.reserve(batchSize);
        m_batch.textEnds.reserve(batchSize);
        if (m_progress)
            m_progress(m_result.entries, m_total);
        if (m_cancel && m_cancel->load()) {
            m_result.cancelled = true;
            return false;
        }
    }
    return true;
}

QString AuditChainCheck::headProblem(const QByteArray &recordedHead) const {
    // The head kept apart is what tells a trail cut off at its end from a whole one, so a head
    // that was removed or emptied is as suspect as one that names a later entry.
    if (m_result.entries == 0)
        return recordedHead.isEmpty() ? QString()
                                      : tr("The trail is empty, but its recorded head names an entry: every entry "
                                           "was cut off.");
    if (recordedHead.isEmpty())
        return tr("The recorded head of the trail is missing: entries may have been cut off after entry %1.")
            .arg(m_previousId);
    if (recordedHead != m_previous)
        return tr("The trail ends at entry %1, but later entries were written: they were cut off.").arg(m_previousId);
    return {};
}

AuditVerification AuditChainCheck::finish(const QByteArray &recordedHead) {
    dispatch();
    // Batches are in trail order, so the first batch with a mismatch holds the first bad hash.
    for (QFuture<Id> &f : m_hashing) {
        const Id bad = f.result();
        if (bad != 0 && !m_result.cancelled && (m_result.firstBadEntry == 0 || bad < m_result.firstBadEntry)) {
            m_result.firstBadEntry = bad;
            m_result.problem = tr("Entry %1 was changed after it was written.").arg(bad);
            break;
        }
    }
    m_hashing.clear();
    if (m_result.intact())
        m_result.problem = headProblem(recordedHead);
    if (m_progress && !m_result.cancelled)
        m_progress(m_result.entries, m_total);
    return m_result;
}

} // namespace relm

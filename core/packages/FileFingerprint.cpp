#include "FileFingerprint.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>

namespace relm {

Result<QString> sha256OfFile(const QString &path, const std::function<void(qint64, qint64)> &progress,
                             const std::function<bool()> &cancelled) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("relm::FileFingerprint", "Cannot read \u201C%1\u201D: %2.")
                             .arg(path, file.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const qint64 total = file.size();
    qint64 done = 0;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    while (!file.atEnd()) {
        if (cancelled && cancelled())
            return makeError(ErrorCode::Invalid,
                             QCoreApplication::translate("relm::FileFingerprint", "Fingerprinting was cancelled."));
        const qint64 read = file.read(buffer.data(), buffer.size());
        if (read < 0)
            return makeError(ErrorCode::Io,
                             QCoreApplication::translate("relm::FileFingerprint", "Reading \u201C%1\u201D failed: %2.")
                                 .arg(path, file.errorString()));
        hash.addData(QByteArrayView(buffer.constData(), read));
        done += read;
        if (progress)
            progress(done, total);
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace relm

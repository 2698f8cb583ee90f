#include "FingerprintJob.h"

#include "packages/FileFingerprint.h"

#include <QHBoxLayout>
#include <QProgressBar>
#include <QPushButton>
#include <QtConcurrent>

using namespace Qt::Literals::StringLiterals;

namespace relm {

FingerprintJob::FingerprintJob(QWidget *parent)
    : QWidget(parent)
    , m_progress(new QProgressBar(this))
    , m_stop(new QPushButton(tr("Stop"), this)) {
    m_progress->setRange(0, 1000);
    m_progress->setAccessibleName(tr("Fingerprint progress"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_progress, 1);
    layout->addWidget(m_stop);
    setVisible(false);
    connect(m_stop, &QPushButton::clicked, this, &FingerprintJob::stop);
    connect(&m_watcher, &QFutureWatcher<QString>::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, [this] {
        setVisible(false);
        if (!m_watcher.isCanceled() && m_watcher.future().resultCount() > 0) {
            const QString result = m_watcher.result();
            // Errors travel as "!message" so one result type carries both outcomes.
            if (result.startsWith(u'!'))
                Q_EMIT failed(result.mid(1));
            else
                Q_EMIT fingerprinted(m_path, result);
        }
        Q_EMIT done();
    });
}

FingerprintJob::~FingerprintJob() {
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void FingerprintJob::start(const QString &path) {
    stop();
    m_watcher.waitForFinished();
    m_path = path;
    m_progress->setValue(0);
    setVisible(true);
    m_watcher.setFuture(QtConcurrent::run([path](QPromise<QString> &promise) {
        promise.setProgressRange(0, 1000);
        auto result = sha256OfFile(
            path,
            [&promise](qint64 read, qint64 total) {
                promise.setProgressValue(total > 0 ? int(read * 1000 / total) : 1000);
            },
            [&promise] { return promise.isCanceled(); });
        promise.addResult(result ? *result : u"!"_s + result.errorMessage());
    }));
}

void FingerprintJob::stop() {
    m_watcher.cancel();
}

} // namespace relm

#pragma once

#include <QFutureWatcher>
#include <QWidget>

class QProgressBar;
class QPushButton;

namespace relm {

/// Computes a file's SHA-256 off the UI thread and shows it as a progress bar with a Stop button
/// (hidden while idle). Emits fingerprinted() with the hash, or failed() with the reason.
class FingerprintJob final : public QWidget {
    Q_OBJECT

public:
    explicit FingerprintJob(QWidget *parent = nullptr);
    ~FingerprintJob() override;
    Q_DISABLE_COPY_MOVE(FingerprintJob)

    void start(const QString &path);
    void stop();
    bool isRunning() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    void fingerprinted(const QString &path, const QString &sha256);
    void failed(const QString &message);
    /// Emitted after either of the above, or after a stop.
    void done();

private:
    QProgressBar *m_progress;
    QPushButton *m_stop;
    QFutureWatcher<QString> m_watcher;
    QString m_path;
};

} // namespace relm

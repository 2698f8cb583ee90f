#include "ExitWhenIdle.h"

#include <QApplication>
#include <QEvent>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>
#include <QWidget>

namespace relm {

namespace {

/// Waits for the window's first paint, then looks once every turn of the event loop (a zero
/// timer): two turns in a row with no background work running mean that nothing queued more.
class IdleWatcher final : public QObject {
public:
    IdleWatcher(QWidget *window, int exitCode)
        : QObject(window)
        , m_window(window)
        , m_exitCode(exitCode) {
        window->installEventFilter(this);
        m_poll.setInterval(0);
        connect(&m_poll, &QTimer::timeout, this, &IdleWatcher::poll);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (watched == m_window && event->type() == QEvent::Paint && !m_poll.isActive())
            m_poll.start();
        return false;
    }

private:
    void poll() {
        const bool idle = QThreadPool::globalInstance()->activeThreadCount() == 0;
        m_idleTurns = idle ? m_idleTurns + 1 : 0;
        if (m_idleTurns >= 2)
            QApplication::exit(m_exitCode);
    }

    QPointer<QWidget> m_window;
    QTimer m_poll;
    int m_idleTurns = 0;
    int m_exitCode = 0;
};

} // namespace

void exitWhenIdle(QWidget *window, int exitCode) {
    new IdleWatcher(window, exitCode);
}

} // namespace relm

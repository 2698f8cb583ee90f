#include "FeedUpdater.h"

#include "calendar/CalendarFeed.h"
#include "changes/Workspace.h"

#include <QAction>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QSettings>
#include <QWidget>

using namespace Qt::Literals::StringLiterals;

namespace relm {

FeedUpdater::FeedUpdater(QWidget *dialogParent)
    : QObject(dialogParent)
    , m_dialogParent(dialogParent)
    , m_publish(new QAction(tr("Publish Calendar &Feed\u2026"), this))
    , m_stop(new QAction(tr("Stop Publishing Calendar Feed"), this)) {
    m_publish->setObjectName(u"filePublishCalendarFeed"_s);
    m_publish->setStatusTip(tr("Keep an iCalendar file of the change calendar current, for calendar apps to "
                               "subscribe to."));
    m_stop->setObjectName(u"fileStopCalendarFeed"_s);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, [this] {
        if (auto r = writeNow(); !r)
            Q_EMIT failed(r.errorMessage());
    });
    connect(m_publish, &QAction::triggered, this, &FeedUpdater::choosePath);
    connect(m_stop, &QAction::triggered, this, [this] { setFeedPath({}); });
    updateActions();
}

QString FeedUpdater::settingsKey() {
    return u"calendar/feedPath"_s;
}

void FeedUpdater::setWorkspace(Workspace *workspace) {
    disconnect(m_changes);
    m_debounce.stop();
    m_workspace = workspace;
    if (workspace) {
        m_changes = connect(workspace, &Workspace::changed, this, [this] { m_debounce.start(); });
        m_debounce.start(); // another database: its calendar replaces the last one's
    }
    updateActions();
}

QString FeedUpdater::feedPath() const {
    return QSettings().value(settingsKey()).toString();
}

void FeedUpdater::setFeedPath(const QString &path) {
    QSettings settings;
    if (path.isEmpty())
        settings.remove(settingsKey());
    else
        settings.setValue(settingsKey(), path);
    updateActions();
    if (auto r = writeNow(); !r)
        Q_EMIT failed(r.errorMessage());
}

Result<void> FeedUpdater::writeNow() {
    m_debounce.stop();
    const QString path = feedPath();
    if (path.isEmpty() || !m_workspace)
        return {};
    QElapsedTimer timer;
    timer.start();
    if (auto r = CalendarFeed(path).update(*m_workspace, m_workspace->clock()()); !r)
        return r;
    Q_EMIT written(path, timer.elapsed());
    return {};
}

void FeedUpdater::choosePath() {
    const QString current = feedPath();
    const QString path = QFileDialog::getSaveFileName(
        m_dialogParent, tr("Publish Calendar Feed"),
        current.isEmpty() ? QDir::home().filePath(u"relm-changes.ics"_s) : current, tr("iCalendar files (*.ics)"));
    if (!path.isEmpty())
        setFeedPath(path);
}

void FeedUpdater::updateActions() {
    m_stop->setEnabled(!feedPath().isEmpty());
}

} // namespace relm

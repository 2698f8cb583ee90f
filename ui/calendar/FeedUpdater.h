#pragma once

#include "Result.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QAction;
class QWidget;

namespace relm {

class Workspace;

/// Keeps a subscribed calendar file current. Once the user publishes a feed ("Publish Calendar
/// Feed…", remembered as the setting calendar/feedPath), every committed change rewrites it, half
/// a second after the last of a burst. The export takes a few milliseconds for a portfolio like the
/// demo's, so it runs on the UI thread, on the window's own connection.
class FeedUpdater final : public QObject {
    Q_OBJECT

public:
    /// `dialogParent` hosts the file dialog; the updater is its child.
    explicit FeedUpdater(QWidget *dialogParent);
    Q_DISABLE_COPY_MOVE(FeedUpdater)

    static constexpr int kDebounceMs = 500;
    static QString settingsKey();

    /// The workspace whose changes are followed; null while none is open.
    void setWorkspace(Workspace *workspace);
    /// "Publish Calendar Feed…" and "Stop Publishing Calendar Feed", for a menu.
    QList<QAction *> actions() const { return {m_publish, m_stop}; }

    /// Where the feed is written; empty when it is off.
    QString feedPath() const;
    /// Turns the feed on (writing it at once) or, with an empty path, off.
    void setFeedPath(const QString &path);
    /// Rewrites the feed now when it is on.
    Result<void> writeNow();

Q_SIGNALS:
    void written(const QString &path, qint64 milliseconds);
    void failed(const QString &message);

private:
    void choosePath();
    void updateActions();

    QWidget *m_dialogParent;
    QPointer<Workspace> m_workspace;
    QMetaObject::Connection m_changes;
    QTimer m_debounce;
    QAction *m_publish;
    QAction *m_stop;
};

} // namespace relm

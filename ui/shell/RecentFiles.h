#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace relm {

/// The recently opened databases, kept in QSettings and shown as a menu.
class RecentFiles final : public QObject {
    Q_OBJECT

public:
    explicit RecentFiles(QMenu *menu, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(RecentFiles)

    void add(const QString &path);
    QStringList files() const;

Q_SIGNALS:
    void openRequested(const QString &path);

private:
    void rebuildMenu();

    QMenu *m_menu;
};

} // namespace relm

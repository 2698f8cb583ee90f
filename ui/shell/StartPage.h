#pragma once

#include "domain/Ids.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace relm {

class Workspace;

/// What the centre shows while no tab is open: what Relm is, who you act as and what your roles
/// let you do, the database's releases to open, and the first steps (New Release, Import Plan,
/// Connect to Server) with the keys that reach everything else.
class StartPage final : public QWidget {
    Q_OBJECT

public:
    explicit StartPage(QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    QListWidget *releaseList() const { return m_releases; }

Q_SIGNALS:
    void openReleaseRequested(relm::Id releaseId);
    void newReleaseRequested();
    void importPlanRequested();
    void connectRequested();
    void shortcutsRequested();

private:
    void refill();
    void openCurrent();
    QPushButton *button(const QString &text, const QString &name, void (StartPage::*signal)());

    QPointer<Workspace> m_workspace;
    QLabel *m_who;
    QListWidget *m_releases;
    QPushButton *m_open;
};

} // namespace relm

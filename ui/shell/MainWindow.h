#pragma once

#include "Result.h"
#include "domain/Ids.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QTabWidget;
class QToolButton;

namespace relm {

class ActingPersonPicker;
class CataloguePanel;
class CsvActions;
class AuditView;
class DashboardView;
class EnvironmentsView;
class FeedUpdater;
class FindingsPanel;
class PackageDropper;
class PlanOpener;
class MessageBar;
class NavigatorPanel;
class RecentFiles;
class ReleaseTab;
class StartPage;
class UndoController;
class Workspace;

/// The application frame: navigator dock, release tabs, menus, toolbar and status bar. It hosts
/// feature widgets and holds no feature logic of its own.
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    struct OpenOptions {
        bool seedDemoIfNew = false; ///< a newly created file gets the demo portfolio
        bool askWhoActs = false;    ///< ask (modal) when nobody was chosen for this file yet
        QString preferredLogin;     ///< --as / RELM_USER
    };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;
    Q_DISABLE_COPY_MOVE(MainWindow)

    /// Opens a database file, or a server's (postgresql://…), and shows it; on failure the current
    /// one stays and the error is shown.
    Result<void> openDatabase(const QString &path, const OpenOptions &options);
    Result<void> openDatabase(const QString &path) { return openDatabase(path, OpenOptions{}); }
    /// Creates a new database file holding the person acting now, and shows it.
    /// Creates a database holding one person, who acts: `firstLogin`, else the one acting now,
    /// else the operating system's user. They manage releases (they may import plans into it).
    Result<void> createDatabase(const QString &path, const QString &firstLogin = {});
    /// Opens plan files of other tools (relm PLAN.gan, File → Open).
    PlanOpener *planOpener() const { return m_planOpener; }
    /// Shows an already open workspace (its acting person set).
    void setWorkspace(std::unique_ptr<Workspace> workspace);
    Workspace *workspace() const { return m_workspace.get(); }

    UndoController *undoController() const { return m_undo; }
    NavigatorPanel *navigator() const { return m_navigator; }
    CataloguePanel *catalogue() const { return m_catalogue; }
    FindingsPanel *findingsPanel() const { return m_findings; }
    PackageDropper *dropper() const { return m_dropper; }
    /// Opens (or brings forward) the Environments tab.
    EnvironmentsView *openEnvironments();
    /// Opens (or shows) the audit trail tab.
    AuditView *openAuditTrail();
    /// Opens (or shows) the delivery dashboard tab.
    DashboardView *openDashboard();
    /// Opens the release notes dialog for the current release.
    void showReleaseNotes();
    /// Asks the acting person for a new signing passphrase.
    void setSigningPassphrase();
    /// Opens (or brings forward) the Change Calendar tab.
    class CalendarPage *openCalendar();
    /// Opens (or brings forward) the Portfolio Gantt tab.
    class SchedulePage *openPortfolioGantt();
    MessageBar *messageBar() const { return m_message; }
    /// File ▸ Import CSV… and Export CSV….
    CsvActions *csvActions() const { return m_csv; }
    /// Opens (or brings forward) the tab of a release.
    ReleaseTab *openRelease(Id releaseId);
    ReleaseTab *currentReleaseTab() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createDocks();
    void restoreWindowState();
    void newDatabase();
    void openDatabaseDialog();
    /// File → Connect to Server….
    void connectToServer();
    /// A file, or a server signed in to (asking for the password when needed).
    Result<std::unique_ptr<Workspace>> openLocation(const QString &location);
    Result<void> showOpened(std::unique_ptr<Workspace> workspace, const OpenOptions &options);
    void saveCopy();
    void newRelease();
    void showAbout();
    void closeReleaseTab(int index);
    void createStartPage(QWidget *central);
    void showShortcuts();
    void updateStatusAction();
    /// The status bar's database (file, or server, login and live refresh) and the title.
    void showDatabase();
    void followCurrentRelease();
    Id currentReleaseId() const;
    void chooseActingPerson(const OpenOptions &options);

    std::unique_ptr<Workspace> m_workspace;
    UndoController *m_undo;
    MessageBar *m_message;
    QTabWidget *m_tabs;
    PackageDropper *m_dropper;
    NavigatorPanel *m_navigator;
    CataloguePanel *m_catalogue;
    FindingsPanel *m_findings;
    ActingPersonPicker *m_actingPicker;
    QLabel *m_databaseLabel;
    QToolButton *m_statusButton;
    QAction *m_statusAction = nullptr;
    RecentFiles *m_recentFiles = nullptr;
    PlanOpener *m_planOpener;
    FeedUpdater *m_feed = nullptr;
    CsvActions *m_csv = nullptr;
    StartPage *m_start = nullptr;
};

} // namespace relm

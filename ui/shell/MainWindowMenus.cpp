// The window's menus, toolbars and their actions; the rest of MainWindow is in MainWindow.cpp.
#include "MainWindow.h"

#include "shell/PortfolioTabs.h"

#include "audit/AuditView.h"
#include "calendar/CalendarMenu.h"
#include "calendar/FeedUpdater.h"
#include "dashboard/DashboardView.h"
#include "notes/NotesDialog.h"
#include "notes/NotesTemplateDialog.h"
#include "signoff/PassphraseDialog.h"

#include "calendar/CalendarPage.h"
#include "calendar/OverrideDialog.h"
#include "calendar/WindowDialog.h"
#include "catalogue/CataloguePanel.h"
#include "changes/ChangeRequestChanges.h"
#include "changes/RecordChanges.h"
#include "changes/ReleaseChanges.h"
#include "changes/Workspace.h"
#include "csv/CsvActions.h"
#include "demo/DemoData.h"
#include "domain/ReleaseLifecycle.h"
#include "environments/EnvironmentsView.h"
#include "gantt/SchedulePage.h"
#include "import/PlanFileReader.h"
#include "navigator/NavigatorPanel.h"
#include "package/FindingsPanel.h"
#include "package/PackageDropper.h"
#include "package/PackagePage.h"
#include "release/NewReleaseDialog.h"
#include "release/ReleaseOverviewPage.h"
#include "release/ReleaseTab.h"
#include "release/StatusActions.h"
#include "shell/ActingPersonPicker.h"
#include "shell/PanelFocus.h"
#include "shell/PlanOpener.h"
#include "shell/RecentFiles.h"
#include "shell/ShortcutsDialog.h"
#include "shell/StartPage.h"
#include "storage/Database.h"
#include "storage/DirectoryStore.h"
#include "storage/ReleaseStore.h"
#include "transfer/BackupActions.h"
#include "transfer/SbomActions.h"
#include "undo/UndoController.h"
#include "widgets/Icons.h"
#include "widgets/MessageBar.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace relm {

void MainWindow::createActions() {
    QMenu *file = menuBar()->addMenu(tr("&File"));
    auto add = [this](QMenu *menu, const QString &name, const QString &text, const QKeySequence &shortcut, auto slot) {
        QAction *action = menu->addAction(text);
        action->setObjectName(name);
        action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    add(file, u"fileNew"_s, tr("&New Database\u2026"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
        &MainWindow::newDatabase);
    add(file, u"fileOpen"_s, tr("&Open Database or Plan\u2026"), QKeySequence::Open, &MainWindow::openDatabaseDialog);
    add(file, u"fileConnect"_s, tr("Connect to &Server\u2026"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
        &MainWindow::connectToServer);
    m_recentFiles = new RecentFiles(file->addMenu(tr("Open &Recent")), this);
    connect(m_recentFiles, &RecentFiles::openRequested, this, [this](const QString &path) {
        if (auto r = openDatabase(path); !r)
            m_message->showError(r.errorMessage());
    });
    add(file, u"fileSaveCopy"_s, tr("Save a &Copy\u2026"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
        &MainWindow::saveCopy);
    backup_actions::fillFileMenu(
        file, this, [this] { return m_workspace.get(); }, m_message,
        [this](const QString &path) {
            if (auto r = openDatabase(path); !r)
                m_message->showError(r.errorMessage());
        });
    file->addSeparator();
    m_csv = new CsvActions(this, *m_undo, *m_message, [this] { return currentReleaseId(); });
    m_csv->addTo(file);
    m_feed = new FeedUpdater(this);
    file->addActions(m_feed->actions());
    connect(m_feed, &FeedUpdater::failed, m_message, &MessageBar::showError);
    file->addSeparator();
    add(file, u"fileQuit"_s, tr("&Quit"), QKeySequence::Quit, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undo->createUndoAction(this);
    undo->setObjectName(u"editUndo"_s);
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(QIcon::fromTheme(u"edit-undo"_s, style()->standardIcon(QStyle::SP_ArrowBack)));
    QAction *redo = m_undo->createRedoAction(this);
    redo->setObjectName(u"editRedo"_s);
    redo->setShortcut(QKeySequence::Redo);
    redo->setIcon(QIcon::fromTheme(u"edit-redo"_s, style()->standardIcon(QStyle::SP_ArrowForward)));
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu *release = menuBar()->addMenu(tr("&Release"));
    QAction *newRelease =
        add(release, u"releaseNew"_s, tr("&New Release\u2026"), QKeySequence::New, &MainWindow::newRelease);
    newRelease->setIcon(Icons::release());
    m_statusAction =
        add(release, u"releaseNextStatus"_s, tr("Next Status"), QKeySequence(Qt::CTRL | Qt::Key_Return), [this] {
            const Id id = currentReleaseId();
            auto r = m_workspace ? m_workspace->releases().release(id) : Result<Release>(Error{});
            if (!r)
                return;
            if (auto step = ReleaseLifecycle::forwardStep(r->status))
                openRelease(id)->overview()->moveTo(*step);
        });
    add(release, u"releaseNotes"_s, tr("Release &Notes and Board Pack…"), QKeySequence(Qt::CTRL | Qt::Key_P),
        &MainWindow::showReleaseNotes);
    add(release, u"releaseRollup"_s, tr("Ro&ll-up Notes…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), [this] {
        if (!m_workspace)
            return;
        auto *dialog = NotesDialog::rollup(*m_workspace, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    add(release, u"releaseNotesTemplates"_s, tr("Notes Te&mplates…"), QKeySequence(), [this] {
        if (!m_workspace)
            return;
        auto *dialog = new NotesTemplateDialog(*m_workspace, notes::Audience::Customer, currentReleaseId(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    release->addSeparator();
    add(release, u"releaseImportSbom"_s, tr("&Import SBOM…"), QKeySequence(),
        [this] { sbom_actions::importInteractively(this, *m_undo, m_message, currentReleaseId(), {}); });
    add(release, u"releaseExportSbom"_s, tr("E&xport SBOM…"), QKeySequence(), [this] {
        if (m_workspace)
            sbom_actions::exportInteractively(this, *m_workspace, m_message, currentReleaseId());
    });
    release->addSeparator();
    add(release, u"releasePassphrase"_s, tr("Set Signing &Passphrase…"), QKeySequence(),
        &MainWindow::setSigningPassphrase);
    add(release, u"releaseCloseTab"_s, tr("&Close Tab"), QKeySequence::Close,
        [this] { closeReleaseTab(m_tabs->currentIndex()); });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    add(view, u"viewEnvironments"_s, tr("&Environments"), QKeySequence(Qt::CTRL | Qt::Key_E),
        [this] { openEnvironments(); });
    add(view, u"viewCalendar"_s, tr("Change &Calendar"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K),
        [this] { openCalendar(); });
    add(view, u"viewPortfolioGantt"_s, tr("&Portfolio Gantt"), QKeySequence(Qt::CTRL | Qt::Key_G),
        [this] { openPortfolioGantt(); });
    add(view, u"viewAuditTrail"_s, tr("&Audit Trail"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
        [this] { openAuditTrail(); });
    add(view, u"viewDashboard"_s, tr("Delivery &Dashboard"), QKeySequence(Qt::CTRL | Qt::Key_D),
        [this] { openDashboard(); });
    view->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());

    fillCalendarMenu(
        menuBar()->addMenu(tr("Ca&lendar")), this, [this] { return m_workspace.get(); }, *m_undo);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    add(help, u"helpShortcuts"_s, tr("&Keyboard Shortcuts"), QKeySequence::HelpContents, &MainWindow::showShortcuts);
    help->addSeparator();
    add(help, u"helpAbout"_s, tr("&About Relm"), QKeySequence(), &MainWindow::showAbout);
    add(help, u"helpAboutQt"_s, tr("About &Qt"), QKeySequence(), [] { QApplication::aboutQt(); });

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(u"mainToolbar"_s);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(newRelease);
    toolbar->addSeparator();
    // Short labels on the toolbar; the menu entries and tooltips name the step ("Undo Add nginx…").
    for (QAction *stackAction : {undo, redo}) {
        auto *button = new QToolButton(toolbar);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setIcon(stackAction->icon());
        button->setText(stackAction == undo ? tr("Undo") : tr("Redo"));
        button->setEnabled(stackAction->isEnabled());
        button->setAccessibleName(button->text());
        connect(button, &QToolButton::clicked, stackAction, &QAction::trigger);
        connect(stackAction, &QAction::changed, button, [button, stackAction] {
            button->setEnabled(stackAction->isEnabled());
            button->setToolTip(stackAction->text());
        });
        toolbar->addWidget(button);
    }
    toolbar->addSeparator();
    // Not a default action: the button must re-measure itself whenever its text changes.
    connect(m_statusButton, &QToolButton::clicked, m_statusAction, &QAction::trigger);
    m_statusButton->setPopupMode(QToolButton::MenuButtonPopup);
    m_statusButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_statusButton->setMenu(new QMenu(m_statusButton));
    m_statusButton->setAccessibleName(tr("Move the release to its next status"));
    // Wide enough for the longest step label, so it never elides and never jumps.
    int widest = 0;
    for (ReleaseStatus status : allOf<ReleaseStatus>())
        widest =
            std::max(widest, m_statusButton->fontMetrics().horizontalAdvance(ReleaseLifecycle::actionLabel(status)));
    m_statusButton->setMinimumWidth(widest + 60);
    toolbar->addWidget(m_statusButton);
    connect(m_undo->stack(), &QUndoStack::indexChanged, this, &MainWindow::updateStatusAction);
}

void MainWindow::createStartPage(QWidget *central) {
    // The start page stands where the tabs are while none is open.
    m_start = new StartPage(central);
    // Scrolled rather than squeezed: the page's height never sets the window's least height.
    auto *startScroll = new QScrollArea(central);
    startScroll->setWidget(m_start);
    startScroll->setWidgetResizable(true);
    startScroll->setFrameShape(QFrame::NoFrame);
    auto *stack = new QStackedWidget(central);
    stack->addWidget(startScroll);
    stack->addWidget(m_tabs);
    central->layout()->addWidget(stack);
    connect(m_tabs, &QTabWidget::currentChanged, stack, [stack, startScroll, this](int index) {
        const bool hadFocus = m_start->isAncestorOf(QApplication::focusWidget());
        stack->setCurrentWidget(index < 0 ? static_cast<QWidget *>(startScroll) : m_tabs);
        if (index < 0 && hadFocus)
            m_start->releaseList()->setFocus();
    });
    connect(m_start, &StartPage::openReleaseRequested, this, &MainWindow::openRelease);
    connect(m_start, &StartPage::newReleaseRequested, this, &MainWindow::newRelease);
    connect(m_start, &StartPage::importPlanRequested, this, &MainWindow::openDatabaseDialog);
    connect(m_start, &StartPage::connectRequested, this, &MainWindow::connectToServer);
    connect(m_start, &StartPage::shortcutsRequested, this, &MainWindow::showShortcuts);
    const auto docked = [this](const char *name) {
        return findChild<QDockWidget *>(QLatin1String(name));
    };
    new PanelFocus(this,
                   {docked("navigatorDock"), stack, docked("catalogueDock"), docked("findingsDock"), statusBar()});
    // The first start begins on the list of releases, where Enter opens one.
    m_start->releaseList()->setFocus();
}

void MainWindow::showShortcuts() {
    auto *dialog = new ShortcutsDialog(menuBar(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace relm

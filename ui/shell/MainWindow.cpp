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
#include "shell/PlanOpener.h"
#include "shell/RecentFiles.h"
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
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {
const auto databaseFilter = QT_TRANSLATE_NOOP("relm::MainWindow", "Relm databases (*.db *.relm);;All files (*)");
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_undo(new UndoController(this))
    , m_message(new MessageBar(this))
    , m_tabs(new QTabWidget(this))
    , m_dropper(new PackageDropper(*m_undo, this))
    , m_navigator(new NavigatorPanel(this))
    , m_catalogue(new CataloguePanel(*m_undo, this))
    , m_findings(new FindingsPanel(this))
    , m_actingPicker(new ActingPersonPicker(this))
    , m_databaseLabel(new QLabel(this))
    , m_statusButton(new QToolButton(this))
    , m_planOpener(new PlanOpener(*this)) {
    setWindowIcon(Icons::application());
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Open releases"));
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeReleaseTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateStatusAction);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs);
    setCentralWidget(central);

    createDocks();
    createActions();
    statusBar()->addWidget(m_actingPicker);
    statusBar()->addWidget(m_databaseLabel, 1);
    connect(m_actingPicker, &ActingPersonPicker::failed, m_message, &MessageBar::showError);
    connect(m_undo, &UndoController::failed, m_message, &MessageBar::showError);
    m_navigator->setDropper(m_dropper);
    m_navigator->setChangeDropHandler([this](const QList<Id> &changeIds, Id releaseId) {
        if (!m_workspace)
            return false;
        auto change = linkChangesTo(*m_workspace, changeIds, releaseId);
        auto done = change ? m_undo->perform(std::move(change.value())) : Result<void>(change.error());
        statusBar()->showMessage(done ? tr("Linked: %1").arg(m_undo->stack()->undoText()) : done.errorMessage(), 8000);
        return bool(done);
    });
    auto showMessage = [this](const QString &text, bool isError) {
        m_message->showMessage(isError ? MessageBar::Kind::Error : MessageBar::Kind::Information, text);
    };
    connect(m_dropper, &PackageDropper::message, this, showMessage);
    connect(m_catalogue, &CataloguePanel::message, this, showMessage);
    connect(m_findings, &FindingsPanel::openRequested, this, [this](Id releaseId) {
        ReleaseTab *tab = openRelease(releaseId);
        tab->setCurrentWidget(tab->packagePage());
    });
    restoreWindowState();
}

MainWindow::~MainWindow() {
    // Tabs and models refer to the workspace: let them go first.
    m_tabs->clear();
    m_navigator->setWorkspace(nullptr);
    m_undo->setWorkspace(nullptr);
}

void MainWindow::createDocks() {
    auto *dock = new QDockWidget(tr("Portfolio"), this);
    dock->setObjectName(u"navigatorDock"_s);
    dock->setWidget(m_navigator);
    // Narrower than this, release names (the way to tell releases apart) are cut to a few letters.
    m_navigator->setMinimumWidth(m_navigator->fontMetrics().averageCharWidth() * 24);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    resizeDocks({dock}, {240}, Qt::Horizontal);
    connect(m_navigator, &NavigatorPanel::releaseActivated, this, &MainWindow::openRelease);
    connect(m_navigator, &NavigatorPanel::currentReleaseChanged, this, &MainWindow::updateStatusAction);
    connect(m_navigator, &NavigatorPanel::currentReleaseChanged, this, &MainWindow::followCurrentRelease);

    auto *catalogueDock = new QDockWidget(tr("Component Catalogue"), this);
    catalogueDock->setObjectName(u"catalogueDock"_s);
    catalogueDock->setWidget(m_catalogue);
    addDockWidget(Qt::RightDockWidgetArea, catalogueDock);
    // Side docks start narrow so that the release pages get the room; both can be widened.
    resizeDocks({catalogueDock}, {300}, Qt::Horizontal);

    auto *findingsDock = new QDockWidget(tr("Findings"), this);
    findingsDock->setObjectName(u"findingsDock"_s);
    findingsDock->setWidget(m_findings);
    addDockWidget(Qt::BottomDockWidgetArea, findingsDock);
    resizeDocks({findingsDock}, {150}, Qt::Vertical);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::followCurrentRelease);
}

void MainWindow::followCurrentRelease() {
    const Id id = currentReleaseId();
    auto release = m_workspace && id ? m_workspace->releases().release(id) : Result<Release>(Error{});
    m_findings->showRelease(m_workspace.get(), release ? id : 0, release ? release->name : QString());
}

SchedulePage *MainWindow::openPortfolioGantt() {
    return portfolioTab<SchedulePage>(m_tabs, tr("Portfolio Gantt"),
                                      [this] { return new SchedulePage(*m_workspace, *m_undo, 0, m_tabs); });
}

CalendarPage *MainWindow::openCalendar() {
    if (!m_workspace)
        return nullptr;
    return portfolioTab<CalendarPage>(m_tabs, tr("Change Calendar"), [this] {
        auto *page = new CalendarPage(*m_workspace, *m_undo, m_tabs);
        connect(page, &CalendarPage::newWindowRequested, this,
                [this] { WindowDialog::createNew(this, *m_workspace, *m_undo); });
        connect(page, &CalendarPage::overrideRequested, this, [this](Id deploymentId, Id windowId) {
            OverrideDialog::open(this, *m_workspace, *m_undo, deploymentId, windowId);
        });
        return page;
    });
}

EnvironmentsView *MainWindow::openEnvironments() {
    return portfolioTab<EnvironmentsView>(m_tabs, tr("Environments"),
                                          [this] { return new EnvironmentsView(*m_workspace, m_tabs); });
}

AuditView *MainWindow::openAuditTrail() {
    return portfolioTab<AuditView>(m_tabs, tr("Audit Trail"), [this] { return new AuditView(*m_workspace, m_tabs); });
}

DashboardView *MainWindow::openDashboard() {
    return portfolioTab<DashboardView>(m_tabs, tr("Delivery Dashboard"),
                                       [this] { return new DashboardView(*m_workspace, m_tabs); });
}

void MainWindow::showReleaseNotes() {
    const Id id = currentReleaseId();
    if (!m_workspace || id == 0) {
        statusBar()->showMessage(tr("Select a release first."), 5000);
        return;
    }
    auto *dialog = new NotesDialog(*m_workspace, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::setSigningPassphrase() {
    if (!m_workspace)
        return;
    auto *dialog = new PassphraseDialog(*m_workspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        statusBar()->showMessage(tr("Signing passphrase set; key fingerprint %1.").arg(dialog->fingerprint()), 8000);
    });
    dialog->open();
}

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
    QAction *undo = m_undo->stack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(u"editUndo"_s);
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(QIcon::fromTheme(u"edit-undo"_s, style()->standardIcon(QStyle::SP_ArrowBack)));
    QAction *redo = m_undo->stack()->createRedoAction(this, tr("&Redo"));
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

void MainWindow::restoreWindowState() {
    QSettings settings;
    if (!restoreGeometry(settings.value(u"mainWindow/geometry"_s).toByteArray())) {
        // First start: as large as is comfortable, but never larger than the screen (1366x768 laptops).
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1400, 860);
        resize(QSize(1400, 860).boundedTo(available.size()));
        move(available.center() - rect().center());
    }
    restoreState(settings.value(u"mainWindow/state"_s).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event) {
    // Commit an edit still in a field (focus-out writes it) before the window goes.
    if (QWidget *focused = QApplication::focusWidget())
        focused->clearFocus();
    QSettings settings;
    settings.setValue(u"mainWindow/geometry"_s, saveGeometry());
    settings.setValue(u"mainWindow/state"_s, saveState());
    event->accept();
}

Result<void> MainWindow::openDatabase(const QString &path, const OpenOptions &options) {
    auto workspace = Workspace::openFile(path);
    if (!workspace)
        return workspace.error();
    Workspace &ws = **workspace;
    if (options.seedDemoIfNew && ws.database().isNew()) {
        if (auto r = DemoData::seed(ws, QDate::currentDate()); !r)
            return r;
    }
    std::unique_ptr<Workspace> opened = std::move(workspace).value();
    std::swap(m_workspace, opened); // chooseActingPerson works on m_workspace
    chooseActingPerson(options);
    std::swap(m_workspace, opened);
    if (!opened->database().upgradeBackupPath().isEmpty())
        m_message->showMessage(MessageBar::Kind::Information,
                               tr("This database was upgraded to the current version. A copy of the old version is "
                                  "at %1.")
                                   .arg(opened->database().upgradeBackupPath()));
    else
        m_message->clear();
    setWorkspace(std::move(opened));
    m_recentFiles->add(path);
    return {};
}

void MainWindow::chooseActingPerson(const OpenOptions &options) {
    Workspace &ws = *m_workspace;
    const QString location = ws.database().location();
    for (const QString &login : {options.preferredLogin, ActingPersonPicker::rememberedLogin(location)}) {
        if (!login.isEmpty() && ws.actAs(login)) {
            ActingPersonPicker::remember(location, login);
            return;
        }
    }
    if (ws.actAs(operatingSystemUser()))
        return;
    auto people = ws.directory().people();
    if (!people || people->isEmpty())
        return;
    QString chosen = people->first().login;
    if (options.askWhoActs) {
        QStringList names;
        for (const Person &p : *people)
            names.append(p.displayName);
        bool ok = false;
        const QString name = QInputDialog::getItem(
            this, tr("Who Are You?"), tr("Relm records who makes each change. Choose yourself:"), names, 0, false, &ok);
        if (ok)
            chosen = people->at(names.indexOf(name)).login;
    }
    if (ws.actAs(chosen))
        ActingPersonPicker::remember(location, chosen);
}

void MainWindow::setWorkspace(std::unique_ptr<Workspace> workspace) {
    while (m_tabs->count() > 0)
        closeReleaseTab(0);
    m_navigator->setWorkspace(nullptr);
    m_catalogue->setWorkspace(nullptr);
    m_findings->showRelease(nullptr, 0, QString());
    m_actingPicker->setWorkspace(nullptr);
    m_undo->setWorkspace(nullptr);
    m_workspace = std::move(workspace);
    m_feed->setWorkspace(m_workspace.get());
    if (m_workspace) {
        m_undo->setWorkspace(m_workspace.get());
        m_navigator->setWorkspace(m_workspace.get());
        m_catalogue->setWorkspace(m_workspace.get());
        m_actingPicker->setWorkspace(m_workspace.get());
        connect(m_workspace.get(), &Workspace::changed, this, [this](const ChangeNotice &notice) {
            if (notice.entity == Entity::Release && notice.kind == ChangeNotice::Kind::Removed) {
                for (int i = m_tabs->count() - 1; i >= 0; --i) {
                    auto *tab = qobject_cast<ReleaseTab *>(m_tabs->widget(i));
                    if (tab && tab->releaseId() == notice.id)
                        closeReleaseTab(i);
                }
            } else if (notice.entity == Entity::Release) {
                for (int i = 0; i < m_tabs->count(); ++i) {
                    auto *tab = qobject_cast<ReleaseTab *>(m_tabs->widget(i));
                    if (tab && tab->releaseId() == notice.id)
                        m_tabs->setTabText(i, tab->overview()->release().name);
                }
            }
            updateStatusAction();
        });
        const QString location = m_workspace->database().location();
        m_databaseLabel->setText(tr("Database: %1").arg(QDir::toNativeSeparators(location)));
        setWindowTitle(tr("%1 \u2013 Relm").arg(QFileInfo(location).fileName()));
    }
    updateStatusAction();
}

ReleaseTab *MainWindow::openRelease(Id releaseId) {
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *tab = qobject_cast<ReleaseTab *>(m_tabs->widget(i));
        if (tab && tab->releaseId() == releaseId) {
            m_tabs->setCurrentIndex(i);
            return tab;
        }
    }
    auto *tab = new ReleaseTab(*m_workspace, *m_undo, *m_dropper, releaseId, m_tabs);
    const int index = m_tabs->addTab(tab, Icons::release(), tab->overview()->release().name);
    m_tabs->setCurrentIndex(index);
    return tab;
}

ReleaseTab *MainWindow::currentReleaseTab() const {
    return qobject_cast<ReleaseTab *>(m_tabs->currentWidget());
}

void MainWindow::closeReleaseTab(int index) {
    if (QWidget *page = m_tabs->widget(index)) {
        m_tabs->removeTab(index);
        page->deleteLater();
    }
}

Id MainWindow::currentReleaseId() const {
    if (ReleaseTab *tab = currentReleaseTab())
        return tab->releaseId();
    return m_navigator->currentReleaseId();
}

void MainWindow::updateStatusAction() {
    const Id id = currentReleaseId();
    auto release = m_workspace && id ? m_workspace->releases().release(id) : Result<Release>(Error{});
    const auto step = release ? ReleaseLifecycle::forwardStep(release->status) : std::nullopt;
    m_statusAction->setEnabled(step.has_value());
    m_statusAction->setText(step ? ReleaseLifecycle::actionLabel(*step) : tr("Next Status"));
    m_statusAction->setIcon(step ? Icons::status(*step) : QIcon());
    m_statusButton->setText(m_statusAction->text());
    m_statusButton->setIcon(m_statusAction->icon());
    m_statusButton->setToolTip(release ? tr("Move %1 on in its lifecycle").arg(release->name) : QString());
    m_statusButton->setEnabled(release.ok());
    if (release)
        fillStatusMenu(m_statusButton->menu(), *release,
                       [this, id](ReleaseStatus s) { openRelease(id)->overview()->moveTo(s); });
}

void MainWindow::newDatabase() {
    const QString path = QFileDialog::getSaveFileName(this, tr("New Database"), QString(), tr(databaseFilter));
    if (path.isEmpty())
        return;
    if (auto r = createDatabase(path); !r) {
        m_message->showError(r.errorMessage());
        return;
    }
    m_message->showMessage(MessageBar::Kind::Information,
                           tr("New database created. Start with Release \u2192 New Release."));
}

Result<void> MainWindow::createDatabase(const QString &path) {
    if (QFileInfo::exists(path))
        return makeError(ErrorCode::Conflict, tr("%1 already exists. Choose a new name: Relm never overwrites a "
                                                 "database.")
                                                  .arg(QDir::toNativeSeparators(path)));
    auto created = Workspace::openFile(path);
    if (!created)
        return created.error();
    // The new database starts with the person who made it.
    Person me = m_workspace ? m_workspace->actingPerson() : Person{};
    if (me.login.isEmpty() || me.id == 0)
        me = Person{0, operatingSystemUser().isEmpty() ? u"admin"_s : operatingSystemUser(), {}, {}, {}};
    me.id = 0;
    if (me.displayName.isEmpty())
        me.displayName = me.login;
    (*created)->actAsSetup();
    CreateRecord<Person> createMe(me);
    if (auto r = (*created)->apply(createMe); !r)
        return r;
    (void)(*created)->actAs(me.login);
    ActingPersonPicker::remember((*created)->database().location(), me.login);
    setWorkspace(std::move(created).value());
    m_recentFiles->add(path);
    return {};
}

void MainWindow::openDatabaseDialog() {
    const QString filter =
        tr("Relm databases and plans (*.db *.relm %1);;").arg(PlanFileReader::patterns()) + tr(databaseFilter);
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Database or Plan"), QString(), filter);
    if (path.isEmpty())
        return;
    if (PlanFileReader::isPlanFile(path)) {
        if (auto r = m_planOpener->open(path); !r)
            m_message->showError(r.errorMessage());
    } else if (auto r = openDatabase(path, OpenOptions{false, true, {}}); !r) {
        m_message->showError(r.errorMessage());
    }
}

void MainWindow::saveCopy() {
    if (!m_workspace)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save a Copy"), QString(), tr(databaseFilter));
    if (path.isEmpty())
        return;
    if (auto r = m_workspace->database().backupTo(path); !r)
        m_message->showError(r.errorMessage());
    else
        m_message->showMessage(MessageBar::Kind::Information,
                               tr("A copy was saved to %1.").arg(QDir::toNativeSeparators(path)));
}

void MainWindow::newRelease() {
    if (!m_workspace)
        return;
    NewReleaseDialog dialog(*m_workspace, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto change = std::make_unique<CreateRelease>(dialog.release());
    CreateRelease *created = change.get();
    if (auto r = m_undo->perform(std::move(change)); !r) {
        m_message->showError(r.errorMessage());
        return;
    }
    m_navigator->selectRelease(created->release().id);
    openRelease(created->release().id);
}

void MainWindow::showAbout() {
    const QString location = m_workspace ? QDir::toNativeSeparators(m_workspace->database().location()) : QString();
    QMessageBox::about(
        this, tr("About Relm"),
        tr("<h3>Relm %1</h3><p>Release and deployment planning: packages, schedules, risks, "
           "sign-off, deployments and release notes.</p><p>Built with Qt %2.</p>"
           "<p>Database: %3</p>")
            .arg(QStringLiteral(RELM_VERSION), QString::fromLatin1(qVersion()), location.toHtmlEscaped()));
}

} // namespace relm

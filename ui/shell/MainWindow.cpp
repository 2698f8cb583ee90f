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
#include "calendar/ConflictPanel.h"
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
#include "package/SendToPackage.h"
#include "release/NewReleaseDialog.h"
#include "release/ReleaseOverviewPage.h"
#include "release/ReleaseTab.h"
#include "release/StatusActions.h"
#include "shell/ActingPersonPicker.h"
#include "shell/ConnectServerDialog.h"
#include "shell/PersonText.h"
#include "shell/PlanOpener.h"
#include "shell/RecentFiles.h"
#include "shell/ServerSignIn.h"
#include "shell/StartPage.h"
#include "storage/Database.h"
#include "storage/DirectoryStore.h"
#include "storage/ReleaseStore.h"
#include "transfer/BackupActions.h"
#include "transfer/SbomActions.h"
#include "undo/ChangeRecoveryPrompts.h"
#include "undo/UndoController.h"
#include "widgets/ContextMenuKey.h"
#include "widgets/FullYearDates.h"
#include "widgets/Icons.h"
#include "widgets/MessageBar.h"
#include "widgets/TabLeavesDateFields.h"

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
#include <QShortcut>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
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
    FullYearDates::install();
    ContextMenuKey::install();
    TabLeavesDateFields::install();
    m_undo->setRecovery(new ChangeRecoveryPrompts(this, *m_undo));
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Open releases"));
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeReleaseTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateStatusAction);
    // Ctrl+Tab and Ctrl+Shift+Tab go round the open releases, as in a browser; a release's own
    // pages are reached with Alt and their numbers.
    for (const auto &[key, step] :
         {std::pair{QKeySequence::NextChild, 1}, std::pair{QKeySequence::PreviousChild, -1}}) {
        connect(new QShortcut(key, this), &QShortcut::activated, this, [this, step = step] {
            if (m_tabs->count() > 1)
                m_tabs->setCurrentIndex((m_tabs->currentIndex() + step + m_tabs->count()) % m_tabs->count());
        });
    }

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message);
    setCentralWidget(central);

    createDocks();
    createActions();
    createStartPage(central);
    statusBar()->addWidget(new QLabel(tr("Acting as:"), this));
    statusBar()->addWidget(m_actingPicker);
    m_databaseLabel->setObjectName(u"databaseLabel"_s);
    statusBar()->addWidget(m_databaseLabel, 1);
    connect(m_actingPicker, &ActingPersonPicker::failed, m_message, &MessageBar::showError);
    connect(m_undo, &UndoController::failed, m_message, &MessageBar::showError);
    m_undo->retireRefusalsIn(m_message);
    m_navigator->setDropper(m_dropper);
    connect(m_catalogue, &CataloguePanel::addToPackageRequested, this, [this] {
        sendSelectionToPackage(m_catalogue->view(), *m_dropper, tr("Add to Release or Package"), Qt::CopyAction,
                               currentReleaseId());
    });
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
    connect(m_findings, &FindingsPanel::calendarRequested, this, [this](Id releaseId) {
        // Outside a release's tab the dock shows the Portfolio's release: keep it on this one.
        m_navigator->selectRelease(releaseId);
        openCalendar()->conflictPanel()->selectFirstOf(releaseId);
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
    m_navigator->setMinimumWidth(m_navigator->fontMetrics().averageCharWidth() * 30);
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
    resizeDocks({findingsDock}, {m_findings->fontMetrics().height() * 9}, Qt::Vertical); // titles, header, 3 rows
    // The dock comes up when the release in focus has findings and goes when it has none, so that
    // an empty table never takes the pages' room.
    findingsDock->hide();
    connect(m_findings, &FindingsPanel::findingsCounted, findingsDock,
            [findingsDock](int count) { findingsDock->setVisible(count > 0); });
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

Result<std::unique_ptr<Workspace>> MainWindow::openLocation(const QString &location) {
    if (!ServerAddress::looksLikeServer(location))
        return Workspace::openFile(location);
    auto address = ServerAddress::parse(location);
    if (!address)
        return address.error();
    return ServerSignIn::open(this, {*address, false, true});
}

void MainWindow::connectToServer() {
    ConnectServerDialog dialog(this);
    // Connected already: start from that server (another login, another database on it).
    if (m_workspace && m_workspace->database().isServer()) {
        if (auto current = ServerAddress::parse(m_workspace->database().location()))
            dialog.setAddress(*current);
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto workspace = ServerSignIn::open(this, {dialog.address(), dialog.rememberPassword(), true});
    if (!workspace) {
        m_message->showError(workspace.errorMessage());
        return;
    }
    ConnectServerDialog::setLastAddress(dialog.address());
    if (auto r = showOpened(std::move(workspace).value(), OpenOptions{false, true, {}}); !r)
        m_message->showError(r.errorMessage());
}

Result<void> MainWindow::openDatabase(const QString &path, const OpenOptions &options) {
    auto workspace = openLocation(path);
    if (!workspace)
        return workspace.error();
    return showOpened(std::move(workspace).value(), options);
}

Result<void> MainWindow::showOpened(std::unique_ptr<Workspace> workspace, const OpenOptions &options) {
    Workspace &ws = *workspace;
    if (options.seedDemoIfNew && ws.database().isNew()) {
        if (auto r = DemoData::seed(ws, QDate::currentDate()); !r)
            return r;
    }
    std::unique_ptr<Workspace> opened = std::move(workspace);
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
    const QString location = opened->database().location();
    // Listening starts before the views read, so that nothing committed meanwhile goes unseen;
    // when it cannot, the status bar says so and the window still works.
    (void)opened->startLiveRefresh();
    setWorkspace(std::move(opened));
    m_recentFiles->add(location);
    return {};
}

void MainWindow::chooseActingPerson(const OpenOptions &options) {
    Workspace &ws = *m_workspace;
    const QString location = ws.database().location();
    // On a server each person is their own login; only its administrators may choose.
    if (ws.database().isServer() && !ws.database().administersServer()) {
        if (!options.preferredLogin.isEmpty() &&
            options.preferredLogin.compare(ws.database().serverLogin(), Qt::CaseInsensitive) != 0)
            m_message->showMessage(MessageBar::Kind::Information,
                                   tr("On a server you act as your own login, %1, not as %2: to act as %2, sign in "
                                      "as them.")
                                       .arg(ws.database().serverLogin(), options.preferredLogin));
        if (!ws.actAs(ws.database().serverLogin()))
            m_message->showMessage(MessageBar::Kind::Information,
                                   tr("Nobody in this database has your login, %1: you can read everything, and "
                                      "change nothing until an administrator adds you (relm-cli server admit).")
                                       .arg(ws.database().serverLogin()));
        return;
    }
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
            names.append(personWithRoles(p));
        bool ok = false;
        const QString name = QInputDialog::getItem(this, tr("Who Are You?"),
                                                   tr("Relm records who makes each change, and your roles decide what "
                                                      "you may sign. Choose yourself:"),
                                                   names, 0, false, &ok);
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
    m_start->setWorkspace(nullptr);
    m_undo->setWorkspace(nullptr);
    m_workspace = std::move(workspace);
    m_feed->setWorkspace(m_workspace.get());
    if (m_workspace) {
        m_undo->setWorkspace(m_workspace.get());
        m_navigator->setWorkspace(m_workspace.get());
        m_catalogue->setWorkspace(m_workspace.get());
        m_actingPicker->setWorkspace(m_workspace.get());
        m_start->setWorkspace(m_workspace.get());
        // On a server people sign in as themselves: only its administrators may act for others.
        const Database &database = m_workspace->database();
        m_actingPicker->setEnabled(!database.isServer() || database.administersServer());
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
        connect(m_workspace.get(), &Workspace::liveRefreshChanged, this, &MainWindow::showDatabase);
        showDatabase();
    }
    updateStatusAction();
}

void MainWindow::showDatabase() {
    const Database &database = m_workspace->database();
    const QString location = database.location();
    if (!database.isServer()) {
        m_databaseLabel->setText(tr("Database: %1").arg(QDir::toNativeSeparators(location)));
        setWindowTitle(tr("%1 \u2013 Relm").arg(QFileInfo(location).fileName()));
        return;
    }
    const QString live = m_workspace->liveRefreshState();
    m_databaseLabel->setText(live.isEmpty()
                                 ? tr("Connected to %1 as %2").arg(location, database.serverLogin())
                                 : tr("Connected to %1 as %2 (%3)").arg(location, database.serverLogin(), live));
    if (auto address = ServerAddress::parse(location))
        setWindowTitle(tr("%1 on %2 \u2013 Relm").arg(address->database, address->host));
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

Result<void> MainWindow::createDatabase(const QString &path, const QString &firstLogin) {
    if (QFileInfo::exists(path))
        return makeError(ErrorCode::Conflict, tr("%1 already exists. Choose a new name: Relm never overwrites a "
                                                 "database.")
                                                  .arg(QDir::toNativeSeparators(path)));
    auto created = Workspace::openFile(path);
    if (!created)
        return created.error();
    // The new database starts with the person who made it.
    Person me = m_workspace ? m_workspace->actingPerson() : Person{};
    if (!firstLogin.isEmpty())
        me = Person{0, firstLogin, {}, {}, {}};
    else if (me.login.isEmpty() || me.id == 0)
        me = Person{0, operatingSystemUser().isEmpty() ? u"admin"_s : operatingSystemUser(), {}, {}, {}};
    me.id = 0;
    if (me.roles.isEmpty())
        me.roles = {Role::ReleaseManager};
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
    if (m_workspace->database().isServer()) { // say so before asking for a file name
        m_message->showError(m_workspace->database().backupTo({}).errorMessage());
        return;
    }
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

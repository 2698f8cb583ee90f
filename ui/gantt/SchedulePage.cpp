#include "SchedulePage.h"

#include "changes/PlanChanges.h"
#include "changes/RecordChanges.h"
#include "changes/Workspace.h"
#include "gantt/CalendarDialog.h"
#include "gantt/GanttExportDialog.h"
#include "gantt/GanttModel.h"
#include "gantt/GanttTimeline.h"
#include "gantt/MonteCarloPanel.h"
#include "gantt/MspdiImportDialog.h"
#include "gantt/PredecessorsDialog.h"
#include "gantt/TaskDialog.h"
#include "i18n/ShownDates.h"
#include "import/MspdiExport.h"
#include "storage/PlanStore.h"
#include "storage/ReleaseStore.h"
#include "undo/UndoController.h"
#include "widgets/MessageBar.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::Literals::StringLiterals;

namespace relm {

SchedulePage::SchedulePage(Workspace &workspace, UndoController &undo, Id releaseId, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_undo(undo)
    , m_releaseId(releaseId)
    , m_message(new MessageBar(this))
    , m_model(new GanttModel(this))
    , m_table(new QTableView(this))
    , m_timeline(new GanttTimeline(this))
    , m_monteCarlo(new MonteCarloPanel(workspace, releaseId, this))
    , m_conflictCheck(new QTimer(this)) {
    m_undo.retireRefusalsIn(m_message);
    // Conflicts span every release: checked shortly after edits settle, not on each drag.
    m_conflictCheck->setSingleShot(true);
    m_conflictCheck->setInterval(400);
    connect(m_conflictCheck, &QTimer::timeout, this, &SchedulePage::showConflicts);
    const int rowHeight = fontMetrics().height() + 10;
    m_table->setTabKeyNavigation(false);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(rowHeight);
    m_table->horizontalHeader()->setFixedHeight(2 * (fontMetrics().height() + 6));
    m_table->setColumnWidth(GanttModel::NameColumn, 230);
    m_table->setAccessibleName(tr("Tasks"));
    m_timeline->setRowHeight(rowHeight);
    m_timeline->setHeaderHeight(m_table->horizontalHeader()->height());
    m_timeline->setModel(m_model);
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, m_timeline, &GanttTimeline::setVerticalOffset);
    connect(m_table, &QTableView::activated, this, // double-click, or Enter from the keyboard
            [this](const QModelIndex &index) { editTask(index.data(GanttModel::TaskIdRole).toLongLong()); });
    connect(m_timeline, &GanttTimeline::moveRequested, this, &SchedulePage::moveTask);
    connect(m_timeline, &GanttTimeline::resizeRequested, this, &SchedulePage::resizeTask);
    connect(m_timeline, &GanttTimeline::linkRequested, this, &SchedulePage::linkTasks);
    connect(m_timeline, &GanttTimeline::activated, this, &SchedulePage::editTask);
    connect(m_model, &GanttModel::recomputed, this, &SchedulePage::showState);
    // Each edit reads the schedule again; the task in hand stays the current one.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_taskInHand = selectedTaskId(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (const int row = m_model->rowOf(m_taskInHand); row >= 0)
            m_table->selectionModel()->setCurrentIndex(m_model->index(row, GanttModel::NameColumn),
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    });

    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // The page holds the actions too, so that their keys work wherever the focus is on the page.
    // Each goes where `into` points: the toolbar, and at the end the Import/Export menu.
    QWidget *into = toolbar;
    auto add = [&](const QString &name, const QString &text, const QKeySequence &key, auto slot) {
        auto *action = new QAction(text, this);
        into->addAction(action);
        action->setObjectName(name);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    QAction *addTaskAction =
        add(u"scheduleAddTask"_s, tr("Add &Task"), QKeySequence(Qt::CTRL | Qt::Key_T), [this] { addTask(false); });
    QAction *addMilestoneAction = add(u"scheduleAddMilestone"_s, tr("Add &Milestone"),
                                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), [this] { addTask(true); });
    QAction *predecessorsAction = add(u"schedulePredecessors"_s, tr("&Predecessors\u2026"),
                                      QKeySequence(Qt::CTRL | Qt::Key_L), [this] { editPredecessors(); });
    predecessorsAction->setToolTip(tr("Choose the tasks the selected task waits for (Ctrl+L)"));
    // The task table's context menu (Menu key) holds the commands for tasks.
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions({addTaskAction, addMilestoneAction, predecessorsAction});
    toolbar->addSeparator();
    // The zoom buttons read "+" and "\u2212" to leave the toolbar room at 1366 px; their actions keep
    // their names for F1's list, the tooltips and screen readers.
    QAction *zoomIn = add(u"scheduleZoomIn"_s, tr("Zoom In"), QKeySequence::ZoomIn, [this] { m_timeline->zoomIn(); });
    QAction *zoomOut =
        add(u"scheduleZoomOut"_s, tr("Zoom Out"), QKeySequence::ZoomOut, [this] { m_timeline->zoomOut(); });
    for (QAction *zoom : {zoomOut, zoomIn}) {
        zoom->setIconText(zoom == zoomIn ? u"+"_s : u"\u2212"_s);
        zoom->setToolTip(u"%1 (%2)"_s.arg(zoom->text(), zoom->shortcut().toString(QKeySequence::NativeText)));
        toolbar->widgetForAction(zoom)->setAccessibleName(zoom->text());
    }
    add(u"scheduleToday"_s, tr("Today"), QKeySequence(),
        [this] { m_timeline->scrollTo(QDateTime::currentDateTime()); });
    toolbar->addSeparator();
    QAction *simulation = toolbar->addAction(tr("&Monte Carlo"));
    simulation->setObjectName(u"scheduleMonteCarlo"_s);
    simulation->setCheckable(true);
    connect(simulation, &QAction::toggled, m_monteCarlo, &QWidget::setVisible);
    m_monteCarlo->hide();
    add(u"scheduleCalendar"_s, tr("&Calendar\u2026"), QKeySequence(), &SchedulePage::editCalendar);
    add(u"scheduleSaveBaseline"_s, tr("Save &Baseline\u2026"), QKeySequence(), &SchedulePage::saveBaseline);
    // Files in and out share one menu: an action with a menu (not a widget), so that the toolbar's
    // "\u00BB" lists it too when the page is narrow.
    auto *transfer = new QAction(tr("Import/E&xport"), this);
    transfer->setObjectName(u"scheduleTransfer"_s);
    auto *transferMenu = new QMenu(this);
    transfer->setMenu(transferMenu);
    toolbar->addAction(transfer);
    if (auto *button = qobject_cast<QToolButton *>(toolbar->widgetForAction(transfer)))
        button->setPopupMode(QToolButton::InstantPopup);
    into = transferMenu;
    add(u"scheduleImport"_s, tr("&Import MS Project\u2026"), QKeySequence(), [this] {
        MspdiImportDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted)
            importFile(dialog.path(), dialog.options());
    });
    add(u"scheduleExport"_s, tr("E&xport Chart (PDF, PNG)\u2026"), QKeySequence(), [this] {
        if (isExporting())
            return;
        const std::unique_ptr<GanttExportDialog> dialog = exportDialog();
        if (dialog->exec() == QDialog::Accepted)
            exportChart(dialog->settings());
    });
    add(u"scheduleExportMspdi"_s, tr("Export to MS &Project XML\u2026"), QKeySequence(), [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export to MS Project XML"), mspdiExportPath(),
                                                          tr("Microsoft Project XML (*.xml)"));
        if (!path.isEmpty())
            exportMspdi(path);
    });
    connect(&m_exporting, &QFutureWatcher<Result<QString>>::progressRangeChanged, this, [this](int from, int to) {
        if (m_exportProgress)
            m_exportProgress->setRange(from, to);
    });
    connect(&m_exporting, &QFutureWatcher<Result<QString>>::progressValueChanged, this, [this](int value) {
        if (m_exportProgress)
            m_exportProgress->setValue(value);
    });
    connect(&m_exporting, &QFutureWatcher<Result<QString>>::finished, this, &SchedulePage::showExported);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(m_timeline);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 5);
    // A few rows of the chart stay in view when the Monte Carlo panel opens beneath it.
    split->setMinimumHeight(m_timeline->headerHeight() + 3 * rowHeight +
                            m_timeline->horizontalScrollBar()->sizeHint().height());
    // What the chart's shapes and colours mean, in words beneath it.
    auto *legend = new QLabel(GanttTimeline::legend(), this);
    legend->setObjectName(u"scheduleLegend"_s);
    legend->setWordWrap(true);
    QFont small = legend->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    legend->setFont(small);
    auto *chart = new QWidget(this);
    auto *chartLayout = new QVBoxLayout(chart);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(split, 1);
    chartLayout->addWidget(legend);
    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(chart);
    vertical->addWidget(m_monteCarlo);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    // Tab reaches the toolbar's commands like any other button.
    for (QToolButton *button : toolbar->findChildren<QToolButton *>())
        button->setFocusPolicy(Qt::TabFocus);
    layout->addWidget(toolbar);
    layout->addWidget(m_message);
    layout->addWidget(vertical, 1);

    // Release id 0: the portfolio, every release on one timeline (tasks are added per release).
    if (releaseId == 0) {
        for (const QString &name :
             {u"scheduleAddTask"_s, u"scheduleAddMilestone"_s, u"scheduleImport"_s, u"scheduleExportMspdi"_s,
              u"scheduleSaveBaseline"_s, u"scheduleMonteCarlo"_s, u"scheduleCalendar"_s}) {
            if (QAction *action = findChild<QAction *>(name))
                action->setVisible(false);
        }
        m_model->setPortfolio(&workspace);
    } else {
        m_model->setRelease(&workspace, releaseId);
    }
    if (!m_model->schedule().tasks.isEmpty()) {
        // Longer plans open at week scale, so the first view shows most of the release.
        if (m_model->schedule().start.daysTo(m_model->schedule().finish) > 42)
            m_timeline->zoomOut();
        m_timeline->scrollTo(m_model->schedule().start);
    }
}

QString SchedulePage::message() const {
    return m_message->text();
}

void SchedulePage::showState() {
    if (!m_model->problem().isEmpty())
        m_message->showError(m_model->problem());
    else if (m_model->rowCount() == 0)
        m_message->showMessage(
            MessageBar::Kind::Information,
            tr("No tasks yet: add one with Add Task (Ctrl+T), then link tasks with Predecessors\u2026 "
               "(Ctrl+L) or by Shift-dragging from one bar to another."));
    else {
        const QStringList warnings = m_model->schedule().notes + m_conflicts;
        if (warnings.isEmpty())
            m_message->clear();
        else
            m_message->showMessages(MessageBar::Kind::Warning, warnings);
    }
    m_conflictCheck->start();
}

void SchedulePage::showConflicts() {
    if (m_model->isPortfolio())
        return; // the portfolio model marks and lists conflicts itself
    // Environments this release books at the same time as another release. A release that books
    // none (an imported plan, say) cannot clash: the portfolio is not scheduled for it.
    const QList<ScheduledTask> &tasks = m_model->schedule().tasks;
    const bool booksAnEnvironment = std::any_of(tasks.cbegin(), tasks.cend(), [](const ScheduledTask &t) {
        return t.task.environmentId != 0 && t.task.duration > 0 && !t.times.summary;
    });
    QStringList conflicts;
    QSet<Id> marked; // this release's tasks in a double booking, framed on the chart
    if (auto found = booksAnEnvironment ? planning::conflicts(m_workspace) : QList<EnvironmentConflict>()) {
        for (const EnvironmentConflict &c : *found) {
            if (c.first.task.releaseId != m_releaseId && c.second.task.releaseId != m_releaseId)
                continue;
            for (const ScheduledTask *t : {&c.first, &c.second}) {
                if (t->task.releaseId == m_releaseId)
                    marked.insert(t->task.id);
            }
            conflicts.append(
                tr("%1 is booked twice: \u201C%2\u201D (%3) and \u201C%4\u201D (%5) overlap.")
                    .arg(c.environment, c.first.task.name, c.firstRelease, c.second.task.name, c.secondRelease));
        }
    }
    m_model->setConflictingTasks(marked);
    if (conflicts == m_conflicts)
        return;
    m_conflicts = conflicts;
    // The check runs after the page settles; a message the person is reading (where an export
    // went) stays, and the warnings come with the next change.
    if (m_message->isHidden() || m_message->kind() != MessageBar::Kind::Information)
        showState();
}

void SchedulePage::moveTask(Id taskId, const QDateTime &newStart) {
    auto task = m_workspace.plan().task(taskId);
    if (!task)
        return;
    PlanTask moved = *task;
    moved.constraint = ConstraintType::StartNoEarlierThan;
    moved.constraintDate = newStart;
    if (auto r = m_undo.perform(std::make_unique<EditRecord<PlanTask>>(
            *task, moved, tr("Move %1 to %2").arg(task->name, shown_dates::dateTime(newStart))));
        !r)
        m_message->showError(r.errorMessage());
}

void SchedulePage::resizeTask(Id taskId, const QDateTime &newFinish) {
    auto task = m_workspace.plan().task(taskId);
    const int row = m_model->rowOf(taskId);
    if (!task || row < 0 || !m_model->schedule().timeline)
        return;
    const WorkTimeline &timeline = *m_model->schedule().timeline;
    const qint64 duration = timeline.offsetAt(newFinish) - timeline.offsetAt(m_model->taskAt(row).start);
    PlanTask resized = *task;
    resized.duration = std::max<qint64>(60, duration);
    if (resized.optimistic > resized.duration)
        resized.optimistic = resized.duration;
    if (resized.pessimistic >= 0 && resized.pessimistic < resized.duration)
        resized.pessimistic = resized.duration;
    if (auto r = m_undo.perform(
            std::make_unique<EditRecord<PlanTask>>(*task, resized, tr("Change the duration of %1").arg(task->name)));
        !r)
        m_message->showError(r.errorMessage());
}

void SchedulePage::linkTasks(Id predecessorId, Id successorId) {
    auto change = std::make_unique<CreateRecord<PlanLink>>(
        PlanLink{0, predecessorId, successorId, LinkType::FinishToStart, 0, 0, false});
    // A link that would close a cycle is refused by the core, and never reaches the undo stack.
    if (auto r = m_undo.perform(std::move(change)); !r)
        m_message->showError(r.errorMessage());
}

void SchedulePage::addTask(bool milestone) {
    PlanTask task;
    task.releaseId = m_releaseId;
    task.milestone = milestone;
    task.duration = milestone ? 0 : 480;
    task.position = m_model->rowCount();
    TaskDialog dialog(m_workspace, task, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto create = std::make_unique<CreateRecord<PlanTask>>(dialog.task());
    if (auto r = m_undo.perform(std::move(create)); !r)
        m_message->showError(r.errorMessage());
}

void SchedulePage::editTask(Id taskId) {
    auto task = m_workspace.plan().task(taskId);
    if (!task)
        return;
    TaskDialog dialog(m_workspace, *task, this);
    if (const int row = m_model->rowOf(taskId); row >= 0)
        dialog.setSuggestedDate(m_model->taskAt(row).start);
    if (dialog.exec() != QDialog::Accepted || dialog.task() == *task)
        return;
    if (auto r = m_undo.perform(std::make_unique<EditRecord<PlanTask>>(*task, dialog.task())); !r)
        m_message->showError(r.errorMessage());
}

void SchedulePage::editPredecessors(Id taskId) {
    auto task = m_workspace.plan().task(taskId ? taskId : selectedTaskId());
    if (!task) {
        m_message->showMessage(MessageBar::Kind::Information,
                               tr("Select the task whose predecessors you want to choose, then press Ctrl+L."));
        return;
    }
    auto links = m_workspace.plan().links(m_releaseId);
    if (!links) {
        m_message->showError(links.errorMessage());
        return;
    }
    // The task's own phases cannot come before it: they are left out.
    QSet<Id> phases;
    for (Id parent = task->parentId; parent != 0 && !phases.contains(parent);) {
        phases.insert(parent);
        auto phase = m_workspace.plan().task(parent);
        parent = phase ? phase->parentId : 0;
    }
    QList<PredecessorsDialog::Candidate> candidates;
    for (const ScheduledTask &t : m_model->schedule().tasks) {
        if (!phases.contains(t.task.id))
            candidates.append({t.task.id, t.task.name});
    }
    // A predecessor in another release keeps its place, named with its release.
    for (const PlanLink &link : std::as_const(*links)) {
        if (link.successorId != task->id)
            continue;
        auto other = m_workspace.plan().task(link.predecessorId);
        if (!other || other->releaseId == m_releaseId)
            continue;
        auto release = m_workspace.releases().release(other->releaseId);
        candidates.append({other->id, tr("%1 / %2").arg(release ? release->name : QString(), other->name)});
    }
    PredecessorsDialog dialog(*task, candidates, *links, this);
    // A link that would close a cycle is refused by the core, and never reaches the undo stack.
    dialog.setApply([this, &task, &links](const QList<PlanLink> &wanted) -> Result<void> {
        std::unique_ptr<CompositeChange> change = predecessorsChange(*task, *links, wanted);
        return change ? m_undo.perform(std::move(change)) : Result<void>();
    });
    dialog.exec();
}

void SchedulePage::editCalendar() {
    auto release = m_workspace.releases().release(m_releaseId);
    if (!release)
        return;
    QString name = tr("%1 calendar").arg(release->name);
    WorkCalendar calendar = WorkCalendar::standard();
    if (release->calendarId) {
        if (auto stored = m_workspace.plan().calendar(release->calendarId)) {
            name = stored->name;
            calendar = stored->calendar;
        }
    }
    CalendarDialog dialog(name, calendar, this);
    if (dialog.exec() == QDialog::Accepted)
        applyCalendar(dialog.name(), dialog.calendar());
}

void SchedulePage::applyCalendar(const QString &name, const WorkCalendar &calendar) {
    auto release = m_workspace.releases().release(m_releaseId);
    if (!release)
        return;
    auto stored =
        release->calendarId ? m_workspace.plan().calendar(release->calendarId) : Result<PlanCalendar>(Error{});
    std::unique_ptr<Change> change;
    if (stored) {
        // Edit the release's calendar in place.
        change = std::make_unique<EditRecord<PlanCalendar>>(*stored, PlanCalendar{stored->id, name, calendar},
                                                            tr("Change the calendar %1").arg(name));
    } else {
        // A first calendar of its own: created and used by the release, as one step.
        change = std::make_unique<GiveReleaseCalendar>(m_releaseId, PlanCalendar{0, name, calendar});
    }
    if (auto r = m_undo.perform(std::move(change)); !r)
        m_message->showError(r.errorMessage());
}

void SchedulePage::saveBaseline() {
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Save Baseline"), tr("Name of the baseline:"), QLineEdit::Normal,
                              tr("Baseline %1").arg(QDate::currentDate().toString(Qt::ISODate)), &ok);
    if (!ok)
        return;
    auto baseline = planning::baselineOf(m_workspace, m_releaseId, name.trimmed());
    if (!baseline) {
        m_message->showError(baseline.errorMessage());
        return;
    }
    if (auto r = m_undo.perform(std::make_unique<SaveScheduleBaseline>(*baseline)); !r)
        m_message->showError(r.errorMessage());
}

void SchedulePage::importFile(const QString &path, const ImportOptions &options) {
    auto imported = MspdiReader::read(path);
    if (!imported) {
        m_message->showError(imported.errorMessage());
        return;
    }
    if (auto r = m_undo.perform(
            std::make_unique<ImportSchedule>(m_releaseId, *imported, QFileInfo(path).fileName(), options));
        !r)
        m_message->showError(r.errorMessage());
}

QString SchedulePage::mspdiExportPath() const {
    auto release = m_workspace.releases().release(m_releaseId);
    const QString name = release ? release->name : tr("schedule");
    return QDir(GanttExportDialog::lastFolder()).filePath(QString(name).replace(u'/', u'-') + u".xml"_s);
}

bool SchedulePage::exportMspdi(const QString &path) {
    auto document = mspdi_export::documentOf(m_workspace, m_releaseId);
    auto written = document ? MspdiWriter::writeFile(*document, path) : Result<void>(document.error());
    if (!written) {
        m_message->showError(tr("The plan could not be exported: %1").arg(written.errorMessage()));
        return false;
    }
    m_message->showMessage(MessageBar::Kind::Information,
                           tr("Saved to %1 (%n task(s), Microsoft Project XML).", nullptr, int(document->tasks.size()))
                               .arg(QDir::toNativeSeparators(path)));
    return true;
}

SchedulePage::~SchedulePage() {
    if (m_cancelExport)
        m_cancelExport->store(true);
    m_exporting.waitForFinished();
}

gantt::Chart SchedulePage::chart(bool rangeInView) const {
    gantt::Chart shown = gantt::chartOf(m_model->schedule(), m_model->freezes(), m_model->baselineDates());
    shown.baselineName = m_model->baselineName();
    if (m_model->isPortfolio()) {
        // Release rows head their tasks: the model knows the depths.
        shown.title = tr("Portfolio");
        for (int row = 0; row < shown.rows.size() && row < m_model->rowCount(); ++row)
            shown.rows[row].depth = m_model->index(row, 0).data(GanttModel::DepthRole).toInt();
    }
    shown.today = m_timeline->today();
    shown.produced = m_workspace.clock()().toLocalTime().date();
    if (!rangeInView)
        return shown;
    const auto [from, to] = m_timeline->visibleRange();
    return gantt::limitedTo(shown, from, to);
}

std::unique_ptr<GanttExportDialog> SchedulePage::exportDialog() {
    const gantt::Chart whole = chart();
    QString name = tr("%1-schedule-%2").arg(whole.title, whole.produced.toString(Qt::ISODate));
    // Characters no file system takes in a name.
    static const QRegularExpression unsafe(u"[/\\\\:*?\"<>|\\x00-\\x1f]"_s);
    name.replace(unsafe, u"-"_s);
    const gantt::Chart inView = chart(true);
    auto pages = [whole, inView](const GanttExportSettings &s) {
        return gantt::pageCount(s.rangeInView ? inView : whole, s.pdf);
    };
    return std::make_unique<GanttExportDialog>(name, GanttExportDialog::lastFolder(), pages, true, this);
}

void SchedulePage::exportChart(const GanttExportSettings &settings) {
    if (isExporting())
        return;
    m_cancelExport = std::make_shared<std::atomic<bool>>(false);
    auto *progress = new QProgressDialog(tr("Exporting %1\u2026").arg(QFileInfo(settings.path).fileName()),
                                         tr("Cancel"), 0, 0, this);
    progress->setObjectName(u"exportProgress"_s);
    progress->setWindowTitle(tr("Export the Gantt Chart"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(progress, &QProgressDialog::canceled, this, [cancel = m_cancelExport] { cancel->store(true); });
    m_exportProgress = progress;
    m_exporting.setFuture(QtConcurrent::run(
        [data = chart(settings.rangeInView), settings, cancel = m_cancelExport](QPromise<Result<QString>> &promise) {
            const auto step = [&promise](int done, int total) {
                promise.setProgressRange(0, total);
                promise.setProgressValue(done);
            };
            const QString absolute = QFileInfo(settings.path).absoluteFilePath();
            if (settings.png) {
                const Result<void> written = gantt::writePng(data, settings.path, settings.image, step, cancel.get());
                promise.addResult(written ? Result<QString>(absolute) : Result<QString>(written.error()));
            } else {
                const Result<int> written = gantt::writePdf(data, settings.path, settings.pdf, step, cancel.get());
                promise.addResult(written ? Result<QString>(absolute) : Result<QString>(written.error()));
            }
        }));
}

void SchedulePage::showExported() {
    const bool stopped = m_cancelExport && m_cancelExport->load();
    const Result<QString> result = m_exporting.future().resultCount() > 0
                                       ? m_exporting.result()
                                       : Result<QString>(makeError(ErrorCode::Invalid, QString()));
    if (m_exportProgress) {
        disconnect(m_exportProgress, nullptr, this, nullptr); // closing it says "canceled"
        m_exportProgress->close();
    }
    if (result) {
        const QString path = *result;
        GanttExportDialog::rememberFolder(QFileInfo(path).absolutePath());
        m_message->showMessage(MessageBar::Kind::Information, tr("Saved to %1").arg(QDir::toNativeSeparators(path)),
                               tr("&Open"), [path] { QDesktopServices::openUrl(QUrl::fromLocalFile(path)); });
    } else if (stopped) {
        m_message->showMessage(MessageBar::Kind::Information, tr("Export stopped; nothing was written."));
    } else {
        m_message->showError(tr("The chart could not be exported: %1").arg(result.errorMessage()));
    }
    Q_EMIT exportFinished(result.ok());
}

Id SchedulePage::selectedTaskId() const {
    return m_table->currentIndex().data(GanttModel::TaskIdRole).toLongLong();
}

} // namespace relm

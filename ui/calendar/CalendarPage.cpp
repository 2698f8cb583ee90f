#include "CalendarPage.h"

#include "calendar/AgendaModel.h"
#include "calendar/CalendarActions.h"
#include "calendar/CalendarFilterBar.h"
#include "calendar/CalendarStyle.h"
#include "calendar/ConflictModel.h"
#include "calendar/ConflictPanel.h"
#include "calendar/MonthView.h"
#include "calendar/MoveToDialog.h"
#include "calendar/WeekView.h"
#include "changes/Workspace.h"
#include "i18n/ShownDates.h"
#include "undo/UndoController.h"
#include "widgets/MessageBar.h"

#include <QActionGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMetaMethod>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {
bool concernsCalendar(Entity entity) {
    switch (entity) {
    case Entity::Deployment:
    case Entity::Release:
    case Entity::Environment:
    case Entity::FreezeWindow:
    case Entity::FreezeOverride:
    case Entity::CabMeeting:
    case Entity::Package:
    case Entity::PackageItem:
    case Entity::EnvironmentInventory:
        return true;
    default:
        return false;
    }
}

} // namespace

CalendarPage::CalendarPage(Workspace &workspace, UndoController &undo, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_undo(undo)
    , m_message(new MessageBar(this))
    , m_actions(new CalendarActions(workspace, undo, *m_message, this))
    , m_filters(new CalendarFilterBar(this))
    , m_period(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_month(new MonthView(this))
    , m_week(new WeekView(this))
    , m_agenda(new QTreeView(this))
    , m_agendaModel(new AgendaModel(this))
    , m_conflicts(new ConflictPanel(this))
    , m_refreshSoon(new QTimer(this))
    , m_anchor(QDate::currentDate()) {
    m_undo.retireRefusalsIn(m_message);
    setAccessibleName(tr("Change calendar"));
    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *edits = new QToolBar(this);
    edits->setToolButtonStyle(Qt::ToolButtonTextOnly);
    createToolbarActions(toolbar, edits);

    m_agenda->setModel(m_agendaModel);
    m_agenda->setAccessibleName(tr("Agenda"));
    m_agenda->setAccessibleDescription(tr("The events of the month, day by day."));
    m_agenda->setUniformRowHeights(true);
    m_agenda->setAlternatingRowColors(true);
    m_agenda->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_agenda->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_agenda->setContextMenuPolicy(Qt::CustomContextMenu);
    // The title takes what is left, so that the conflicts column stays whole at 1366 pixels.
    m_agenda->header()->setStretchLastSection(false);
    m_agenda->header()->setSectionResizeMode(AgendaModel::TitleColumn, QHeaderView::Stretch);
    m_agenda->header()->setSectionResizeMode(AgendaModel::ConflictsColumn, QHeaderView::ResizeToContents);
    // A same-day slot fits its column; longer ones are elided (their tooltip has them whole).
    const QDateTime sample(QDate(2026, 12, 28), QTime(22, 30));
    const QString slot =
        tr("%1 \u2013 %2").arg(calendar_style::dateTimeText(sample), calendar_style::clockText(QTime(23, 30)));
    m_agenda->setColumnWidth(AgendaModel::TimeColumn,
                             fontMetrics().horizontalAdvance(slot) + 2 * m_agenda->indentation() + 12);
    for (int column : {int(AgendaModel::EnvironmentColumn), int(AgendaModel::ServiceColumn)})
        m_agenda->setColumnWidth(column, fontMetrics().horizontalAdvance(u"0"_s) * 12);
    connect(m_agenda, &QWidget::customContextMenuRequested, this,
            [this](const QPoint &pos) { showContextMenu(m_agenda->viewport()->mapToGlobal(pos)); });
    connect(m_agenda->selectionModel(), &QItemSelectionModel::currentChanged, this, &CalendarPage::updateActions);

    m_stack->addWidget(m_month);
    m_stack->addWidget(m_week);
    m_stack->addWidget(m_agenda);
    for (CalendarGridView *view : {static_cast<CalendarGridView *>(m_month), static_cast<CalendarGridView *>(m_week)}) {
        connect(view, &CalendarGridView::moveRequested, this, &CalendarPage::moveDeployment);
        connect(view, &CalendarGridView::dateNavigated, this, &CalendarPage::showDate);
        connect(view, &CalendarGridView::contextMenuRequested, this, &CalendarPage::showContextMenu);
        connect(view, &CalendarGridView::selectionChanged, this, [this, view] {
            if (view->selectedDay().isValid())
                m_anchor = view->selectedDay();
            updateActions();
        });
    }
    connect(m_month, &CalendarGridView::dayActivated, this, [this](const QDate &day) {
        m_anchor = day;
        setMode(Mode::Week);
    });
    connect(m_filters, &CalendarFilterBar::filterChanged, this, [this] {
        m_source.setFilter(m_filters->filter());
        showPeriod();
    });
    connect(m_conflicts, &ConflictPanel::conflictChosen, this, &CalendarPage::chooseConflict);
    connect(&m_source, &CalendarSource::conflictsFound, this, &CalendarPage::showPeriod);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_stack);
    split->addWidget(m_conflicts);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *second = new QHBoxLayout;
    second->addWidget(m_filters, 1);
    second->addWidget(edits);
    layout->addWidget(toolbar);
    layout->addLayout(second);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);

    // Notices come in bursts (one change touches several records): refresh once they settle.
    m_refreshSoon->setSingleShot(true);
    m_refreshSoon->setInterval(50);
    connect(m_refreshSoon, &QTimer::timeout, this, &CalendarPage::refresh);
    // The tab is deleted later than the workspace it shows when another database is opened.
    connect(&m_workspace, &QObject::destroyed, m_refreshSoon, &QTimer::stop);
    connect(&m_workspace, &Workspace::changed, this, [this](const ChangeNotice &notice) {
        if (concernsCalendar(notice.entity))
            m_refreshSoon->start();
    });
    refresh();
}

CalendarPage::~CalendarPage() = default;

void CalendarPage::createToolbarActions(QToolBar *toolbar, QToolBar *edits) {
    auto addTo = [&](QToolBar *bar, const QString &name, const QString &text, const QKeySequence &key, auto slot) {
        QAction *action = bar->addAction(text);
        action->setObjectName(name);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    auto add = [&](const QString &name, const QString &text, const QKeySequence &key, auto slot) {
        return addTo(toolbar, name, text, key, slot);
    };
    auto *modes = new QActionGroup(this);
    const QList<std::tuple<QString, QString, Mode>> views = {{u"calendarMonth"_s, tr("&Month"), Mode::Month},
                                                             {u"calendarWeek"_s, tr("&Week"), Mode::Week},
                                                             {u"calendarAgenda"_s, tr("&Agenda"), Mode::Agenda}};
    for (const auto &[name, text, mode] : views) {
        const int i = int(mode);
        const Mode chosen = mode; // a structured binding cannot be captured before C++20 compilers catch up
        m_modeActions[i] =
            add(name, text, QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), [this, chosen] { setMode(chosen); });
        m_modeActions[i]->setCheckable(true);
        modes->addAction(m_modeActions[i]);
    }
    m_modeActions[0]->setChecked(true);
    toolbar->addSeparator();
    add(u"calendarPrevious"_s, tr("&Previous"), QKeySequence(Qt::CTRL | Qt::Key_PageUp), [this] { step(-1); });
    add(u"calendarToday"_s, tr("&Today"), QKeySequence(Qt::CTRL | Qt::Key_Home),
        [this] { showDate(QDate::currentDate()); });
    add(u"calendarNext"_s, tr("&Next"), QKeySequence(Qt::CTRL | Qt::Key_PageDown), [this] { step(1); });
    toolbar->addSeparator();
    QFont bold = m_period->font();
    bold.setBold(true);
    m_period->setFont(bold);
    m_period->setAccessibleName(tr("Period shown"));
    m_period->setContentsMargins(8, 0, 8, 0);
    toolbar->addWidget(m_period);
    m_moveTo = addTo(edits, u"calendarMoveTo"_s, tr("Mo&ve To\u2026"), QKeySequence(), &CalendarPage::moveSelectedTo);
    m_override = addTo(edits, u"calendarOverrideFreeze"_s, tr("&Override Freeze\u2026"), QKeySequence(),
                       &CalendarPage::overrideSelectedFreeze);
    m_withdraw = addTo(edits, u"calendarWithdrawOverride"_s, tr("&Withdraw Override"), QKeySequence(),
                       &CalendarPage::withdrawSelectedOverrides);
    addTo(edits, u"calendarNewWindow"_s, tr("New &Freeze Window\u2026"), QKeySequence(),
          &CalendarPage::newWindowRequested);
}

CalendarGridView *CalendarPage::gridView() const {
    switch (m_mode) {
    case Mode::Month:
        return m_month;
    case Mode::Week:
        return m_week;
    case Mode::Agenda:
        break;
    }
    return nullptr;
}

QDate CalendarPage::agendaFirst() const {
    return m_anchor; // what lies ahead of the chosen day, not the month's past
}

QDate CalendarPage::agendaEnd() const {
    return agendaFirst().addMonths(1);
}

void CalendarPage::setMode(Mode mode) {
    m_mode = mode;
    m_modeActions[int(mode)]->setChecked(true);
    m_stack->setCurrentIndex(int(mode));
    showPeriod();
    if (isVisible())
        m_stack->currentWidget()->setFocus();
}

void CalendarPage::showDate(const QDate &day) {
    if (!day.isValid())
        return;
    m_anchor = day;
    showPeriod();
}

void CalendarPage::step(int direction) {
    showDate(m_mode == Mode::Week ? m_anchor.addDays(7 * direction) : m_anchor.addMonths(direction));
}

QString CalendarPage::periodText() const {
    const QLocale locale;
    const QString month = tr("%1 %2", "month name, year")
                              .arg(locale.standaloneMonthName(m_anchor.month()), QString::number(m_anchor.year()));
    switch (m_mode) {
    case Mode::Month:
        return month;
    case Mode::Agenda:
        return tr("Agenda: %1 – %2").arg(shown_dates::date(agendaFirst()), shown_dates::date(agendaEnd().addDays(-1)));
    case Mode::Week: {
        const QDate first = m_week->firstDay();
        return tr("Week %1: %2 \u2013 %3")
            .arg(first.weekNumber())
            .arg(shown_dates::date(first), shown_dates::date(first.addDays(6)));
    }
    }
    return {};
}

void CalendarPage::refresh() {
    m_refreshSoon->stop();
    if (auto r = m_source.reload(m_workspace); !r) {
        m_message->showError(r.errorMessage());
        return;
    }
    m_conflictsByHand = false;
    m_filters->setChoices(*m_source.data());
    m_source.setFilter(m_filters->filter());
    if (m_source.data()->deployments().isEmpty() && m_source.data()->windows().isEmpty())
        m_message->showMessage(MessageBar::Kind::Information,
                               tr("Nothing is planned yet: plan deployments on a release's Deployments page, or add "
                                  "a freeze window with New Freeze Window\u2026"));
    showPeriod();
}

void CalendarPage::showConflicts(const QList<CalendarConflict> &conflicts) {
    m_source.setConflicts(conflicts);
    m_conflictsByHand = true;
    showPeriod();
}

void CalendarPage::showPeriod() {
    const CalendarEvent *selected = selectedEvent();
    const QString selectedUid = selected ? selected->uid : QString();
    const QDateTime selectedStart = selected ? selected->start : QDateTime();

    QDateTime from;
    QDateTime to;
    if (CalendarGridView *view = gridView()) {
        view->showDate(m_anchor);
        from = view->rangeStartUtc();
        to = view->rangeEndUtc();
    } else {
        from = QDateTime(agendaFirst(), QTime(0, 0)).toUTC();
        to = QDateTime(agendaEnd(), QTime(0, 0)).toUTC();
    }
    // Conflicts over the year ahead as well as the period shown, so that the panel lists what is coming.
    const QDateTime today = QDateTime(QDate::currentDate(), QTime(0, 0)).toUTC();
    const QDateTime conflictsFrom = std::min(from, today);
    QDateTime conflictsTo = std::max(to, today.addDays(366));
    if (!m_conflictsByHand)
        m_source.findConflicts(conflictsFrom, conflictsTo);
    // Once the whole calendar is searched, the panel lists everything ahead, so paging on leaves it be.
    if (m_source.searchedEverything())
        conflictsTo = std::max(conflictsTo, m_source.searchedTo());
    if (m_shownConflicts != m_source.conflictsGeneration() || m_panelFrom != conflictsFrom ||
        m_panelTo != conflictsTo) {
        m_shownConflicts = m_source.conflictsGeneration();
        m_panelFrom = conflictsFrom;
        m_panelTo = conflictsTo;
        m_conflicts->setConflicts(m_conflictsByHand ? m_source.conflicts()
                                                    : m_source.conflictsWithin(conflictsFrom, conflictsTo),
                                  conflictsFrom, conflictsTo);
    }

    const QList<CalendarEvent> events = m_source.events(from, to);
    if (CalendarGridView *view = gridView()) {
        QHash<Id, EnvironmentKind> kinds;
        if (m_source.data()) {
            for (const Environment &e : m_source.data()->environments())
                kinds.insert(e.id, e.kind);
        }
        view->setEvents(events, kinds);
        if (!selectedUid.isEmpty() && !view->selectEvent(selectedUid, selectedStart))
            view->selectEvent(selectedUid);
    } else {
        m_agendaModel->setEvents(agendaFirst(), events);
        for (int row = 0; row < m_agendaModel->rowCount(); ++row)
            m_agenda->setFirstColumnSpanned(row, {}, true);
        m_agenda->expandAll();
        m_agenda->resizeColumnToContents(AgendaModel::KindColumn);
        QModelIndex current = m_agendaModel->indexOf(selectedUid, selectedStart);
        if (!current.isValid())
            current = m_agendaModel->indexOf(m_anchor);
        if (current.isValid()) {
            m_agenda->setCurrentIndex(current);
            m_agenda->scrollTo(current);
        }
    }
    m_period->setText(periodText());
    updateActions();
}

const CalendarEvent *CalendarPage::selectedEvent() const {
    if (CalendarGridView *view = gridView())
        return view->selectedEvent();
    return m_agendaModel->eventAt(m_agenda->currentIndex());
}

bool CalendarPage::selectEvent(const QString &uid) {
    if (CalendarGridView *view = gridView())
        return view->selectEvent(uid);
    const QModelIndex index = m_agendaModel->indexOf(uid);
    if (index.isValid())
        m_agenda->setCurrentIndex(index);
    return index.isValid();
}

void CalendarPage::updateActions() {
    const CalendarEvent *e = selectedEvent();
    const bool movable = e && e->movable;
    m_moveTo->setEnabled(movable);
    m_override->setEnabled(movable && !m_actions->unoverriddenFreezes(e->id).isEmpty());
    m_withdraw->setEnabled(movable && m_actions->hasOverrides(e->id));
}

void CalendarPage::withdrawSelectedOverrides() {
    if (const CalendarEvent *e = selectedEvent(); e && e->kind == CalendarEvent::Kind::Deployment)
        (void)m_actions->withdrawOverrides(e->id); // a refusal shows in the message bar
}

Result<void> CalendarPage::moveDeployment(Id deploymentId, const QDateTime &newStartUtc) {
    auto r = m_actions->moveDeployment(deploymentId, newStartUtc);
    if (r) {
        // Follow the deployment to its new day, at once: a second Alt+arrow key must start from there.
        m_anchor = newStartUtc.toLocalTime().date();
        refresh();
    }
    return r;
}

void CalendarPage::moveSelectedTo() {
    const CalendarEvent *e = selectedEvent();
    if (!e || !e->movable) {
        m_message->showMessage(MessageBar::Kind::Information, tr("Select a planned deployment to move."));
        return;
    }
    const Id id = e->id;
    MoveToDialog dialog(tr("Move \u201C%1\u201D to:").arg(e->title), e->start, this);
    if (dialog.exec() == QDialog::Accepted)
        static_cast<void>(moveDeployment(id, dialog.startUtc())); // refusals show in the message bar
}

void CalendarPage::overrideSelectedFreeze() {
    const CalendarEvent *e = selectedEvent();
    const QList<WindowOccurrence> freezes =
        e && e->movable ? m_actions->unoverriddenFreezes(e->id) : QList<WindowOccurrence>();
    if (freezes.isEmpty()) {
        m_message->showMessage(MessageBar::Kind::Information,
                               tr("Select a planned deployment that runs in a freeze to override it."));
        return;
    }
    const Id deploymentId = e->id;
    const QString title = e->title;
    const Id windowId = freezes.first().windowId;
    if (isSignalConnected(QMetaMethod::fromSignal(&CalendarPage::overrideRequested))) {
        Q_EMIT overrideRequested(deploymentId, windowId);
        return;
    }
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Override Freeze"),
        tr("Why may \u201C%1\u201D run in the freeze \u201C%2\u201D?").arg(title, freezes.first().name),
        QLineEdit::Normal, QString(), &ok);
    if (ok)
        static_cast<void>(m_actions->overrideFreeze(windowId, deploymentId, reason)); // as above
}

void CalendarPage::showContextMenu(const QPoint &globalPos) {
    QMenu menu(this);
    const CalendarEvent *e = selectedEvent();
    if (e && e->kind == CalendarEvent::Kind::Deployment) {
        menu.addAction(m_moveTo);
        menu.addAction(m_override);
        menu.addAction(m_withdraw);
        menu.addSeparator();
    }
    for (QAction *action : findChildren<QAction *>(u"calendarNewWindow"_s))
        menu.addAction(action);
    menu.exec(globalPos);
}

void CalendarPage::chooseConflict(CalendarConflict conflict) { // NOLINT(performance-unnecessary-value-param)
    if (conflict.start.isValid())
        showDate(conflict.start.toLocalTime().date());
    if (!conflict.deploymentIds.isEmpty())
        selectEvent(u"deployment-%1"_s.arg(conflict.deploymentIds.first()));
}

} // namespace relm

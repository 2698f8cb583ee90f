#pragma once

#include "Result.h"
#include "calendar/CalendarSource.h"

#include <QDate>
#include <QWidget>

class QAction;
class QLabel;
class QStackedWidget;
class QTimer;
class QToolBar;
class QTreeView;

namespace relm {

class AgendaModel;
class CalendarActions;
class CalendarFilterBar;
class CalendarGridView;
class ConflictPanel;
class MessageBar;
class MonthView;
class UndoController;
class WeekView;
class Workspace;

/// The Change Calendar portfolio tab: the forward schedule of change as a month, a week or an
/// agenda, filtered by service, environment and owner, with the conflicts underneath. Planned
/// deployments move by drag and drop, Alt+arrow keys or Move To…, each move one undo step.
class CalendarPage final : public QWidget {
    Q_OBJECT

public:
    enum class Mode { Month, Week, Agenda };

    CalendarPage(Workspace &workspace, UndoController &undo, QWidget *parent = nullptr);
    ~CalendarPage() override;
    Q_DISABLE_COPY_MOVE(CalendarPage)

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    /// Shows the period holding the (local) day and selects it.
    void showDate(const QDate &day);
    QDate date() const { return m_anchor; }
    /// "November 2026", "Week 49: 30/11/2026 – 06/12/2026"
    QString periodText() const;

    /// Reads the calendar again (once) and shows the period.
    void refresh();
    /// Moves a planned deployment to start at `newStartUtc` keeping its length, as one undo step;
    /// what the core refuses shows in the message bar and nothing moves.
    Result<void> moveDeployment(Id deploymentId, const QDateTime &newStartUtc);
    /// Asks for a date and time and moves the selected deployment there.
    void moveSelectedTo();
    /// Overrides the freeze the selected deployment runs in (asks for the reason).
    void overrideSelectedFreeze();
    /// Takes back the overrides given for the selected deployment.
    void withdrawSelectedOverrides();
    /// Shows these conflicts instead of searching for them, until the next refresh.
    void showConflicts(const QList<CalendarConflict> &conflicts);

    /// The event selected in the view in front, or null.
    const CalendarEvent *selectedEvent() const;
    bool selectEvent(const QString &uid);

    MonthView *monthView() const { return m_month; }
    WeekView *weekView() const { return m_week; }
    QTreeView *agendaView() const { return m_agenda; }
    AgendaModel *agendaModel() const { return m_agendaModel; }
    ConflictPanel *conflictPanel() const { return m_conflicts; }
    CalendarFilterBar *filterBar() const { return m_filters; }
    MessageBar *messageBar() const { return m_message; }
    const CalendarSource &source() const { return m_source; }

Q_SIGNALS:
    /// The user asked to let a deployment run in a freeze (Override Freeze…). When nothing is
    /// connected, the page asks for a reason itself and applies the override.
    void overrideRequested(relm::Id deploymentId, relm::Id windowId);
    /// New Freeze Window… was chosen.
    void newWindowRequested();

private:
    void createToolbarActions(QToolBar *toolbar, QToolBar *edits);
    void showPeriod();
    void step(int direction);
    void updateActions();
    void showContextMenu(const QPoint &globalPos);
    /// Takes a copy: showing the conflict's day may refill the list the signal's argument lives in.
    void chooseConflict(CalendarConflict conflict);
    CalendarGridView *gridView() const;
    QDate agendaFirst() const;
    QDate agendaEnd() const;

    Workspace &m_workspace;
    UndoController &m_undo;
    CalendarSource m_source;
    MessageBar *m_message;
    CalendarActions *m_actions;
    CalendarFilterBar *m_filters;
    QLabel *m_period;
    QStackedWidget *m_stack;
    MonthView *m_month;
    WeekView *m_week;
    QTreeView *m_agenda;
    AgendaModel *m_agendaModel;
    ConflictPanel *m_conflicts;
    QTimer *m_refreshSoon;
    QAction *m_modeActions[3] = {};
    QAction *m_moveTo = nullptr;
    QAction *m_override = nullptr;
    QAction *m_withdraw = nullptr;
    Mode m_mode = Mode::Month;
    QDate m_anchor;
    bool m_conflictsByHand = false;
    int m_shownConflicts = -1; ///< the source's conflicts generation the panel shows
    QDateTime m_panelFrom;     ///< the range the panel lists conflicts of (UTC)
    QDateTime m_panelTo;
};

} // namespace relm

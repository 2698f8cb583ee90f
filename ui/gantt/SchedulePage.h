#pragma once

#include "domain/Ids.h"
#include "schedule/WorkCalendar.h"

#include <QWidget>

class QTableView;

namespace relm {

class GanttModel;
class GanttTimeline;
class MonteCarloPanel;
class MessageBar;
class UndoController;
class Workspace;

/// A release's Schedule page: the task table and the Gantt timeline side by side, scrolling
/// together, with the schedule recomputed after every edit. Every edit is one undo step.
class SchedulePage final : public QWidget {
    Q_OBJECT

public:
    SchedulePage(Workspace &workspace, UndoController &undo, Id releaseId, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(SchedulePage)

    GanttModel *model() const { return m_model; }
    GanttTimeline *timeline() const { return m_timeline; }
    QTableView *table() const { return m_table; }
    MonteCarloPanel *monteCarlo() const { return m_monteCarlo; }
    QString message() const;

    /// The edits the chart's mouse gestures request, also callable directly.
    void moveTask(Id taskId, const QDateTime &newStart);
    void resizeTask(Id taskId, const QDateTime &newFinish);
    void linkTasks(Id predecessorId, Id successorId);
    void addTask(bool milestone);
    void editTask(Id taskId);
    void saveBaseline();
    /// Opens the release's working calendar for editing (the release gets a calendar of its own).
    void editCalendar();
    /// Stores a calendar for the release and makes it the release's calendar, as one undo step.
    void applyCalendar(const QString &name, const WorkCalendar &calendar);
    /// Adds the tasks of a Microsoft Project XML file to the release, as one undo step.
    void importFile(const QString &path);
    /// Writes the chart as PNG (the visible range, or the whole schedule).
    bool exportPng(const QString &path, bool wholeSchedule);
    /// Writes the whole chart as PDF, over as many landscape pages as it needs (header repeated);
    /// returns the number of pages, 0 on failure.
    int exportPdf(const QString &path, bool wholeSchedule = true);

private:
    void showState();
    void showConflicts();
    Id selectedTaskId() const;

    Workspace &m_workspace;
    UndoController &m_undo;
    Id m_releaseId;
    MessageBar *m_message;
    GanttModel *m_model;
    QTableView *m_table;
    GanttTimeline *m_timeline;
    MonteCarloPanel *m_monteCarlo;
    class QTimer *m_conflictCheck;
    class QAction *m_exportWhole;
    QStringList m_conflicts;
};

} // namespace relm

#pragma once

#include "Result.h"
#include "changes/PlanChanges.h"
#include "domain/Ids.h"
#include "gantt/GanttChart.h"
#include "schedule/WorkCalendar.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>

#include <atomic>
#include <memory>

class QProgressDialog;
class QTableView;

namespace relm {

class GanttExportDialog;
class GanttModel;
class GanttTimeline;
struct GanttExportSettings;
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
    ~SchedulePage() override;
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
    /// Opens the predecessors of a task (the selected one when 0) to link it without the mouse.
    void editPredecessors(Id taskId = 0);
    void saveBaseline();
    /// Opens the release's working calendar for editing (the release gets a calendar of its own).
    void editCalendar();
    /// Stores a calendar for the release and makes it the release's calendar, as one undo step.
    void applyCalendar(const QString &name, const WorkCalendar &calendar);
    /// Adds the tasks of a Microsoft Project XML file to the release, as one undo step; the plan
    /// keeps its dates unless the options move it to the release's start.
    void importFile(const QString &path, const ImportOptions &options = {});
    /// Writes the release's plan and computed dates as Microsoft Project XML; the message bar says
    /// where it went or what went wrong.
    bool exportMspdi(const QString &path);
    /// "<release>.xml" in the last export folder.
    QString mspdiExportPath() const;
    /// What the chart shows, copied so that it can be drawn on another thread; with `rangeInView`,
    /// only the dates in view and the rows in them.
    gantt::Chart chart(bool rangeInView = false) const;
    /// The Export… dialog: "<release>-schedule-<date>.pdf" in the last export folder (or Documents),
    /// with the choices made last time.
    std::unique_ptr<GanttExportDialog> exportDialog();
    /// Writes the chart off the UI thread, with progress and Cancel; then the message bar says where
    /// it was saved (with Open) or what went wrong.
    void exportChart(const GanttExportSettings &settings);
    bool isExporting() const { return m_exporting.isRunning(); }
    /// The task of the table's current row; 0 when none.
    Id selectedTaskId() const;

Q_SIGNALS:
    void exportFinished(bool ok);

private:
    void showState();
    void showConflicts();
    void showExported();

    Workspace &m_workspace;
    UndoController &m_undo;
    Id m_releaseId;
    Id m_taskInHand = 0; ///< the current task while the model is read again
    MessageBar *m_message;
    GanttModel *m_model;
    QTableView *m_table;
    GanttTimeline *m_timeline;
    MonteCarloPanel *m_monteCarlo;
    class QTimer *m_conflictCheck;
    QStringList m_conflicts;
    QFutureWatcher<Result<QString>> m_exporting;
    std::shared_ptr<std::atomic<bool>> m_cancelExport;
    QPointer<QProgressDialog> m_exportProgress;
};

} // namespace relm

#pragma once

#include "changes/ChangeNotice.h"
#include "planning/ReleasePlanning.h"

#include <QAbstractTableModel>
#include <QSet>

namespace relm {

class Workspace;

/// A release's computed schedule as rows for the Gantt chart: one row per task in plan order
/// (phases first, their tasks indented), with the dates and flags the chart paints in roles.
/// Recomputes whenever the plan changes.
class GanttModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { NameColumn, DurationColumn, StartColumn, FinishColumn, FloatColumn, SlipColumn, ColumnCount };
    enum Roles {
        StartRole = Qt::UserRole + 1, ///< QDateTime
        FinishRole,
        LateFinishRole,
        CriticalRole,
        MilestoneRole,
        SummaryRole,
        ProgressRole, ///< percent complete
        BaselineStartRole,
        BaselineFinishRole,
        TaskIdRole,
        DepthRole,
        DeploymentRole,
        SlipRole,     ///< working minutes the finish moved since the baseline (positive: later)
        ConflictRole, ///< the task books an environment another release books at the same time
    };

    /// A dependency between two rows.
    struct RowLink {
        int from;
        int to;
        LinkType type;
    };

    explicit GanttModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(GanttModel)

    void setRelease(Workspace *workspace, Id releaseId);
    /// Every release on one timeline: a row per release, its tasks under it, links across releases,
    /// and tasks that book an environment at the same time as another release marked.
    void setPortfolio(Workspace *workspace);
    bool isPortfolio() const { return m_portfolio; }
    /// Marks the tasks that book an environment another release books at the same time (a
    /// release's page finds them after the schedule settles; the portfolio marks its own).
    void setConflictingTasks(const QSet<Id> &taskIds);
    Id releaseId() const { return m_releaseId; }
    void refresh();

    const ReleaseSchedule &schedule() const { return m_schedule; }
    /// Why the schedule could not be computed (a cycle), empty when it could.
    QString problem() const { return m_problem; }
    const QList<RowLink> &links() const { return m_links; }
    /// Links leaving each row, to draw only what is visible.
    const QList<int> &linksFrom(int row) const;
    QList<FreezeBand> freezes() const { return m_freezes; }
    /// The latest baseline's dates by task id, and its name (empty without a baseline).
    const QHash<Id, std::pair<QDateTime, QDateTime>> &baselineDates() const { return m_baseline; }
    QString baselineName() const { return m_baselineName; }
    int rowOf(Id taskId) const { return m_rowOf.value(taskId, -1); }
    const ScheduledTask &taskAt(int row) const { return m_schedule.tasks.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void recomputed();

private:
    void onChanged(const ChangeNotice &notice);
    /// Recomputes from the plan in memory and shows the result.
    void recompute();
    void loadPortfolio();
    int depthOf(const PlanTask &task) const;

    Workspace *m_workspace = nullptr;
    Id m_releaseId = 0;
    bool m_portfolio = false;
    QSet<Id> m_conflicting;
    ReleaseSchedule m_schedule;
    QString m_problem;
    QHash<Id, int> m_rowOf;
    QList<RowLink> m_links;
    QList<QList<int>> m_linksFrom;
    QList<FreezeBand> m_freezes;
    QHash<Id, std::pair<QDateTime, QDateTime>> m_baseline;
    QString m_baselineName;
};

} // namespace relm

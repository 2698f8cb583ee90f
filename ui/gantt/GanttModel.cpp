#include "GanttModel.h"

#include "changes/Workspace.h"
#include "gantt/WorkDays.h"
#include "i18n/ShownDates.h"
#include "planning/PlanCache.h"
#include "storage/PlanStore.h"
#include "widgets/Legible.h"

#include <QColor>
#include <QFont>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {
const QList<int> noLinks;

/// A tooltip line naming the task's date constraint; empty for as soon as possible.
QString constraintLine(const PlanTask &task) {
    if (task.constraint == ConstraintType::AsSoonAsPossible)
        return {};
    if (!constraintHasDate(task.constraint))
        return u"\n"_s + constraintName(task.constraint);
    return u"\n"_s + GanttModel::tr("%1 %2", "constraint and its date")
                         .arg(constraintName(task.constraint), shown_dates::dateTime(task.constraintDate));
}
} // namespace

GanttModel::GanttModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void GanttModel::setRelease(Workspace *workspace, Id releaseId) {
    if (m_workspace != workspace) {
        if (m_workspace)
            disconnect(m_workspace, nullptr, this, nullptr);
        m_workspace = workspace;
        if (m_workspace)
            connect(m_workspace, &Workspace::changed, this, &GanttModel::onChanged);
    }
    m_releaseId = releaseId;
    refresh();
}

void GanttModel::setPortfolio(Workspace *workspace) {
    m_portfolio = true;
    setRelease(workspace, 0);
}

void GanttModel::loadPortfolio() {
    // A release row (a summary spanning its tasks, id -release) above each release's tasks.
    auto portfolio = planning::schedulePortfolio(*m_workspace);
    if (!portfolio) {
        m_problem = portfolio.errorMessage();
        return;
    }
    for (const ReleaseSchedule &release : *portfolio) {
        ScheduledTask header;
        header.task.id = -release.releaseId;
        header.task.releaseId = release.releaseId;
        header.task.name = release.releaseName;
        header.times.summary = true;
        header.start = release.start;
        header.finish = release.finish;
        header.lateFinish = release.finish;
        for (const ScheduledTask &t : release.tasks)
            header.times.critical = header.times.critical || t.times.critical;
        m_schedule.tasks.append(header);
        if (!m_schedule.start.isValid() || release.start < m_schedule.start)
            m_schedule.start = release.start;
        if (!m_schedule.finish.isValid() || release.finish > m_schedule.finish)
            m_schedule.finish = release.finish;
        m_schedule.tasks.append(release.tasks);
        m_schedule.notes.append(release.notes);
        if (!m_schedule.timeline)
            m_schedule.timeline = release.timeline;
    }
    if (auto links = m_workspace->plan().links())
        m_schedule.links = *links;
    if (auto conflicts = planning::conflicts(*m_workspace)) {
        for (const EnvironmentConflict &c : *conflicts) {
            m_conflicting.insert(c.first.task.id);
            m_conflicting.insert(c.second.task.id);
            m_schedule.notes.append(
                tr("%1 is booked twice: \u201C%2\u201D (%3) and \u201C%4\u201D (%5) overlap.")
                    .arg(c.environment, c.first.task.name, c.firstRelease, c.second.task.name, c.secondRelease));
        }
    }
}

void GanttModel::setConflictingTasks(const QSet<Id> &taskIds) {
    if (taskIds == m_conflicting)
        return;
    m_conflicting = taskIds;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {ConflictRole});
}

void GanttModel::onChanged(const ChangeNotice &notice) {
    if (m_portfolio) {
        if (notice.entity != Entity::ChangeRequest && notice.entity != Entity::Person)
            refresh();
        return;
    }
    if (notice.entity == Entity::Task && notice.kind == ChangeNotice::Kind::Updated &&
        notice.releaseId == m_releaseId) {
        // A task's dates or duration changed: the write door has scheduled the release already.
        recompute();
        return;
    }
    switch (notice.entity) {
    case Entity::Task:
    case Entity::TaskLink:
    case Entity::FreezeWindow:
    case Entity::Calendar:
    case Entity::ScheduleBaseline:
    case Entity::Environment:
        refresh();
        break;
    case Entity::Release:
        if (notice.id == m_releaseId)
            refresh();
        break;
    default:
        break;
    }
}

int GanttModel::depthOf(const PlanTask &task) const {
    if (task.id < 0)
        return 0; // a release row of the portfolio
    int depth = m_portfolio ? 1 : 0;
    for (Id parent = task.parentId; parent != 0 && depth < 16; ++depth) {
        const int row = m_rowOf.value(parent, -1);
        parent = row >= 0 ? m_schedule.tasks.at(row).task.parentId : 0;
    }
    return depth;
}

void GanttModel::refresh() {
    m_problem.clear();
    m_freezes.clear();
    m_baseline.clear();
    m_baselineName.clear();
    if (m_workspace && !m_portfolio && m_releaseId) {
        if (auto baselines = m_workspace->plan().baselines(m_releaseId); baselines && !baselines->isEmpty()) {
            m_baseline = baselines->last().dates;
            m_baselineName = baselines->last().name;
        }
    }
    recompute();
    if (m_workspace && (m_portfolio || m_releaseId) && m_schedule.start.isValid()) {
        if (auto freezes = planning::freezeBands(*m_workspace, m_portfolio ? 0 : m_releaseId,
                                                 m_schedule.start.addDays(-60), m_schedule.finish.addDays(180)))
            m_freezes = *freezes;
    }
}

void GanttModel::recompute() {
    beginResetModel();
    m_schedule = {};
    m_rowOf.clear();
    m_links.clear();
    m_linksFrom.clear();
    m_conflicting.clear();
    if (m_portfolio && m_workspace) {
        m_problem.clear();
        loadPortfolio();
    } else if (m_workspace && m_releaseId) {
        m_problem.clear();
        if (auto schedule = m_workspace->plans().schedule(*m_workspace, m_releaseId))
            m_schedule = *schedule;
        else
            m_problem = schedule.errorMessage();
    }
    for (int row = 0; row < m_schedule.tasks.size(); ++row)
        m_rowOf.insert(m_schedule.tasks.at(row).task.id, row);
    m_linksFrom.resize(m_schedule.tasks.size());
    for (const PlanLink &l : m_schedule.links) {
        const int from = rowOf(l.predecessorId);
        const int to = rowOf(l.successorId);
        if (from < 0 || to < 0)
            continue;
        m_linksFrom[from].append(int(m_links.size()));
        m_links.append({from, to, l.type});
    }
    endResetModel();
    Q_EMIT recomputed();
}

const QList<int> &GanttModel::linksFrom(int row) const {
    return row >= 0 && row < m_linksFrom.size() ? m_linksFrom.at(row) : noLinks;
}

int GanttModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_schedule.tasks.size());
}

int GanttModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GanttModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid())
        return {};
    const ScheduledTask &t = m_schedule.tasks.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return QString(QString(depthOf(t.task) * 3, QLatin1Char(' ')) + t.task.name);
        case DurationColumn: {
            if (t.task.milestone && !t.times.summary)
                return tr("milestone");
            // A phase lasts as long as its tasks span, whatever duration a file gave it.
            const qint64 minutes = t.times.summary ? t.times.earlyFinish - t.times.earlyStart : t.task.duration;
            return shownWorkDays(minutes);
        }
        case StartColumn:
            return shown_dates::dateTime(t.start);
        case FinishColumn:
            return shown_dates::dateTime(t.finish);
        case FloatColumn:
            return shownWorkDays(t.times.totalFloat);
        case SlipColumn: {
            const QVariant slip = data(index, SlipRole);
            return slip.isValid() ? shownWorkDays(slip.toLongLong()) : QString();
        }
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == SlipColumn && data(index, SlipRole).toLongLong() > 0)
            return legible::onBase(QColor(0xd3, 0x2f, 0x2f));
        break;
    case SlipRole: {
        const auto saved = m_baseline.constFind(t.task.id);
        if (saved == m_baseline.constEnd() || !m_schedule.timeline)
            return {};
        return m_schedule.timeline->offsetAt(t.finish) - m_schedule.timeline->offsetAt(saved->second);
    }
    case Qt::FontRole:
        if (t.times.summary) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::ToolTipRole:
        return QString(tr("%1\n%2 \u2192 %3\nFloat: %4 working days%5")
                           .arg(t.task.name, shown_dates::dateTime(t.start), shown_dates::dateTime(t.finish))
                           .arg(double(t.times.totalFloat) / 480.0)
                           .arg(t.times.critical ? tr("\nOn the critical path") : QString()) +
                       constraintLine(t.task));
    case StartRole:
        return t.start;
    case FinishRole:
        return t.finish;
    case LateFinishRole:
        return t.lateFinish;
    case CriticalRole:
        return t.times.critical;
    case MilestoneRole:
        return t.task.milestone;
    case SummaryRole:
        return t.times.summary;
    case ProgressRole:
        return t.task.percentComplete;
    case BaselineStartRole:
        return m_baseline.value(t.task.id).first;
    case BaselineFinishRole:
        return m_baseline.value(t.task.id).second;
    case TaskIdRole:
        return t.task.id;
    case DepthRole:
        return depthOf(t.task);
    case DeploymentRole:
        return t.task.deployment;
    case ConflictRole:
        return m_conflicting.contains(t.task.id);
    }
    return {};
}

QVariant GanttModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Task");
    case DurationColumn:
        return tr("Duration");
    case StartColumn:
        return tr("Start");
    case FinishColumn:
        return tr("Finish");
    case FloatColumn:
        return tr("Float");
    case SlipColumn:
        return m_baselineName.isEmpty() ? tr("Slip") : tr("Slip vs %1").arg(m_baselineName);
    }
    return {};
}

} // namespace relm

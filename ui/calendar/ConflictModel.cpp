#include "ConflictModel.h"

#include "calendar/CalendarSource.h"
#include "calendar/CalendarStyle.h"

#include <QBrush>

using namespace Qt::Literals::StringLiterals;

namespace relm {

ConflictModel::ConflictModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void ConflictModel::setConflicts(const QList<CalendarConflict> &conflicts) {
    beginResetModel();
    m_conflicts = conflicts;
    std::stable_sort(m_conflicts.begin(), m_conflicts.end(),
                     [](const CalendarConflict &a, const CalendarConflict &b) { return a.start < b.start; });
    endResetModel();
}

const CalendarConflict *ConflictModel::conflictAt(int row) const {
    return row >= 0 && row < m_conflicts.size() ? &m_conflicts.at(row) : nullptr;
}

int ConflictModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_conflicts.size());
}

int ConflictModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConflictModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_conflicts.size())
        return {};
    const CalendarConflict &c = m_conflicts.at(index.row());
    switch (role) {
    case StartRole:
        return c.start;
    case KeyRole:
        return c.key;
    case Qt::ToolTipRole:
        return conflictLine(c);
    case Qt::ForegroundRole:
        return index.column() == KindColumn && !c.overridden ? QBrush(calendar_style::alarmText()) : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case KindColumn:
        return c.overridden ? tr("%1 (overridden)").arg(labelOf(c.kind)) : tr("\u26A0 %1").arg(labelOf(c.kind));
    case SummaryColumn:
        return c.summary;
    case ReleasesColumn:
        return c.releases.join(u", "_s);
    case ComponentsColumn:
        return c.components.join(u", "_s);
    case EnvironmentsColumn:
        return c.environments.join(u", "_s);
    case FixColumn:
        return c.fix;
    }
    return {};
}

QVariant ConflictModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case SummaryColumn:
        return tr("Conflict");
    case ReleasesColumn:
        return tr("Releases");
    case ComponentsColumn:
        return tr("Components");
    case EnvironmentsColumn:
        return tr("Environments");
    case FixColumn:
        return tr("Fix");
    }
    return {};
}

} // namespace relm

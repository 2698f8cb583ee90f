#include "FindingsModel.h"

#include "changes/Workspace.h"
#include "checks/ReleaseChecks.h"

#include <QApplication>
#include <QStyle>

namespace relm {

FindingsModel::FindingsModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void FindingsModel::setRelease(Workspace *workspace, Id releaseId) {
    if (m_workspace != workspace) {
        if (m_workspace)
            disconnect(m_workspace, nullptr, this, nullptr);
        m_workspace = workspace;
        if (m_workspace)
            connect(m_workspace, &Workspace::changed, this, &FindingsModel::onChanged);
    }
    m_releaseId = releaseId;
    refresh();
}

void FindingsModel::onChanged(const ChangeNotice &notice) {
    const bool affects = notice.releaseId == m_releaseId || notice.entity == Entity::Component ||
                         notice.entity == Entity::ComponentVersion || notice.entity == Entity::EnvironmentInventory;
    if (affects && notice.entity != Entity::ChangeRequest && notice.entity != Entity::Build)
        refresh();
}

void FindingsModel::refresh() {
    beginResetModel();
    m_findings.clear();
    if (m_workspace && m_releaseId) {
        if (auto findings = release_checks::run(*m_workspace, m_releaseId))
            m_findings = *findings;
    }
    endResetModel();
    Q_EMIT refreshed();
}

int FindingsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid())
        return {};
    const Finding &f = m_findings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == MessageColumn ? f.message : f.fix;
    case Qt::ToolTipRole:
        return tr("%1\nHow to fix: %2").arg(f.message, f.fix);
    case Qt::DecorationRole:
        if (index.column() == MessageColumn)
            return QApplication::style()->standardIcon(
                f.severity == Finding::Severity::Error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning);
        break;
    case Qt::AccessibleTextRole:
        return (f.severity == Finding::Severity::Error ? tr("Error: %1") : tr("Warning: %1")).arg(f.message);
    case KindRole:
        return f.kindKey();
    case VersionIdsRole: {
        QVariantList ids;
        for (Id id : f.versionIds)
            ids.append(id);
        return ids;
    }
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == MessageColumn ? tr("Finding") : tr("How to fix");
}

} // namespace relm

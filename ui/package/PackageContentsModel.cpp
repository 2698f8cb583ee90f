#include "PackageContentsModel.h"

#include "changes/Workspace.h"
#include "package/PackageDropper.h"
#include "package/PackageMime.h"
#include "storage/ReleaseStore.h"

#include <QApplication>
#include <QMimeData>
#include <QStyle>

namespace relm {

PackageContentsModel::PackageContentsModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void PackageContentsModel::setRelease(Workspace *workspace, Id releaseId) {
    if (m_workspace != workspace) {
        if (m_workspace)
            disconnect(m_workspace, nullptr, this, nullptr);
        m_workspace = workspace;
        if (m_workspace) {
            connect(m_workspace, &Workspace::changed, this, [this](const ChangeNotice &notice) {
                if ((notice.releaseId == m_releaseId &&
                     (notice.entity == Entity::Package || notice.entity == Entity::PackageItem)) ||
                    notice.entity == Entity::ComponentVersion || notice.entity == Entity::Component)
                    reload();
            });
        }
    }
    m_releaseId = releaseId;
    reload();
}

void PackageContentsModel::reload() {
    beginResetModel();
    m_rows.clear();
    m_packages.clear();
    if (m_workspace) {
        if (auto packages = m_workspace->releases().packages(m_releaseId))
            m_packages = *packages;
    }
    for (const Package &p : m_packages) {
        for (const ComponentVersion &v : p.contents)
            m_rows.append(Row{p.id, p.name, v});
    }
    endResetModel();
}

void PackageContentsModel::setFlaggedVersions(const QSet<Id> &versionIds) {
    m_flagged = versionIds;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int PackageContentsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PackageContentsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PackageContentsModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PackageColumn:
            return row.packageName;
        case ComponentColumn:
            return row.version.componentName;
        case VersionColumn:
            return row.version.retired ? tr("%1 (retired)").arg(row.version.version) : row.version.version;
        case FingerprintColumn:
            return row.version.sha256.isEmpty() ? tr("none") : row.version.sha256.left(16) + QStringLiteral("\u2026");
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == ComponentColumn && m_flagged.contains(row.version.id))
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        break;
    case Qt::ToolTipRole:
        if (index.column() == FingerprintColumn && !row.version.sha256.isEmpty())
            return tr("SHA-256 %1").arg(row.version.sha256);
        if (m_flagged.contains(row.version.id))
            return tr("Involved in a finding: see below");
        break;
    case PackageIdRole:
        return row.packageId;
    case VersionIdRole:
        return row.version.id;
    }
    return {};
}

QVariant PackageContentsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PackageColumn:
        return tr("Package");
    case ComponentColumn:
        return tr("Component");
    case VersionColumn:
        return tr("Version");
    case FingerprintColumn:
        return tr("SHA-256");
    }
    return {};
}

Qt::ItemFlags PackageContentsModel::flags(const QModelIndex &index) const {
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
}

QStringList PackageContentsModel::mimeTypes() const {
    return {QString::fromLatin1(package_mime::catalogueType), QString::fromLatin1(package_mime::packageItemsType)};
}

QMimeData *PackageContentsModel::mimeData(const QModelIndexList &indexes) const {
    QList<package_mime::PackageItem> items;
    for (const QModelIndex &index : indexes) {
        if (index.column() == 0)
            items.append({m_rows.at(index.row()).packageId, m_rows.at(index.row()).version.id});
    }
    return items.isEmpty() ? nullptr : package_mime::encode(items).release();
}

Id PackageContentsModel::targetPackage(const QModelIndex &parent) const {
    if (parent.isValid())
        return m_rows.at(parent.row()).packageId;
    if (m_defaultPackage)
        return m_defaultPackage;
    return m_packages.isEmpty() ? 0 : m_packages.first().id;
}

bool PackageContentsModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int,
                                           const QModelIndex &parent) const {
    return m_dropper && package_mime::carriesItems(data) && targetPackage(parent) != 0;
}

bool PackageContentsModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                        const QModelIndex &parent) {
    if (!m_dropper || action == Qt::IgnoreAction)
        return false;
    // Between rows (row >= 0, no parent) counts as onto the row above's package.
    QModelIndex target = parent;
    if (!target.isValid() && row > 0 && row <= rowCount())
        target = index(row - 1, 0);
    return m_dropper->drop(data, targetPackage(target), action);
}

Qt::DropActions PackageContentsModel::supportedDropActions() const {
    return Qt::MoveAction | Qt::CopyAction;
}

Qt::DropActions PackageContentsModel::supportedDragActions() const {
    return Qt::MoveAction | Qt::CopyAction;
}

} // namespace relm

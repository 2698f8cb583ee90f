#include "ChangeListModel.h"

#include "changerequests/ChangeMime.h"

using namespace Qt::Literals::StringLiterals;

namespace relm {

ChangeListModel::ChangeListModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void ChangeListModel::setChanges(QList<ChangeRequest> changes, QHash<Id, QString> releaseNames) {
    beginResetModel();
    m_changes = std::move(changes);
    m_releaseNames = std::move(releaseNames);
    endResetModel();
}

const ChangeRequest *ChangeListModel::changeAt(int row) const {
    return row >= 0 && row < m_changes.size() ? &m_changes.at(row) : nullptr;
}

int ChangeListModel::rowOf(Id changeId) const {
    for (int row = 0; row < m_changes.size(); ++row) {
        if (m_changes.at(row).id == changeId)
            return row;
    }
    return -1;
}

int ChangeListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_changes.size());
}

int ChangeListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChangeListModel::data(const QModelIndex &index, int role) const {
    const ChangeRequest *c = changeAt(index.row());
    if (!c)
        return {};
    if (role == Qt::ToolTipRole)
        return c->publicSummary.isEmpty() ? tr("No public summary: customer notes leave this change out.")
                                          : c->publicSummary;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case ReferenceColumn:
        return c->reference;
    case KindColumn:
        return labelOf(c->kind);
    case StatusColumn:
        return labelOf(c->status);
    case TitleColumn:
        return c->title;
    case ReleasesColumn: {
        QStringList names;
        for (Id id : c->releaseIds)
            names.append(m_releaseNames.value(id));
        return names.join(u", "_s);
    }
    default:
        return {};
    }
}

QVariant ChangeListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ReferenceColumn:
        return tr("Reference");
    case KindColumn:
        return tr("Kind");
    case StatusColumn:
        return tr("Status");
    case TitleColumn:
        return tr("Title");
    case ReleasesColumn:
        return tr("Delivered by");
    default:
        return {};
    }
}

Qt::ItemFlags ChangeListModel::flags(const QModelIndex &index) const {
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid())
        flags |= Qt::ItemIsDragEnabled;
    if (m_drop)
        flags |= Qt::ItemIsDropEnabled;
    return flags;
}

QStringList ChangeListModel::mimeTypes() const {
    return {QString::fromLatin1(change_mime::type)};
}

QMimeData *ChangeListModel::mimeData(const QModelIndexList &indexes) const {
    QList<Id> ids;
    for (const QModelIndex &index : indexes) {
        if (const ChangeRequest *c = changeAt(index.row()); c && !ids.contains(c->id))
            ids.append(c->id);
    }
    return ids.isEmpty() ? nullptr : change_mime::encode(ids).release();
}

bool ChangeListModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int, const QModelIndex &) const {
    return m_drop && !change_mime::changeIds(data).isEmpty();
}

bool ChangeListModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &) {
    if (!m_drop || action == Qt::IgnoreAction)
        return false;
    const QList<Id> ids = change_mime::changeIds(data);
    return !ids.isEmpty() && m_drop(ids);
}

Qt::DropActions ChangeListModel::supportedDropActions() const {
    return Qt::CopyAction | Qt::MoveAction | Qt::LinkAction;
}

Qt::DropActions ChangeListModel::supportedDragActions() const {
    return Qt::CopyAction | Qt::LinkAction;
}

} // namespace relm

#pragma once

#include "domain/Package.h"

#include <QAbstractTableModel>

#include <functional>

namespace relm {

/// Change requests as a table (reference, kind, status, title, releases). Rows drag out as
/// change-request payloads; with a drop handler set, dropped ones are passed to it.
class ChangeListModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { ReferenceColumn, KindColumn, StatusColumn, TitleColumn, ReleasesColumn, ColumnCount };
    using DropHandler = std::function<bool(const QList<Id> &changeIds)>;

    explicit ChangeListModel(QObject *parent = nullptr);

    /// The changes and the names of the releases they can name (for the Releases column).
    void setChanges(QList<ChangeRequest> changes, QHash<Id, QString> releaseNames);
    const QList<ChangeRequest> &changes() const { return m_changes; }
    const ChangeRequest *changeAt(int row) const;
    int rowOf(Id changeId) const;
    void setDropHandler(DropHandler handler) { m_drop = std::move(handler); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;

private:
    QList<ChangeRequest> m_changes;
    QHash<Id, QString> m_releaseNames;
    DropHandler m_drop;
};

} // namespace relm

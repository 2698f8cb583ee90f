#pragma once

#include "storage/AuditLog.h"

#include <QAbstractTableModel>

namespace relm {

/// Audit entries as a read-only table, oldest first; one entry can be marked as the first bad one.
class AuditModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { IdColumn, WhenColumn, WhoColumn, WhatColumn, ActionColumn, SummaryColumn, HashColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setEntries(QList<AuditEntry> entries, QHash<Id, QString> releaseNames);
    void setBadEntry(Id id);
    const QList<AuditEntry> &entries() const { return m_entries; }
    /// The row of an entry, or -1 when it is not shown.
    int rowOf(Id id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AuditEntry> m_entries;
    QHash<Id, QString> m_releaseNames;
    Id m_badEntry = 0;
};

} // namespace relm

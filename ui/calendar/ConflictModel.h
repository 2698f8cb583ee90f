#pragma once

#include "calendar/ConflictFinder.h"

#include <QAbstractTableModel>

namespace relm {

/// The conflicts on the calendar, one row each: what kind, what happens, whom it affects, the fix.
class ConflictModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        KindColumn,
        SummaryColumn,
        ReleasesColumn,
        ComponentsColumn,
        EnvironmentsColumn,
        FixColumn,
        ColumnCount
    };
    enum Role { StartRole = Qt::UserRole + 1, KeyRole };

    explicit ConflictModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ConflictModel)

    void setConflicts(const QList<CalendarConflict> &conflicts);
    const QList<CalendarConflict> &conflicts() const { return m_conflicts; }
    const CalendarConflict *conflictAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CalendarConflict> m_conflicts;
};

} // namespace relm

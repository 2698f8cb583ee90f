#pragma once

#include "domain/Ids.h"

#include <QAbstractTableModel>
#include <QColor>

namespace relm {

/// A read-only table of text rows, each carrying the id of the record it shows and optionally a
/// colour; for lists that are edited through dialogs rather than in place.
class TextTableModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    struct Row {
        Id id = 0;
        QStringList cells;
        QColor colour; ///< invalid: the default text colour
        QString toolTip;
    };

    explicit TextTableModel(QStringList header, QObject *parent = nullptr);

    void setRows(QList<Row> rows);
    const QList<Row> &rows() const { return m_rows; }
    Id idAt(int row) const { return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0; }
    int rowOf(Id id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_header;
    QList<Row> m_rows;
};

} // namespace relm

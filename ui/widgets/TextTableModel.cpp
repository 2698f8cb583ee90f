#include "TextTableModel.h"

#include "widgets/Legible.h"

namespace relm {

TextTableModel::TextTableModel(QStringList header, QObject *parent)
    : QAbstractTableModel(parent)
    , m_header(std::move(header)) {}

void TextTableModel::setRows(QList<Row> rows) {
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int TextTableModel::rowOf(Id id) const {
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

int TextTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TextTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_header.size());
}

QVariant TextTableModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return row.cells.value(index.column());
    case Qt::ForegroundRole:
        return row.colour.isValid() ? QVariant(legible::onBase(row.colour)) : QVariant();
    case Qt::ToolTipRole:
        return row.toolTip.isEmpty() ? row.cells.value(index.column()) : row.toolTip;
    case Qt::UserRole:
        return row.id;
    default:
        return {};
    }
}

QVariant TextTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return m_header.value(section);
    return {};
}

} // namespace relm

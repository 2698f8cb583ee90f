#include "CsvPreviewModel.h"

#include <QBrush>
#include <QColor>

using namespace Qt::Literals::StringLiterals;

namespace relm {

CsvPreviewModel::CsvPreviewModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void CsvPreviewModel::setImport(csv::RecordKind kind, const csv::CsvImport &import) {
    beginResetModel();
    m_fields.clear();
    m_headers.clear();
    for (const csv::Field &field : csv::fieldsOf(kind)) {
        const int column = import.mapping.column(field.key);
        if (column < 0)
            continue;
        m_fields.append(field.key);
        m_headers.append(tr("%1\n\u2190 %2").arg(csv::labelOf(field), import.header.value(column)));
    }
    m_rows = import.preview;
    endResetModel();
}

int CsvPreviewModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CsvPreviewModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_fields.size());
}

QVariant CsvPreviewModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_fields.size())
        return {};
    const csv::PreviewRow &row = m_rows.at(index.row());
    const QString field = m_fields.at(index.column());
    // A problem of the row as a whole shows on its first cell.
    QString problem = row.problems.value(field);
    if (index.column() == 0 && row.problems.contains(QString()))
        problem = problem.isEmpty() ? row.problems.value(QString()) : problem + u'\n' + row.problems.value(QString());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return row.values.value(field);
    case Qt::ToolTipRole:
        return problem.isEmpty() ? QVariant() : QVariant(problem);
    case Qt::BackgroundRole:
        return problem.isEmpty() ? QVariant() : QVariant(QBrush(QColor(255, 214, 214)));
    case Qt::ForegroundRole:
        return problem.isEmpty() ? QVariant() : QVariant(QBrush(QColor(140, 0, 0)));
    case ProblemRole:
        return problem;
    default:
        return {};
    }
}

QVariant CsvPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return m_headers.value(section);
    return section < m_rows.size() ? tr("Line %1").arg(m_rows.at(section).line) : QString();
}

} // namespace relm

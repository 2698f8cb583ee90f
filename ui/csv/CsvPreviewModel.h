#pragma once

#include "import/CsvImport.h"

#include <QAbstractTableModel>

namespace relm {

/// The first rows of a CSV file as they would be imported: one column per mapped field, each
/// value as Relm reads it, a cell with a problem marked (its message as tooltip and in a role).
class CsvPreviewModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    /// The problem of a cell, empty when it has none.
    static constexpr int ProblemRole = Qt::UserRole + 1;

    explicit CsvPreviewModel(QObject *parent = nullptr);

    /// Shows the preview rows of an analysis, with the fields the mapping imports.
    void setImport(csv::RecordKind kind, const csv::CsvImport &import);
    /// The field key of a column.
    QString fieldAt(int column) const { return m_fields.value(column); }
    int columnOf(const QString &field) const { return int(m_fields.indexOf(field)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_fields;
    QStringList m_headers;
    QList<csv::PreviewRow> m_rows;
};

} // namespace relm

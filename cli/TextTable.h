#pragma once

#include <QStringList>
#include <QTextStream>

namespace relm {

/// A plain-text table with aligned columns for relm-cli's human-readable output.
class TextTable final {
public:
    explicit TextTable(QStringList headers);
    void addRow(QStringList cells);
    void print(QTextStream &out) const;

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
};

} // namespace relm

#pragma once

#include <QStringList>
#include <QTextStream>

#include <utility>

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

/// Labelled lines ("Owner:  Alice Martin"), the values lined up after the longest label, however
/// long a translation makes it.
void printFields(QTextStream &out, const QList<std::pair<QString, QString>> &fields);

} // namespace relm

#include "TextTable.h"

namespace relm {

TextTable::TextTable(QStringList headers)
    : m_headers(std::move(headers)) {}

void TextTable::addRow(QStringList cells) {
    m_rows.append(std::move(cells));
}

void TextTable::print(QTextStream &out) const {
    QList<qsizetype> widths;
    for (const QString &header : m_headers)
        widths.append(header.size());
    for (const QStringList &row : m_rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    }
    auto printRow = [&](const QStringList &cells) {
        QString line;
        for (qsizetype i = 0; i < widths.size(); ++i) {
            const QString cell = cells.value(i);
            line += i + 1 < widths.size() ? cell.leftJustified(widths.at(i) + 2) : cell;
        }
        while (line.endsWith(u' '))
            line.chop(1);
        out << line << Qt::endl;
    };
    printRow(m_headers);
    QStringList rules;
    for (qsizetype w : widths)
        rules.append(QString(w, QLatin1Char('-')));
    printRow(rules);
    for (const QStringList &row : m_rows)
        printRow(row);
}

} // namespace relm

#include "TextTable.h"

namespace relm {

namespace {

/// Whether a code point takes two columns in a terminal (East Asian wide and full-width forms).
bool isWide(char32_t c) {
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

/// How many terminal columns a text takes.
qsizetype displayWidth(const QString &text) {
    qsizetype width = 0;
    for (char32_t c : text.toUcs4())
        width += isWide(c) ? 2 : 1;
    return width;
}

} // namespace

TextTable::TextTable(QStringList headers)
    : m_headers(std::move(headers)) {}

void TextTable::addRow(QStringList cells) {
    m_rows.append(std::move(cells));
}

void TextTable::print(QTextStream &out) const {
    QList<qsizetype> widths;
    for (const QString &header : m_headers)
        widths.append(displayWidth(header));
    for (const QStringList &row : m_rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(row.at(i)));
    }
    auto printRow = [&](const QStringList &cells) {
        QString line;
        for (qsizetype i = 0; i < widths.size(); ++i) {
            const QString cell = cells.value(i);
            line += cell;
            if (i + 1 < widths.size())
                line += QString(widths.at(i) + 2 - displayWidth(cell), u' ');
        }
        while (line.endsWith(u' '))
            line.chop(1);
        out << line << Qt::endl;
    };
    printRow(m_headers);
    // The last column is free text that may run long: its rule stays as wide as its heading or
    // a short column, rather than ruling the whole terminal.
    constexpr qsizetype kLongestLastRule = 24;
    QStringList rules;
    for (qsizetype i = 0; i < widths.size(); ++i) {
        const bool last = i + 1 == widths.size();
        const qsizetype w =
            last ? std::min(widths.at(i), std::max(kLongestLastRule, displayWidth(m_headers.at(i)))) : widths.at(i);
        rules.append(QString(w, QLatin1Char('-')));
    }
    printRow(rules);
    for (const QStringList &row : m_rows)
        printRow(row);
}

void printFields(QTextStream &out, const QList<std::pair<QString, QString>> &fields) {
    qsizetype width = 0;
    for (const auto &[label, value] : fields)
        width = std::max(width, displayWidth(label));
    for (const auto &[label, value] : fields) {
        // A value of several lines keeps its later lines under its first.
        QString indented = value;
        indented.replace(u'\n', u'\n' + QString(width + 3, u' '));
        QString line = label + u':' + QString(width + 2 - displayWidth(label), u' ') + indented;
        while (line.endsWith(u' '))
            line.chop(1);
        out << line << Qt::endl;
    }
}

} // namespace relm

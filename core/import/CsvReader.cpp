#include "CsvReader.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace relm::csv {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::csv", text);
}

/// Splits decoded text into records, one character at a time.
class RecordSplitter {
public:
    RecordSplitter(const QString &text, QChar separator, Table &table)
        : m_text(text)
        , m_separator(separator)
        , m_table(table) {}

    Result<void> run(qsizetype maximumRecords) {
        const qsizetype size = m_text.size();
        const QChar *chars = m_text.constData();
        for (qsizetype i = 0; i < size; ++i) {
            const QChar c = chars[i];
            if (m_quoted) {
                if (c == u'"') {
                    if (i + 1 < size && chars[i + 1] == u'"') {
                        m_field.append(u'"');
                        ++i;
                    } else {
                        m_quoted = false;
                    }
                } else {
                    if (c == u'\n' || (c == u'\r' && !(i + 1 < size && chars[i + 1] == u'\n')))
                        ++m_line;
                    m_field.append(c);
                }
                continue;
            }
            if (c == u'"' && !m_fieldStarted) {
                m_quoted = true;
                m_fieldStarted = true;
                m_quoteLine = m_line;
            } else if (c == m_separator) {
                endField();
            } else if (c == u'\r' && i + 1 < size && chars[i + 1] == u'\n') {
                continue; // the \n ends the record
            } else if (c == u'\n' || c == u'\r') {
                endRecord();
                ++m_line;
                m_recordLine = m_line;
                if (m_table.records.size() > maximumRecords)
                    return makeError(
                        ErrorCode::Invalid,
                        tr("The file has more than %1 records; split it into smaller files.").arg(maximumRecords));
            } else {
                m_field.append(c);
                m_fieldStarted = true;
            }
        }
        if (m_quoted)
            return makeError(ErrorCode::Invalid,
                             tr("Line %1 opens a quoted field that never closes. Close the quote (\") and try again.")
                                 .arg(m_quoteLine));
        if (m_fieldStarted || !m_record.isEmpty())
            endRecord();
        return {};
    }

private:
    void endField() {
        m_record.append(m_field);
        m_field.clear();
        m_fieldStarted = false;
    }

    void endRecord() {
        endField();
        if (!(m_record.size() == 1 && m_record.constFirst().isEmpty())) {
            m_table.records.append(m_record);
            m_table.lines.append(m_recordLine);
        }
        m_record.clear();
    }

    const QString &m_text;
    const QChar m_separator;
    Table &m_table;
    QStringList m_record;
    QString m_field;
    bool m_quoted = false;
    bool m_fieldStarted = false;
    int m_line = 1;
    int m_recordLine = 1;
    int m_quoteLine = 0;
};

} // namespace

Result<Table> readTable(const QByteArray &data, const ReadOptions &options) {
    auto decoded = decode(data);
    if (!decoded)
        return decoded.error();
    Table table;
    table.encoding = decoded->encoding;
    table.delimiter = options.delimiter.isNull() ? detectDelimiter(decoded->text) : options.delimiter;
    RecordSplitter splitter(decoded->text, table.delimiter, table);
    if (auto r = splitter.run(options.maximumRecords); !r)
        return r.error();
    return table;
}

Result<QList<QStringList>> read(const QByteArray &data, qsizetype maximumRecords) {
    auto table = readTable(data, {QChar(), maximumRecords});
    if (!table)
        return table.error();
    return std::move(table.value().records);
}

} // namespace relm::csv

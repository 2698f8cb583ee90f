#include "CsvReader.h"

#include <QCoreApplication>
#include <QStringDecoder>

using namespace Qt::Literals::StringLiterals;

namespace relm::csv {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::csv", text);
}

QChar separatorOf(const QString &text) {
    const qsizetype firstLine = text.indexOf(u'\n');
    const QStringView header = QStringView(text).left(firstLine < 0 ? text.size() : firstLine);
    return header.count(u';') > header.count(u',') ? u';' : u',';
}

} // namespace

Result<QList<QStringList>> read(const QByteArray &data, qsizetype maximumRecords) {
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(data);
    if (decoder.hasError())
        return makeError(ErrorCode::Invalid, tr("The file is not UTF-8 text. Save it as \u201C"
                                                "CSV UTF-8\u201D and try again."));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QChar separator = separatorOf(text);
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    int quoteLine = 0;
    const auto endField = [&] {
        record.append(field);
        field.clear();
        fieldStarted = false;
    };
    const auto endRecord = [&] {
        endField();
        if (!(record.size() == 1 && record.constFirst().isEmpty()))
            records.append(record);
        record.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
            quoteLine = line;
        } else if (c == separator) {
            endField();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            continue; // the \n ends the record
        } else if (c == u'\n' || c == u'\r') {
            ++line;
            endRecord();
            if (records.size() > maximumRecords)
                return makeError(
                    ErrorCode::Invalid,
                    tr("The file has more than %1 records; split it into smaller files.").arg(maximumRecords));
        } else {
            field.append(c);
            fieldStarted = true;
        }
    }
    if (quoted)
        return makeError(
            ErrorCode::Invalid,
            tr("Line %1 opens a quoted field that never closes. Close the quote (\") and try again.").arg(quoteLine));
    if (fieldStarted || !record.isEmpty())
        endRecord();
    return records;
}

} // namespace relm::csv

#pragma once

#include "Result.h"
#include "import/CsvText.h"

#include <QList>
#include <QStringList>

namespace relm::csv {

/// A CSV file as records of fields, with the line each record starts on (quoted fields may
/// span lines) and what was detected about the file.
struct Table {
    QList<QStringList> records;
    QList<int> lines; ///< the line (from 1) each record starts on
    QChar delimiter = u',';
    Encoding encoding = Encoding::Utf8;

    bool isEmpty() const { return records.isEmpty(); }
    QStringList header() const { return records.value(0); }
};

struct ReadOptions {
    QChar delimiter; ///< null: detect comma, semicolon or tab
    qsizetype maximumRecords = 1000000;
};

/// Options with a given separator (null: detect) and the default limit.
inline ReadOptions readOptions(QChar delimiter) {
    ReadOptions options;
    options.delimiter = delimiter;
    return options;
}

/// Reads comma-separated values as RFC 4180 writes them: quoted fields may hold separators, quotes
/// ("" for one) and line breaks; CRLF, LF or CR ends a record; empty lines are skipped. The
/// encoding (see decode) and the separator (see detectDelimiter) are detected unless given. An
/// unclosed quote is refused with its line.
Result<Table> readTable(const QByteArray &data, const ReadOptions &options = {});

/// The records alone (readTable with a detected separator).
Result<QList<QStringList>> read(const QByteArray &data, qsizetype maximumRecords = 1000000);

} // namespace relm::csv

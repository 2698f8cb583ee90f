#pragma once

#include "Result.h"

#include <QList>
#include <QStringList>

namespace relm::csv {

/// Reads comma-separated values as RFC 4180 writes them: quoted fields may hold commas, quotes
/// ("" for one) and line breaks; CRLF or LF ends a record; a UTF-8 byte order mark is skipped.
/// Semicolons separate fields instead when the header line has more of them than commas (as
/// spreadsheets in many European locales save CSV). An unclosed quote is refused with its line.
Result<QList<QStringList>> read(const QByteArray &data, qsizetype maximumRecords = 100000);

} // namespace relm::csv

#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace relm::csv {

/// How a CSV file's bytes were turned into text.
enum class Encoding { Utf8, Utf8WithBom, Utf16LittleEndian, Utf16BigEndian, Windows1252 };

/// A short name for messages and the import summary ("UTF-8", "Windows-1252").
QString encodingName(Encoding encoding);

struct DecodedText {
    QString text;
    Encoding encoding = Encoding::Utf8;
};

/// Decodes a file's bytes: UTF-16 when it starts with a UTF-16 byte order mark, UTF-8 (with or
/// without its byte order mark, which is dropped) when the bytes are valid UTF-8, else
/// Windows-1252 (Latin-1 with the printable characters Windows puts at 0x80-0x9F), which every
/// byte sequence is. Only broken UTF-16 (an odd number of bytes, a lone surrogate) is refused.
Result<DecodedText> decode(const QByteArray &data);

/// The field separator a spreadsheet most likely used: of comma, semicolon and tab, the one that
/// splits the header line (outside quotes) into the most fields, preferring one that splits the
/// next lines into as many; a comma when none occurs.
QChar detectDelimiter(QStringView text);

/// Whether a character may separate fields (comma, semicolon, tab, pipe).
bool isDelimiter(QChar c);

} // namespace relm::csv

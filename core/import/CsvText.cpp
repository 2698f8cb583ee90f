#include "CsvText.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace relm::csv {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::csv", text);
}

/// The characters Windows-1252 puts at 0x80-0x9F; 0 where it has none (those bytes keep their
/// Latin-1 control character).
constexpr std::array<char16_t, 32> windows1252High = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                                      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                                                      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                                      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

QString fromWindows1252(const QByteArray &data) {
    QString text(data.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char byte : data) {
        const auto value = static_cast<unsigned char>(byte);
        const char16_t mapped = value >= 0x80 && value < 0xA0 ? windows1252High[value - 0x80] : 0;
        *out++ = QChar(mapped ? mapped : char16_t(value));
    }
    return text;
}

Result<DecodedText> decodeUtf16(const QByteArray &data, Encoding encoding) {
    const auto kind = encoding == Encoding::Utf16LittleEndian ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE;
    QStringDecoder decoder(kind, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(data.mid(2));
    if (decoder.hasError() || data.size() % 2 != 0)
        return makeError(ErrorCode::Invalid,
                         tr("The file starts like UTF-16 text but is not valid UTF-16 (it may be cut off). Save it "
                            "again as “CSV UTF-8” or as Unicode text and try again."));
    return DecodedText{std::move(text), encoding};
}

/// How many fields each of the first lines has with this separator, outside quotes.
QList<int> fieldCounts(QStringView text, QChar separator, int lines) {
    QList<int> counts;
    int fields = 1;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size() && counts.size() < lines; ++i) {
        const QChar c = text[i];
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && c == separator)
            ++fields;
        else if (!quoted && c == u'\n') {
            counts.append(fields);
            fields = 1;
        }
    }
    if (counts.size() < lines && fields > 1)
        counts.append(fields);
    return counts;
}

} // namespace

QString encodingName(Encoding encoding) {
    switch (encoding) {
    case Encoding::Utf8:
        return u"UTF-8"_s;
    case Encoding::Utf8WithBom:
        return u"UTF-8 (BOM)"_s;
    case Encoding::Utf16LittleEndian:
        return u"UTF-16LE"_s;
    case Encoding::Utf16BigEndian:
        return u"UTF-16BE"_s;
    case Encoding::Windows1252:
        return u"Windows-1252"_s;
    }
    return {};
}

Result<DecodedText> decode(const QByteArray &data) {
    if (data.startsWith("\xFF\xFE"))
        return decodeUtf16(data, Encoding::Utf16LittleEndian);
    if (data.startsWith("\xFE\xFF"))
        return decodeUtf16(data, Encoding::Utf16BigEndian);
    const bool bom = data.startsWith("\xEF\xBB\xBF");
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bom ? data.mid(3) : data);
    if (!utf8.hasError())
        return DecodedText{std::move(text), bom ? Encoding::Utf8WithBom : Encoding::Utf8};
    return DecodedText{fromWindows1252(data), Encoding::Windows1252};
}

bool isDelimiter(QChar c) {
    return c == u',' || c == u';' || c == u'\t' || c == u'|';
}

QChar detectDelimiter(QStringView text) {
    constexpr int sampleLines = 5;
    QChar best = u',';
    int bestFields = 1;
    bool bestConsistent = false;
    for (const QChar candidate : {QChar(u','), QChar(u';'), QChar(u'\t')}) {
        const QList<int> counts = fieldCounts(text, candidate, sampleLines);
        if (counts.isEmpty())
            continue;
        const int header = counts.constFirst();
        const bool consistent = std::all_of(counts.cbegin(), counts.cend(), [header](int n) { return n == header; });
        // A separator that splits every sampled line alike beats one that merely splits more.
        if (header > 1 && ((consistent && !bestConsistent) || (consistent == bestConsistent && header > bestFields))) {
            best = candidate;
            bestFields = header;
            bestConsistent = consistent;
        }
    }
    return best;
}

} // namespace relm::csv

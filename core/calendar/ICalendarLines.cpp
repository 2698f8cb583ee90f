#include "ICalendarLines.h"

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

constexpr qsizetype kLineOctets = 75;

bool isContinuationByte(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

} // namespace

void ICalendarLines::raw(const QString &name, const QString &value) {
    m_bytes += fold((name + u':' + value).toUtf8());
}

void ICalendarLines::text(const QString &name, const QString &value) {
    raw(name, escapeText(value));
}

void ICalendarLines::textList(const QString &name, const QStringList &values) {
    QStringList escaped;
    for (const QString &value : values)
        escaped.append(escapeText(value));
    raw(name, escaped.join(u','));
}

QString ICalendarLines::escapeText(const QString &text) {
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' || c == u';' || c == u',') {
            result += u'\\';
            result += c;
        } else if (c == u'\r') {
            result += u"\\n"_s;
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
        } else if (c == u'\n') {
            result += u"\\n"_s;
        } else {
            result += c;
        }
    }
    return result;
}

QByteArray ICalendarLines::fold(const QByteArray &line) {
    QByteArray result;
    result.reserve(line.size() + line.size() / 70 * 3 + 2);
    qsizetype pos = 0;
    qsizetype room = kLineOctets;
    while (line.size() - pos > room) {
        // Cut before the character the limit falls into, never inside it.
        qsizetype cut = pos + room;
        while (cut > pos + 1 && isContinuationByte(line.at(cut)))
            --cut;
        result += QByteArrayView(line).sliced(pos, cut - pos);
        result += "\r\n "; // the leading space of the next line counts towards its 75 octets
        pos = cut;
        room = kLineOctets - 1;
    }
    result += QByteArrayView(line).sliced(pos);
    result += "\r\n";
    return result;
}

QString ICalendarLines::utcStamp(const QDateTime &at) {
    return at.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
}

QString ICalendarLines::localStamp(const QDate &day, const QTime &time) {
    return day.toString(u"yyyyMMdd"_s) + u'T' + time.toString(u"HHmmss"_s);
}

QString ICalendarLines::dateStamp(const QDate &day) {
    return day.toString(u"yyyyMMdd"_s);
}

} // namespace relm

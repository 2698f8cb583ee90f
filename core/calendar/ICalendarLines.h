#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace relm {

/// RFC 5545 content lines: TEXT values escaped, CRLF line endings, lines folded at 75 octets
/// without splitting a UTF-8 character.
class ICalendarLines final {
public:
    void begin(const QString &component) { raw(QStringLiteral("BEGIN"), component); }
    void end(const QString &component) { raw(QStringLiteral("END"), component); }
    /// A property whose value is written as given (dates, rules, numbers); `name` may carry parameters.
    void raw(const QString &name, const QString &value);
    /// A TEXT property: the value escaped.
    void text(const QString &name, const QString &value);
    /// A list of TEXT values (CATEGORIES): each escaped, joined by commas.
    void textList(const QString &name, const QStringList &values);
    void append(const ICalendarLines &other) { m_bytes += other.m_bytes; }

    const QByteArray &bytes() const { return m_bytes; }

    /// Backslash, semicolon, comma and line breaks escaped as RFC 5545 §3.3.11 asks.
    static QString escapeText(const QString &text);
    /// One logical line as physical lines of at most 75 octets each, every one ending in CRLF.
    static QByteArray fold(const QByteArray &line);
    /// 20261122T093000Z
    static QString utcStamp(const QDateTime &at);
    /// The wall clock without a zone: 20261122T093000
    static QString localStamp(const QDate &day, const QTime &time);
    /// 20261122
    static QString dateStamp(const QDate &day);

private:
    QByteArray m_bytes;
};

} // namespace relm

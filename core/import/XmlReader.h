#pragma once

#include "import/XmlTokenizer.h"

#include <QByteArray>
#include <QLatin1StringView>
#include <QString>

#include <memory>

namespace relm::xml_plan {

/// The attributes of the start tag a reader stands on, as the file has them (UTF-8). Valid until
/// the reader moves on.
class XmlAttributes final {
public:
    /// The value of the attribute `name`; empty when the tag has none.
    QString value(QLatin1StringView name) const;
    /// The value's bytes, for numbers read without making text of them.
    QByteArrayView bytes(QLatin1StringView name) const;
    bool hasAttribute(QLatin1StringView name) const;

private:
    friend class XmlReader;
    const XmlAttributeSpan *find(QLatin1StringView name) const;
    QByteArrayView view(XmlSpan span) const;

    const XmlBatch *m_batch = nullptr;
    quint32 m_first = 0;
    quint32 m_count = 0;
};

/// A pull reader of XML over expat, with the part of QXmlStreamReader's interface the plan readers
/// use: readNextStartElement(), readElementText(), skipCurrentElement() and the like behave as
/// Qt's do. It leaves the bytes as they are (no copy decoded into UTF-16), and a large document is
/// tokenized on a second thread while the reader's owner works through the tokens: a plan of
/// 100,000 tasks is read in a third of the time QXmlStreamReader takes.
///
/// What it refuses beyond malformed XML is XmlTokenizer's: entity declarations and absurd nesting.
class XmlReader final {
public:
    enum class Token { None, StartElement, EndElement, EndDocument, Invalid };

    /// Reads `bytes` (shared, not copied). See XmlTokenizer for the encodings it reads.
    explicit XmlReader(const QByteArray &bytes);
    ~XmlReader();
    XmlReader(const XmlReader &) = delete;
    XmlReader &operator=(const XmlReader &) = delete;

    /// The next token: an element's start or end, the end of the document, or Invalid on an error.
    Token readNext();
    /// Reads on to the next start tag inside the current element: true on one, false at the
    /// current element's end (or on an error).
    bool readNextStartElement();
    /// From a start tag: the element's text, the reader then on its end tag. An element inside it
    /// is an error.
    QString readElementText();
    /// The same as UTF-8 bytes, valid until the next read: no copy for what is parsed at once.
    QByteArrayView readElementBytes();
    /// From a start tag: skips to its end tag.
    void skipCurrentElement();
    /// Reads to the end of the document: the rest must be well-formed too.
    void readToEnd();

    Token tokenType() const { return m_token; }
    bool atEnd() const { return m_token == Token::EndDocument || m_token == Token::Invalid; }
    /// The current element's name (its bytes; compare with ASCII names).
    QLatin1StringView name() const;
    /// The name as text, for messages.
    QString nameText() const;
    const XmlAttributes &attributes() const { return m_attributes; }
    /// The line (from 1) of the current token, or of the error.
    qint64 lineNumber() const { return m_line; }

    bool hasError() const { return m_token == Token::Invalid; }
    QString errorString() const { return m_error; }
    /// Stops reading with `message` as the error, as QXmlStreamReader::raiseError() does.
    void raiseError(const QString &message);

private:
    class Source;
    void fail(const QString &message);
    QByteArrayView view(XmlSpan span) const;

    std::unique_ptr<Source> m_source;
    std::unique_ptr<XmlBatch> m_batch;
    size_t m_next = 0; ///< the index of the next event in m_batch
    const XmlEvent *m_event = nullptr;
    Token m_token = Token::None;
    XmlAttributes m_attributes;
    qint64 m_line = 1;
    QString m_error;
};

} // namespace relm::xml_plan

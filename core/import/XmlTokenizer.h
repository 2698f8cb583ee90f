#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <string>
#include <vector>

namespace relm::xml_plan {

/// A piece of a batch's text: where it starts in the batch's arena, and its length in bytes.
struct XmlSpan {
    quint32 offset = 0;
    quint32 size = 0;
};

/// One token of a document: an element's start or end, the end of the document, or an error.
struct XmlEvent {
    enum class Kind : quint8 { Start, End, EndDocument, Error };
    Kind kind = Kind::Error;
    XmlSpan name;
    XmlSpan text; ///< the character data between the previous token and this one
    quint32 firstAttribute = 0;
    quint32 attributeCount = 0;
    qint64 line = 1;
};

struct XmlAttributeSpan {
    XmlSpan name;
    XmlSpan value;
};

/// Consecutive tokens of a document, their names, attributes and text kept in one arena (UTF-8).
struct XmlBatch {
    std::string arena;
    std::vector<XmlEvent> events;
    std::vector<XmlAttributeSpan> attributes;
    QString error; ///< what the Error event that ends the document means
};

/// Runs expat over a document a piece at a time and hands out its tokens in batches, in document
/// order. The last batch ends with EndDocument or Error.
///
/// Plan files need no entity declarations: a document that declares entities is refused, and none
/// outside the document is ever read. Elements nested deeper than kMaxDepth are refused too.
class XmlTokenizer final {
public:
    static constexpr int kMaxDepth = 256;

    /// Reads `bytes` (shared, not copied). UTF-8, UTF-16, ISO-8859-1 and US-ASCII are read as
    /// declared; another declared single-byte encoding Qt knows is read through Qt.
    explicit XmlTokenizer(const QByteArray &bytes);
    ~XmlTokenizer();
    XmlTokenizer(const XmlTokenizer &) = delete;
    XmlTokenizer &operator=(const XmlTokenizer &) = delete;

    /// The next batch; null once the last was handed out.
    std::unique_ptr<XmlBatch> next();

private:
    struct Callbacks;
    void finish(XmlEvent::Kind kind, qint64 line, const QString &error = {});
    XmlSpan append(const char *text);
    void closeText(XmlEvent &event);
    void stop(const QString &error);
    /// The line of expat's current token.
    qint64 currentLine();
    static bool isUtf16(const QByteArray &bytes);

    const QByteArray m_bytes;
    const bool m_countsLines; ///< a byte encoding: line breaks are counted here, not by expat
    qint64 m_countedTo = 0;   ///< bytes whose line breaks are in m_line
    qint64 m_line = 1;
    void *m_parser = nullptr;
    qsizetype m_fed = 0; ///< bytes handed to expat so far
    bool m_done = false;
    std::unique_ptr<XmlBatch> m_batch;
    quint32 m_textStart = 0; ///< where the character data since the last token starts in the arena
    int m_depth = 0;
    QString m_error; ///< why a callback stopped the parser
};

} // namespace relm::xml_plan

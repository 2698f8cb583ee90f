#include "XmlTokenizer.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <expat.h>

#include <algorithm>
#include <climits>
#include <cstring>

namespace relm::xml_plan {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::XmlReader", text);
}

/// Bytes handed to expat at a time, and tokens gathered before a batch is handed out.
constexpr qsizetype kPieceBytes = 256 * 1024;
constexpr size_t kBatchEvents = 4096;

XML_Parser parserOf(void *parser) {
    return static_cast<XML_Parser>(parser);
}

/// What expat found wrong, in words of our own (so they are translated).
QString describe(XML_Error code) {
    switch (code) {
    case XML_ERROR_NO_ELEMENTS:
        return tr("the file ends before its elements are closed");
    case XML_ERROR_SYNTAX:
    case XML_ERROR_INVALID_TOKEN:
        return tr("the markup is not well-formed");
    case XML_ERROR_UNCLOSED_TOKEN:
        return tr("a tag is not closed");
    case XML_ERROR_PARTIAL_CHAR:
        return tr("a character is cut off");
    case XML_ERROR_TAG_MISMATCH:
        return tr("a closing tag does not match the element it closes");
    case XML_ERROR_DUPLICATE_ATTRIBUTE:
        return tr("a tag has the same attribute twice");
    case XML_ERROR_JUNK_AFTER_DOC_ELEMENT:
        return tr("there is more after the document's last element");
    case XML_ERROR_UNDEFINED_ENTITY:
        return tr("it uses an entity that is not defined");
    case XML_ERROR_UNKNOWN_ENCODING:
    case XML_ERROR_INCORRECT_ENCODING:
        return tr("its encoding cannot be read; save it as UTF-8");
    case XML_ERROR_UNCLOSED_CDATA_SECTION:
        return tr("a CDATA section is not closed");
    case XML_ERROR_BAD_CHAR_REF:
        return tr("a character reference names no character XML allows");
    default:
        return QString::fromUtf8(XML_ErrorString(code));
    }
}

} // namespace

struct XmlTokenizer::Callbacks {
    static void XMLCALL start(void *data, const XML_Char *name, const XML_Char **attributes) {
        auto *self = static_cast<XmlTokenizer *>(data);
        if (++self->m_depth > kMaxDepth) {
            self->stop(tr("elements are nested more than %1 deep").arg(kMaxDepth));
            return;
        }
        XmlBatch &batch = *self->m_batch;
        XmlEvent event;
        event.kind = XmlEvent::Kind::Start;
        event.line = self->currentLine();
        self->closeText(event);
        event.name = self->append(name);
        event.firstAttribute = quint32(batch.attributes.size());
        for (; attributes[0] != nullptr; attributes += 2) {
            const XmlSpan key = self->append(attributes[0]);
            batch.attributes.push_back({key, self->append(attributes[1])});
        }
        event.attributeCount = quint32(batch.attributes.size()) - event.firstAttribute;
        self->m_textStart = quint32(batch.arena.size());
        batch.events.push_back(event);
    }

    static void XMLCALL end(void *data, const XML_Char *name) {
        auto *self = static_cast<XmlTokenizer *>(data);
        --self->m_depth;
        XmlEvent event;
        event.kind = XmlEvent::Kind::End;
        event.line = self->currentLine();
        self->closeText(event);
        event.name = self->append(name);
        self->m_textStart = quint32(self->m_batch->arena.size());
        self->m_batch->events.push_back(event);
    }

    static void XMLCALL text(void *data, const XML_Char *text, int length) {
        static_cast<XmlTokenizer *>(data)->m_batch->arena.append(text, size_t(length));
    }

    static void XMLCALL entityDeclared(void *data, const XML_Char *, int, const XML_Char *, int, const XML_Char *,
                                       const XML_Char *, const XML_Char *, const XML_Char *) {
        static_cast<XmlTokenizer *>(data)->stop(tr("it declares entities, which plan files do not"));
    }

    /// A single-byte encoding expat does not know itself (windows-1252, say), read through Qt.
    static int XMLCALL unknownEncoding(void *, const XML_Char *name, XML_Encoding *info) {
        QStringDecoder decoder(name, QStringDecoder::Flag::Stateless);
        if (!decoder.isValid())
            return XML_STATUS_ERROR;
        for (int byte = 0; byte < 256; ++byte) {
            const char c = char(byte);
            const QString decoded = decoder.decode(QByteArrayView(&c, 1));
            const bool single = decoded.size() == 1 && decoded.at(0) != QChar::ReplacementCharacter;
            info->map[byte] = single ? decoded.at(0).unicode() : -1;
        }
        info->data = nullptr;
        info->convert = nullptr;
        info->release = nullptr;
        return XML_STATUS_OK;
    }
};

XmlTokenizer::XmlTokenizer(const QByteArray &bytes)
    : m_bytes(bytes)
    , m_countsLines(!isUtf16(bytes))
    , m_batch(std::make_unique<XmlBatch>()) {
    const XML_Parser parser = XML_ParserCreate(nullptr);
    m_parser = parser;
    if (!parser) {
        finish(XmlEvent::Kind::Error, 1, tr("there is not enough memory to read it"));
        return;
    }
    XML_SetUserData(parser, this);
    XML_SetElementHandler(parser, &Callbacks::start, &Callbacks::end);
    XML_SetCharacterDataHandler(parser, &Callbacks::text);
    XML_SetEntityDeclHandler(parser, &Callbacks::entityDeclared);
    XML_SetUnknownEncodingHandler(parser, &Callbacks::unknownEncoding, nullptr);
    XML_SetParamEntityParsing(parser, XML_PARAM_ENTITY_PARSING_NEVER);
}

bool XmlTokenizer::isUtf16(const QByteArray &bytes) {
    if (bytes.size() < 2)
        return false;
    const auto first = uchar(bytes[0]);
    const auto second = uchar(bytes[1]);
    // A byte-order mark, or the first character '<' without one.
    return (first == 0xFE && second == 0xFF) || (first == 0xFF && second == 0xFE) || (first == 0 && second != 0) ||
           (first != 0 && second == 0);
}

qint64 XmlTokenizer::currentLine() {
    const XML_Parser parser = parserOf(m_parser);
    if (!m_countsLines)
        return qint64(XML_GetCurrentLineNumber(parser));
    // Expat finds a line by walking the characters again since the last time it was asked; in a
    // byte encoding a line break is a byte of its own, and counting those is several times faster.
    // A line ends at a line feed, a carriage return and line feed, or a carriage return alone.
    const qint64 offset = std::clamp<qint64>(qint64(XML_GetCurrentByteIndex(parser)), m_countedTo, m_bytes.size());
    const char *from = m_bytes.constData() + m_countedTo;
    const char *to = m_bytes.constData() + offset;
    const char *end = m_bytes.constData() + m_bytes.size();
    m_line += std::count(from, to, '\n');
    for (auto *cr = static_cast<const char *>(std::memchr(from, '\r', size_t(to - from))); cr;
         cr = static_cast<const char *>(std::memchr(cr + 1, '\r', size_t(to - cr - 1)))) {
        if (cr + 1 == end || cr[1] != '\n')
            ++m_line;
    }
    m_countedTo = offset;
    return m_line;
}

XmlTokenizer::~XmlTokenizer() {
    if (m_parser)
        XML_ParserFree(parserOf(m_parser));
}

std::unique_ptr<XmlBatch> XmlTokenizer::next() {
    if (!m_batch)
        return nullptr;
    const XML_Parser parser = parserOf(m_parser);
    while (!m_done && m_batch->events.size() < kBatchEvents) {
        const qsizetype piece = std::min(kPieceBytes, m_bytes.size() - m_fed);
        const bool last = m_fed + piece == m_bytes.size();
        const XML_Status status = XML_Parse(parser, m_bytes.constData() + m_fed, int(piece), last);
        m_fed += piece;
        if (status != XML_STATUS_OK)
            finish(XmlEvent::Kind::Error, qint64(XML_GetCurrentLineNumber(parser)),
                   m_error.isEmpty() ? describe(XML_GetErrorCode(parser)) : m_error);
        else if (last)
            finish(XmlEvent::Kind::EndDocument, currentLine());
    }
    // The character data since the last token goes on in the next batch.
    auto full = std::move(m_batch);
    if (!m_done) {
        m_batch = std::make_unique<XmlBatch>();
        m_batch->arena.assign(full->arena, m_textStart);
        full->arena.resize(m_textStart);
        m_textStart = 0;
    }
    return full;
}

void XmlTokenizer::finish(XmlEvent::Kind kind, qint64 line, const QString &error) {
    XmlEvent event;
    event.kind = kind;
    event.line = line;
    closeText(event);
    m_batch->events.push_back(event);
    m_batch->error = error;
    m_done = true;
}

XmlSpan XmlTokenizer::append(const char *text) {
    const size_t size = std::strlen(text);
    const XmlSpan span{quint32(m_batch->arena.size()), quint32(size)};
    m_batch->arena.append(text, size);
    return span;
}

void XmlTokenizer::closeText(XmlEvent &event) {
    event.text = {m_textStart, quint32(m_batch->arena.size() - m_textStart)};
}

void XmlTokenizer::stop(const QString &error) {
    m_error = error;
    XML_StopParser(parserOf(m_parser), XML_FALSE);
}

} // namespace relm::xml_plan

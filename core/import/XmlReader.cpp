#include "XmlReader.h"

#include <QVarLengthArray>

#include <QCoreApplication>

#include <condition_variable>
#include <cstring>
#include <deque>
#include <mutex>
#include <thread>

namespace relm::xml_plan {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::XmlReader", text);
}

/// Documents smaller than this are tokenized as they are read; a thread would cost more than it
/// saves.
constexpr qsizetype kThreadedFrom = 4 * 1024 * 1024;
/// Batches the worker may run ahead of the reader: enough to keep both busy, little memory.
constexpr size_t kBatchesAhead = 4;

} // namespace

/// Where the batches come from: the tokenizer itself, or a worker thread running it ahead.
class XmlReader::Source {
public:
    explicit Source(const QByteArray &bytes)
        : m_tokenizer(bytes) {
        if (bytes.size() >= kThreadedFrom)
            m_worker = std::thread([this] { produce(); });
    }

    ~Source() {
        if (!m_worker.joinable())
            return;
        {
            const std::lock_guard lock(m_mutex);
            m_cancelled = true;
        }
        m_changed.notify_all();
        m_worker.join();
    }

    /// The next batch; null after the last.
    std::unique_ptr<XmlBatch> take() {
        if (!m_worker.joinable())
            return m_tokenizer.next();
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_ready.empty() || m_finished; });
        if (m_ready.empty())
            return nullptr;
        auto batch = std::move(m_ready.front());
        m_ready.pop_front();
        lock.unlock();
        m_changed.notify_all();
        return batch;
    }

private:
    void produce() {
        for (;;) {
            auto batch = m_tokenizer.next();
            std::unique_lock lock(m_mutex);
            if (!batch || m_cancelled) {
                m_finished = true;
                lock.unlock();
                m_changed.notify_all();
                return;
            }
            m_ready.push_back(std::move(batch));
            lock.unlock();
            m_changed.notify_all();
            lock.lock();
            m_changed.wait(lock, [this] { return m_ready.size() < kBatchesAhead || m_cancelled; });
        }
    }

    XmlTokenizer m_tokenizer;
    std::thread m_worker;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::unique_ptr<XmlBatch>> m_ready;
    bool m_finished = false;
    bool m_cancelled = false;
};

QByteArrayView XmlAttributes::view(XmlSpan span) const {
    return QByteArrayView(m_batch->arena.data() + span.offset, qsizetype(span.size));
}

const XmlAttributeSpan *XmlAttributes::find(QLatin1StringView name) const {
    if (!m_batch)
        return nullptr;
    for (quint32 i = m_first; i < m_first + m_count; ++i) {
        const XmlAttributeSpan &attribute = m_batch->attributes[i];
        if (attribute.name.size == quint32(name.size()) &&
            std::memcmp(m_batch->arena.data() + attribute.name.offset, name.data(), attribute.name.size) == 0)
            return &attribute;
    }
    return nullptr;
}

QString XmlAttributes::value(QLatin1StringView name) const {
    const XmlAttributeSpan *found = find(name);
    return found ? QString::fromUtf8(view(found->value)) : QString();
}

QByteArrayView XmlAttributes::bytes(QLatin1StringView name) const {
    const XmlAttributeSpan *found = find(name);
    return found ? view(found->value) : QByteArrayView();
}

bool XmlAttributes::hasAttribute(QLatin1StringView name) const {
    return find(name) != nullptr;
}

XmlReader::XmlReader(const QByteArray &bytes)
    : m_source(std::make_unique<Source>(bytes)) {}

XmlReader::~XmlReader() = default;

QByteArrayView XmlReader::view(XmlSpan span) const {
    return QByteArrayView(m_batch->arena.data() + span.offset, qsizetype(span.size));
}

QLatin1StringView XmlReader::name() const {
    if (!m_event)
        return {};
    const QByteArrayView bytes = view(m_event->name);
    return QLatin1StringView(bytes.data(), bytes.size());
}

QString XmlReader::nameText() const {
    return m_event ? QString::fromUtf8(view(m_event->name)) : QString();
}

XmlReader::Token XmlReader::readNext() {
    if (atEnd())
        return m_token;
    while (!m_batch || m_next == m_batch->events.size()) {
        m_attributes = {};
        m_event = nullptr;
        m_batch = m_source->take();
        m_next = 0;
        if (!m_batch) { // cannot happen: the last batch ends the document
            fail(tr("the file ends before its elements are closed"));
            return m_token;
        }
    }
    m_event = &m_batch->events[m_next++];
    m_line = m_event->line;
    m_attributes = {};
    switch (m_event->kind) {
    case XmlEvent::Kind::Start:
        m_attributes.m_batch = m_batch.get();
        m_attributes.m_first = m_event->firstAttribute;
        m_attributes.m_count = m_event->attributeCount;
        m_token = Token::StartElement;
        break;
    case XmlEvent::Kind::End:
        m_token = Token::EndElement;
        break;
    case XmlEvent::Kind::EndDocument:
        m_token = Token::EndDocument;
        m_source.reset();
        break;
    case XmlEvent::Kind::Error:
        m_error = m_batch->error;
        m_token = Token::Invalid;
        m_source.reset();
        break;
    }
    return m_token;
}

bool XmlReader::readNextStartElement() {
    while (!atEnd()) {
        switch (readNext()) {
        case Token::StartElement:
            return true;
        case Token::EndElement:
            return false;
        default:
            break;
        }
    }
    return false;
}

QString XmlReader::readElementText() {
    return QString::fromUtf8(readElementBytes());
}

QByteArrayView XmlReader::readElementBytes() {
    if (m_token != Token::StartElement)
        return {};
    // The name is kept for a message only; the next token may come from another batch.
    const QByteArrayView current = view(m_event->name);
    const QVarLengthArray<char, 64> name(current.begin(), current.end());
    switch (readNext()) {
    case Token::EndElement:
        return view(m_event->text);
    case Token::StartElement:
        fail(tr("<%1> holds an element <%2> where text was expected")
                 .arg(QString::fromUtf8(name.data(), name.size()), nameText()));
        return {};
    default:
        return {};
    }
}

void XmlReader::skipCurrentElement() {
    int depth = 1;
    while (depth > 0 && !atEnd()) {
        const Token token = readNext();
        if (token == Token::StartElement)
            ++depth;
        else if (token == Token::EndElement)
            --depth;
    }
}

void XmlReader::readToEnd() {
    while (!atEnd())
        readNext();
}

void XmlReader::raiseError(const QString &message) {
    fail(message);
}

void XmlReader::fail(const QString &message) {
    if (m_token == Token::Invalid)
        return;
    m_error = message;
    m_token = Token::Invalid;
    m_source.reset(); // stops the worker: nothing more is read
}

} // namespace relm::xml_plan

#include "SourceTextTranslator.h"

#include <QFile>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

/// One <message> of a .ts file, as far as a lookup by text needs it.
struct TsMessage {
    QString source;
    QString comment;
    QStringList forms;
    bool finished = true;
};

TsMessage readMessage(QXmlStreamReader &xml) {
    TsMessage message;
    while (xml.readNextStartElement()) {
        if (xml.name() == "source"_L1) {
            message.source = xml.readElementText();
        } else if (xml.name() == "comment"_L1) {
            message.comment = xml.readElementText();
        } else if (xml.name() == "translation"_L1) {
            const auto type = xml.attributes().value("type"_L1);
            message.finished = type.isEmpty();
            bool numerus = false;
            QString text;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == "numerusform"_L1) {
                    numerus = true;
                    message.forms.append(xml.readElementText());
                } else if (xml.isEndElement() && xml.name() == "translation"_L1)
                    break;
            }
            if (!numerus)
                message.forms = {text};
        } else {
            xml.skipCurrentElement();
        }
    }
    return message;
}

} // namespace

SourceTextTranslator::SourceTextTranslator(QObject *parent)
    : QTranslator(parent) {}

QString SourceTextTranslator::key(const QString &source, const QString &disambiguation) {
    return disambiguation.isEmpty() ? source : source + u'\x1f' + disambiguation;
}

bool SourceTextTranslator::loadTs(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement() || xml.name() != "message"_L1)
            continue;
        const TsMessage message = readMessage(xml);
        const bool empty = std::all_of(message.forms.cbegin(), message.forms.cend(),
                                       [](const QString &form) { return form.isEmpty(); });
        if (message.finished && !empty && !message.source.isEmpty())
            m_forms.insert(key(message.source, message.comment), message.forms);
    }
    return !xml.hasError() && !m_forms.isEmpty();
}

QString SourceTextTranslator::translate(const char *, const char *sourceText, const char *disambiguation, int n) const {
    const auto found = m_forms.constFind(key(QString::fromUtf8(sourceText), QString::fromUtf8(disambiguation)));
    if (found == m_forms.constEnd())
        return {};
    // Two forms (German, English): the first for exactly one, the second otherwise.
    const QStringList &forms = *found;
    const qsizetype form = forms.size() > 1 && n >= 0 && n != 1 ? 1 : 0;
    return forms.at(form); // QCoreApplication puts n in for %n
}

} // namespace relm

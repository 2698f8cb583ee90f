#include "NotesFormats.h"

#include "notes/NotesTextDocument.h"
#include "notes/PdfLayout.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QTextDocument>

using namespace Qt::Literals::StringLiterals;

namespace relm::notes {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::notes", text);
}

QString markdownCell(QString text) {
    return text.replace(u'|', u"\\|"_s).replace(u'\n', u' ');
}

} // namespace

std::optional<Format> formatFromKey(const QString &key) {
    const QString k = key.trimmed().toLower();
    if (k == u"pdf"_s)
        return Format::Pdf;
    if (k == u"html"_s || k == u"htm"_s)
        return Format::Html;
    if (k == u"md"_s || k == u"markdown"_s)
        return Format::Markdown;
    return std::nullopt;
}

QString toMarkdown(const NotesDocument &document) {
    QString md = u"# %1: %2\n\n"_s.arg(document.title, document.release);
    QStringList facts;
    for (const auto &[label, value] : document.titleFacts)
        facts.append(u"**%1:** %2"_s.arg(label, QString(value).replace(u'\n', u' ')));
    if (!facts.isEmpty())
        md += facts.join(u" \u00B7 "_s) + u"\n\n"_s;
    for (const NotesSection &section : document.sections) {
        md += u"## %1\n\n"_s.arg(section.title);
        for (const NotesBlock &b : section.blocks) {
            switch (b.kind) {
            case NotesBlock::Kind::Paragraph:
                md += b.text + u"\n\n"_s;
                break;
            case NotesBlock::Kind::Notice:
                md += u"> **%1** %2\n\n"_s.arg(tr("Note:"), QString(b.text).replace(u'\n', u' '));
                break;
            case NotesBlock::Kind::Bullets:
                for (const QString &item : b.items)
                    md += u"- "_s + QString(item).replace(u'\n', u' ') + u"\n"_s;
                md += u"\n"_s;
                break;
            case NotesBlock::Kind::Table: {
                QStringList header;
                for (const QString &h : b.table.header)
                    header.append(markdownCell(h));
                md += u"| "_s + header.join(u" | "_s) + u" |\n|"_s + QString(u" --- |"_s).repeated(header.size()) +
                      u"\n"_s;
                for (const QStringList &row : b.table.rows) {
                    QStringList cells;
                    for (const QString &c : row)
                        cells.append(markdownCell(c));
                    md += u"| "_s + cells.join(u" | "_s) + u" |\n"_s;
                }
                md += u"\n"_s;
                break;
            }
            case NotesBlock::Kind::Facts:
                for (const auto &[label, value] : b.facts)
                    md += u"- **%1:** %2\n"_s.arg(label, QString(value).replace(u'\n', u' '));
                md += u"\n"_s;
                break;
            case NotesBlock::Kind::Picture:
                md += u"*%1*\n\n"_s.arg(b.text);
                break;
            }
        }
    }
    if (!document.auditHead.isEmpty())
        md += u"---\n\n%1 `%2`\n"_s.arg(tr("Audit trail head (SHA-256):"), document.auditHead);
    return md;
}

std::unique_ptr<QTextDocument> toTextDocument(const NotesDocument &document, TextLayout layout) {
    if (layout == TextLayout::Print) {
        PdfLayout pages(document);
        pages.layOut();
        return pages.takeText();
    }
    TextMarks marks;
    return buildTextDocument(document, TextLayout::Screen, false, marks);
}

Result<void> writePdf(const NotesDocument &document, const QString &path, const std::function<void(int, int)> &progress,
                      const std::atomic<bool> *cancel) {
    PdfLayout pages(document);
    pages.layOut();
    return pages.write(path, progress, cancel);
}

Result<void> write(const NotesDocument &document, Format format, const QString &path) {
    if (format == Format::Pdf)
        return writePdf(document, path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Storage, tr("Cannot write %1: %2").arg(path, file.errorString()));
    file.write((format == Format::Html ? toHtml(document) : toMarkdown(document)).toUtf8());
    if (!file.commit())
        return makeError(ErrorCode::Storage, tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace relm::notes

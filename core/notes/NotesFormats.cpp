#include "NotesFormats.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextDocument>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace relm::notes {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::notes", text);
}

QString escape(const QString &text) {
    return text.toHtmlEscaped().replace(u'\n', u"<br/>"_s);
}

const auto styleSheet = uR"(
body { font-family: 'DejaVu Sans', 'Noto Sans CJK JP', sans-serif; font-size: 10pt; color: #1a1a1a; }
h1 { font-size: 16pt; color: #1f3a5f; margin-top: 0; margin-bottom: 8px; }
h2 { font-size: 12pt; color: #1f3a5f; margin-top: 14px; }
table { border-collapse: collapse; margin-bottom: 10px; }
th { background-color: #1f3a5f; color: #ffffff; text-align: left; padding: 3px 5px; font-weight: bold; }
td { padding: 3px 5px; border-bottom: 1px solid #c8d0da; vertical-align: top; }
td.label { color: #555555; font-weight: bold; padding-right: 14px; }
p.caption { color: #555555; font-style: italic; }
p.notice { color: #8a4b00; font-weight: bold; }
p.hash { font-family: 'DejaVu Sans Mono', monospace; font-size: 8pt; }
)"_s;

/// The body HTML shared by the HTML export and the PDF; `imageSource` names picture N.
QString bodyHtml(const NotesDocument &document, const std::function<QString(int)> &imageSource, bool pageBreaks) {
    QString html;
    int picture = 0;
    bool first = true;
    for (const NotesSection &section : document.sections) {
        html += pageBreaks && !first
                    ? u"<h1 style=\"page-break-before: always;\">%1</h1>\n"_s.arg(escape(section.title))
                    : u"<h1>%1</h1>\n"_s.arg(escape(section.title));
        first = false;
        for (const NotesBlock &b : section.blocks) {
            switch (b.kind) {
            case NotesBlock::Kind::Paragraph:
                html += u"<p>%1</p>\n"_s.arg(escape(b.text));
                break;
            case NotesBlock::Kind::Notice:
                html += u"<p class=\"notice\">%1</p>\n"_s.arg(escape(b.text));
                break;
            case NotesBlock::Kind::Bullets:
                html += u"<ul>\n"_s;
                for (const QString &item : b.items)
                    html += u"<li>%1</li>\n"_s.arg(escape(item));
                html += u"</ul>\n"_s;
                break;
            case NotesBlock::Kind::Table: {
                html += u"<table width=\"100%\" cellspacing=\"0\">\n<thead><tr>"_s;
                for (const QString &h : b.table.header)
                    html += u"<th>%1</th>"_s.arg(escape(h));
                html += u"</tr></thead>\n<tbody>\n"_s;
                for (const QStringList &row : b.table.rows) {
                    html += u"<tr>"_s;
                    for (const QString &cell : row)
                        html += u"<td>%1</td>"_s.arg(escape(cell));
                    html += u"</tr>\n"_s;
                }
                html += u"</tbody></table>\n"_s;
                break;
            }
            case NotesBlock::Kind::Facts:
                html += u"<table cellspacing=\"0\">\n"_s;
                for (const auto &[label, value] : b.facts)
                    html += u"<tr><td class=\"label\">%1</td><td>%2</td></tr>\n"_s.arg(escape(label), escape(value));
                html += u"</table>\n"_s;
                break;
            case NotesBlock::Kind::Picture:
                html += u"<p><img src=\"%1\" width=\"%2\"/></p>\n<p class=\"caption\">%3</p>\n"_s
                            .arg(imageSource(picture++))
                            .arg(std::min(640, b.picture.width()))
                            .arg(escape(b.text));
                break;
            }
        }
    }
    html += u"<h2>%1</h2>\n<p>%2</p>\n<p class=\"hash\">%3</p>\n"_s.arg(
        tr("Audit trail"), tr("Produced from the audit trail whose newest entry has the SHA-256:"),
        escape(document.auditHead.isEmpty() ? tr("(empty trail)") : document.auditHead));
    return html;
}

QList<QImage> pictures(const NotesDocument &document) {
    QList<QImage> result;
    for (const NotesSection &s : document.sections) {
        for (const NotesBlock &b : s.blocks) {
            if (b.kind == NotesBlock::Kind::Picture)
                result.append(b.picture);
        }
    }
    return result;
}

QString markdownCell(QString text) {
    return text.replace(u'|', u"\\|"_s).replace(u'\n', u' ');
}

// --- PDF ---------------------------------------------------------------------------------------

/// Page geometry in layout units (1/96 inch), A4 portrait.
struct PageGeometry {
    static constexpr double unitsPerMm = 96.0 / 25.4;
    double width = 210 * unitsPerMm;
    double height = 297 * unitsPerMm;
    double left = 20 * unitsPerMm;
    double right = 20 * unitsPerMm;
    double top = 24 * unitsPerMm;
    double bottom = 20 * unitsPerMm;
    double bodyWidth() const { return width - left - right; }
    double bodyHeight() const { return height - top - bottom; }
};

/// A font for the painter's 1/96-inch units: sized in pixels, so the device resolution does not
/// scale it a second time.
QFont pdfFont(double points, bool bold = false) {
    QFont font(u"DejaVu Sans"_s);
    font.setPixelSize(int(std::lround(points * 96.0 / 72.0)));
    font.setBold(bold);
    return font;
}

class PdfPainter {
public:
    PdfPainter(const NotesDocument &document, QPdfWriter &writer)
        : m_document(document)
        , m_writer(writer)
        , m_painter(&writer) {
        const double scale = writer.resolution() / 96.0;
        m_painter.scale(scale, scale);
    }

    bool isActive() const { return m_painter.isActive(); }

    void cover() {
        const PageGeometry g;
        const double mm = PageGeometry::unitsPerMm;
        m_painter.fillRect(QRectF(0, 0, g.width, 70 * mm), QColor(0x1f, 0x3a, 0x5f));
        m_painter.setFont(pdfFont(22, true));
        m_painter.setPen(Qt::white);
        m_painter.drawText(QRectF(g.left, 25 * mm, g.bodyWidth(), 30 * mm),
                           Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, m_document.title);
        m_painter.setFont(pdfFont(26, true));
        m_painter.setPen(QColor(0x1f, 0x3a, 0x5f));
        m_painter.drawText(QRectF(g.left, 95 * mm, g.bodyWidth(), 40 * mm),
                           Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_document.release);
        m_painter.setFont(pdfFont(13));
        m_painter.setPen(QColor(0x33, 0x33, 0x33));
        const QStringList lines = {
            tr("Version: %1").arg(m_document.version.isEmpty() ? u"\u2014"_s : m_document.version),
            tr("Date: %1").arg(m_document.date.toString(Qt::ISODate)), tr("Status: %1").arg(m_document.status)};
        m_painter.drawText(QRectF(g.left, 140 * mm, g.bodyWidth(), 40 * mm), Qt::AlignLeft | Qt::AlignTop,
                           lines.join(u'\n'));
    }

    void contents(const QList<std::pair<QString, int>> &entries) {
        const PageGeometry g;
        m_painter.setFont(pdfFont(16, true));
        m_painter.setPen(QColor(0x1f, 0x3a, 0x5f));
        m_painter.drawText(QRectF(g.left, g.top, g.bodyWidth(), 30), Qt::AlignLeft | Qt::AlignVCenter, tr("Contents"));
        m_painter.setFont(pdfFont(11));
        m_painter.setPen(QColor(0x1a, 0x1a, 0x1a));
        double y = g.top + 44;
        int number = 1;
        for (const auto &[title, page] : entries) {
            const QRectF line(g.left, y, g.bodyWidth(), 20);
            m_painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, u"%1.  %2"_s.arg(number++).arg(title));
            m_painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, QString::number(page));
            y += 22;
        }
    }

    void body(QTextDocument &doc, int bodyPage) {
        const PageGeometry g;
        m_painter.save();
        m_painter.translate(g.left, g.top - bodyPage * g.bodyHeight());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, bodyPage * g.bodyHeight(), g.bodyWidth(), g.bodyHeight());
        m_painter.setClipRect(context.clip);
        doc.documentLayout()->draw(&m_painter, context);
        m_painter.restore();
    }

    void frame(int page, int pages) {
        const PageGeometry g;
        m_painter.setFont(pdfFont(8));
        m_painter.setPen(QColor(0x55, 0x55, 0x55));
        const QRectF header(g.left, 8 * PageGeometry::unitsPerMm, g.bodyWidth(), 8 * PageGeometry::unitsPerMm);
        m_painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter,
                           m_document.release + u" \u2014 "_s + m_document.title);
        m_painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter, m_document.version);
        m_painter.setPen(QPen(QColor(0x1f, 0x3a, 0x5f), 0.8));
        m_painter.drawLine(QPointF(g.left, header.bottom() + 2), QPointF(g.width - g.right, header.bottom() + 2));
        m_painter.setPen(QColor(0x55, 0x55, 0x55));
        const QRectF footer(g.left, g.height - 14 * PageGeometry::unitsPerMm, g.bodyWidth(),
                            8 * PageGeometry::unitsPerMm);
        m_painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
                           tr("Produced %1 by Relm").arg(m_document.date.toString(Qt::ISODate)));
        m_painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, tr("Page %1 of %2").arg(page).arg(pages));
    }

    bool newPage() { return m_writer.newPage(); }
    void end() { m_painter.end(); }

private:
    const NotesDocument &m_document;
    QPdfWriter &m_writer;
    QPainter m_painter;
};

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

QString toHtml(const NotesDocument &document) {
    const QList<QImage> images = pictures(document);
    const auto dataUri = [&images](int index) -> QString { // a QString: a QStringBuilder would dangle
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        images.at(index).save(&buffer, "PNG");
        return u"data:image/png;base64,"_s + QString::fromLatin1(png.toBase64());
    };
    QString html =
        u"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>%1 \u2014 %2</title>\n"
        "<style>%3</style>\n</head>\n<body>\n"_s.arg(escape(document.release), escape(document.title), styleSheet);
    html += u"<header><p class=\"caption\">%1</p><h1>%2</h1>\n"_s.arg(escape(document.title), escape(document.release));
    html += u"<p>%1 \u00B7 %2 \u00B7 %3</p></header>\n"_s.arg(escape(tr("Version %1").arg(document.version)),
                                                              escape(tr("Status: %1").arg(document.status)),
                                                              escape(document.date.toString(Qt::ISODate)));
    html += u"<nav><h2>%1</h2><ol>\n"_s.arg(tr("Contents"));
    for (const NotesSection &s : document.sections)
        html += u"<li>%1</li>\n"_s.arg(escape(s.title));
    html += u"</ol></nav>\n"_s;
    html += bodyHtml(document, dataUri, false);
    html += u"</body>\n</html>\n"_s;
    return html;
}

QString toMarkdown(const NotesDocument &document) {
    QString md = u"# %1: %2\n\n"_s.arg(document.title, document.release);
    md +=
        u"%1 \u00B7 %2 \u00B7 %3\n\n"_s.arg(tr("Version %1").arg(document.version),
                                            tr("Status: %1").arg(document.status), document.date.toString(Qt::ISODate));
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
    md += u"---\n\n%1 `%2`\n"_s.arg(tr("Audit trail head (SHA-256):"), document.auditHead);
    return md;
}

std::unique_ptr<QTextDocument> toTextDocument(const NotesDocument &document, bool pageBreaks) {
    auto doc = std::make_unique<QTextDocument>();
    doc->setDocumentMargin(pageBreaks ? 0 : 12);
    QFont base(u"DejaVu Sans"_s);
    base.setPointSizeF(10);
    doc->setDefaultFont(base);
    doc->setDefaultStyleSheet(styleSheet);
    const QList<QImage> images = pictures(document);
    for (int i = 0; i < images.size(); ++i)
        doc->addResource(QTextDocument::ImageResource, QUrl(u"relm-picture-%1"_s.arg(i)), images.at(i));
    doc->setHtml(bodyHtml(
        document, [](int i) { return u"relm-picture-%1"_s.arg(i); }, pageBreaks));
    return doc;
}

Result<void> writePdf(const NotesDocument &document, const QString &path, const std::function<void(int, int)> &progress,
                      const std::atomic<bool> *cancel) {
    const PageGeometry g;
    const std::unique_ptr<QTextDocument> body = toTextDocument(document, true);
    QTextDocument &doc = *body;
    doc.setPageSize(QSizeF(g.bodyWidth(), g.bodyHeight()));
    const int bodyPages = std::max(1, doc.pageCount());

    // The cover is page 1 and the contents page 2, so the body starts on page 3.
    constexpr int firstBodyPage = 3;
    QList<std::pair<QString, int>> toc;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() != 1)
            continue;
        const double top = doc.documentLayout()->blockBoundingRect(block).top();
        // Half a unit of slack: a heading placed exactly at a page's top must count on that page.
        toc.append({block.text(), firstBodyPage + int(std::floor((top + 0.5) / g.bodyHeight()))});
    }
    const int pages = bodyPages + firstBodyPage - 1;

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Storage, tr("Cannot write %1: %2").arg(path, file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(300);
        writer.setTitle(document.release + u" \u2014 "_s + document.title);
        writer.setCreator(u"Relm"_s);
        PdfPainter painter(document, writer);
        if (!painter.isActive())
            return makeError(ErrorCode::Storage, tr("Cannot write a PDF to %1.").arg(path));
        painter.cover();
        painter.newPage();
        painter.contents(toc);
        painter.frame(2, pages);
        for (int i = 0; i < bodyPages; ++i) {
            if (cancel && cancel->load()) {
                painter.end();
                file.cancelWriting();
                return makeError(ErrorCode::Invalid, tr("Export stopped; nothing was written."));
            }
            painter.newPage();
            painter.body(doc, i);
            painter.frame(firstBodyPage + i, pages);
            if (progress)
                progress(firstBodyPage + i, pages);
        }
        painter.end();
    }
    if (!file.commit())
        return makeError(ErrorCode::Storage, tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
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

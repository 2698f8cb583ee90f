#include "NotesFormats.h"

#include "notes/NotesStyle.h"

#include <QBuffer>
#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace relm::notes {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::notes", text);
}

/// A web page gets a contents list when it has more sections than this.
constexpr int sectionsWithoutContents = 6;

QString escape(const QString &text) {
    return text.toHtmlEscaped().replace(u'\n', u"<br/>"_s);
}

QString dataUri(const QImage &image) {
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return u"data:image/png;base64,"_s + QString::fromLatin1(png.toBase64());
}

/// The style sheet in the document's look: the same colours and type as the PDF.
QString styleSheet(const NotesLook &look) {
    const QColor heading = style::readableOn(look.primary, Qt::white, 4.5);
    const QColor accentTint = style::tint(look.accent, 0.12);
    return uR"(
body { margin: 0; font-family: 'DejaVu Sans', 'Noto Sans CJK JP', sans-serif; font-size: 10pt; color: %1; background: #ffffff; }
header.band { background: %2; color: %3; padding: 14px 32px; min-height: 30px; display: flex; align-items: center; gap: 14px; }
header.band img { height: 44px; }
header.band .organisation { font-size: 15pt; font-weight: bold; }
main { max-width: 820px; margin: 0 auto; padding: 16px 32px 32px; }
p.kicker { color: %4; font-size: 11pt; margin: 6px 0 2px; }
h1 { color: %5; font-size: 22pt; margin: 0 0 10px; }
dl.facts { display: flex; flex-wrap: wrap; margin: 0 0 18px; padding: 6px 0; border-top: 1px solid %6; border-bottom: 1px solid %6; }
dl.facts div { margin-right: 28px; }
dl.facts dt { color: %4; font-size: 7.5pt; }
dl.facts dd { margin: 0; font-weight: bold; }
h2 { color: %5; font-size: 13pt; margin: 22px 0 6px; break-after: avoid; }
nav ol { padding-left: 22px; margin: 0 0 12px; }
nav a { color: %1; }
table { border-collapse: collapse; width: 100%; margin: 2px 0 12px; }
th { background: %2; color: %3; text-align: left; padding: 4px 6px; font-size: 8.5pt; }
td { padding: 4px 6px; border-bottom: 1px solid %6; vertical-align: top; font-size: 8.5pt; }
tr { break-inside: avoid; }
table.facts { width: auto; }
table.facts td { border: none; padding: 2px 16px 2px 0; font-size: 10pt; }
table.facts td.label { color: %4; }
code.hash { font-family: 'DejaVu Sans Mono', monospace; font-size: 7.5pt; word-break: break-all; }
div.notice { border-left: 4px solid %7; background: %8; padding: 8px 12px; margin: 2px 0 12px; }
figure { margin: 6px 0 14px; text-align: center; break-inside: avoid; }
figure img { max-width: 100%; height: auto; }
figcaption { color: %4; font-style: italic; font-size: 8pt; }
section.audit h2 { font-size: 11pt; }
section.audit p { color: %4; font-size: 8.5pt; }
footer { color: %4; font-size: 8pt; border-top: 1px solid %6; margin-top: 28px; padding-top: 6px; }
@media print { header.band, th, div.notice { print-color-adjust: exact; -webkit-print-color-adjust: exact; } }
)"_s.arg(style::css(style::ink), style::css(look.primary), style::css(style::textOn(look.primary)),
         style::css(style::muted), style::css(heading), style::css(style::rule), style::css(look.accent),
         style::css(accentTint));
}

QString cell(const QString &text) {
    return style::looksLikeHash(text) ? u"<code class=\"hash\">%1</code>"_s.arg(escape(text)) : escape(text);
}

QString block(const NotesBlock &b) {
    QString html;
    switch (b.kind) {
    case NotesBlock::Kind::Paragraph:
        return u"<p>%1</p>\n"_s.arg(escape(b.text));
    case NotesBlock::Kind::Notice:
        return u"<div class=\"notice\">%1</div>\n"_s.arg(escape(b.text));
    case NotesBlock::Kind::Bullets:
        html += u"<ul>\n"_s;
        for (const QString &item : b.items)
            html += u"<li>%1</li>\n"_s.arg(escape(item));
        return html + u"</ul>\n"_s;
    case NotesBlock::Kind::Table:
        html += u"<table>\n<thead><tr>"_s;
        for (const QString &h : b.table.header)
            html += u"<th>%1</th>"_s.arg(escape(h));
        html += u"</tr></thead>\n<tbody>\n"_s;
        for (const QStringList &row : b.table.rows) {
            html += u"<tr>"_s;
            for (const QString &c : row)
                html += u"<td>%1</td>"_s.arg(cell(c));
            html += u"</tr>\n"_s;
        }
        return html + u"</tbody></table>\n"_s;
    case NotesBlock::Kind::Facts:
        html += u"<table class=\"facts\">\n"_s;
        for (const auto &[label, value] : b.facts)
            html += u"<tr><td class=\"label\">%1</td><td>%2</td></tr>\n"_s.arg(escape(label), escape(value));
        return html + u"</table>\n"_s;
    case NotesBlock::Kind::Picture:
        return u"<figure><img src=\"%1\" width=\"%2\" alt=\"%3\"/><figcaption>%3</figcaption></figure>\n"_s
            .arg(dataUri(b.picture))
            .arg(int(0.7 * b.picture.width()))
            .arg(escape(b.text));
    }
    return html;
}

} // namespace

QString toHtml(const NotesDocument &document) {
    const NotesLook &look = document.look;
    QString html =
        u"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n<title>%1 \u2014 %2</title>\n"
        "<style>%3</style>\n</head>\n<body>\n"_s.arg(escape(document.release), escape(document.title),
                                                     styleSheet(look));
    html += u"<header class=\"band\">"_s;
    if (!look.logo.isNull())
        html += u"<img src=\"%1\" alt=\"%2\"/>"_s.arg(dataUri(look.logo), escape(look.organisation));
    if (!look.organisation.isEmpty())
        html += u"<span class=\"organisation\">%1</span>"_s.arg(escape(look.organisation));
    html += u"</header>\n<main>\n"_s;
    html += u"<p class=\"kicker\">%1</p>\n<h1>%2</h1>\n"_s.arg(escape(document.title), escape(document.release));
    if (!document.titleFacts.isEmpty()) {
        html += u"<dl class=\"facts\">"_s;
        for (const auto &[label, value] : document.titleFacts)
            html += u"<div><dt>%1</dt><dd>%2</dd></div>"_s.arg(escape(label), escape(value));
        html += u"</dl>\n"_s;
    }
    if (document.sections.size() > sectionsWithoutContents) {
        html += u"<nav><h2>%1</h2><ol>\n"_s.arg(escape(tr("Contents")));
        for (qsizetype i = 0; i < document.sections.size(); ++i)
            html +=
                u"<li><a href=\"#section-%1\">%2</a></li>\n"_s.arg(i + 1).arg(escape(document.sections.at(i).title));
        html += u"</ol></nav>\n"_s;
    }
    for (qsizetype i = 0; i < document.sections.size(); ++i) {
        const NotesSection &section = document.sections.at(i);
        html += u"<section id=\"section-%1\">\n<h2>%2</h2>\n"_s.arg(i + 1).arg(escape(section.title));
        for (const NotesBlock &b : section.blocks)
            html += block(b);
        html += u"</section>\n"_s;
    }
    if (!document.auditHead.isEmpty()) {
        html +=
            u"<section class=\"audit\">\n<h2>%1</h2>\n<p>%2</p>\n<p><code class=\"hash\">%3</code></p>\n</section>\n"_s
                .arg(escape(tr("Audit trail")),
                     escape(tr("Produced from the audit trail whose newest entry has the SHA-256:")),
                     escape(document.auditHead));
    }
    if (!look.footer.isEmpty())
        html += u"<footer>%1</footer>\n"_s.arg(escape(look.footer));
    html += u"</main>\n</body>\n</html>\n"_s;
    return html;
}

} // namespace relm::notes

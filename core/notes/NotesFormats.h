#pragma once

#include "Result.h"
#include "notes/NotesDocument.h"

#include <atomic>
#include <functional>
#include <memory>

class QTextDocument;

namespace relm::notes {

enum class Format { Pdf, Html, Markdown };

std::optional<Format> formatFromKey(const QString &key);

/// How a rich-text document is laid out: for a screen (the organisation's band is part of the text) or for
/// A4 pages as the PDF prints them (the band is painted above the text, which is paginated).
enum class TextLayout { Screen, Print };

/// A web page in the document's look (colours, organisation, logo as a data URI, footer); pictures are
/// embedded as data URIs, and a contents list heads documents with many sections.
QString toHtml(const NotesDocument &document);
/// The document as rich text in its look (pictures as resources): for the preview, or paginated as the PDF
/// lays it out.
std::unique_ptr<QTextDocument> toTextDocument(const NotesDocument &document, TextLayout layout = TextLayout::Screen);
/// GitHub-flavoured Markdown; pictures are left out with their captions.
QString toMarkdown(const NotesDocument &document);

/// An A4 PDF that reads like a document: a title block on page 1 (the organisation's band, the title, the
/// release and its title facts) with the body flowing on after it; headings kept with what follows them;
/// a table of contents with page numbers only when the body runs past three pages; a running header (not
/// on page 1) and a footer with the look's text and "Page N of M"; tables whose header repeats on each
/// page; the audit chain head at the end when there is one. Fonts are embedded. Needs a QGuiApplication.
Result<void> writePdf(const NotesDocument &document, const QString &path,
                      const std::function<void(int page, int pages)> &progress = {},
                      const std::atomic<bool> *cancel = nullptr);

/// Writes the document in the format; the file is replaced only when writing succeeded.
Result<void> write(const NotesDocument &document, Format format, const QString &path);

} // namespace relm::notes

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

/// HTML with its own style sheet; pictures are embedded as data URIs.
QString toHtml(const NotesDocument &document);
/// The body as a rich-text document (pictures as resources), as the PDF lays it out and a preview
/// shows it.
std::unique_ptr<QTextDocument> toTextDocument(const NotesDocument &document, bool pageBreaks = false);
/// GitHub-flavoured Markdown; pictures are left out with their captions.
QString toMarkdown(const NotesDocument &document);

/// An A4 PDF: a cover (release, version, date, status), a table of contents with page numbers,
/// numbered pages with a header and a footer, tables whose header repeats on each page, and the
/// audit chain head at the end. Fonts are embedded. Needs a QGuiApplication.
Result<void> writePdf(const NotesDocument &document, const QString &path,
                      const std::function<void(int page, int pages)> &progress = {},
                      const std::atomic<bool> *cancel = nullptr);

/// Writes the document in the format; the file is replaced only when writing succeeded.
Result<void> write(const NotesDocument &document, Format format, const QString &path);

} // namespace relm::notes

#pragma once

#include "Result.h"
#include "notes/NotesTextDocument.h"

#include <atomic>
#include <functional>
#include <memory>

class QTextBlock;

namespace relm::notes {

/// Lays a document out on A4 pages so that it reads like one: the title block on page 1 with the body
/// flowing on after it, headings kept with what follows them, small sections and pictures kept whole,
/// a table of contents only when the document runs long; then paints the pages with the title band,
/// running header and numbered footer.
class PdfLayout final {
public:
    explicit PdfLayout(const NotesDocument &document);
    ~PdfLayout();
    Q_DISABLE_COPY_MOVE(PdfLayout)

    /// Builds and paginates the text (twice when it gets a table of contents).
    void layOut();

    int pageCount() const;
    /// The paginated text; taking it leaves the layout empty.
    std::unique_ptr<QTextDocument> takeText();

    /// Paints the pages into a PDF at `path`; the file is replaced only when all of it was written.
    Result<void> write(const QString &path, const std::function<void(int page, int pages)> &progress,
                       const std::atomic<bool> *cancel) const;

private:
    void build(bool withContents);
    void relayout();
    bool paginate();
    bool keepTogether(const TextMarks::Section &section);
    bool keepPicture(const TextMarks::Piece &piece);
    bool keepTableStart(const TextMarks::Piece &piece);
    double keepPoint(const TextMarks::Section &section) const;
    double tableKeepPoint(const TextMarks::Piece &piece) const;
    double bottomOf(const TextMarks::Piece &piece) const;
    double lineTop(const QTextBlock &block) const;
    double lineBottom(const QTextBlock &block, int line) const;
    void setBreakBefore(const QTextBlock &block);
    bool opensPage(const QTextBlock &block) const;
    QList<int> headingPages() const;
    bool fillContents();

    const NotesDocument &m_document;
    std::unique_ptr<QTextDocument> m_text;
    TextMarks m_marks;
};

} // namespace relm::notes

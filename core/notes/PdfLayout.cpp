#include "PdfLayout.h"

#include "notes/NotesStyle.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace relm::notes {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::notes", text);
}

using G = PageGeometry;

/// A document with more body pages than this gets a table of contents.
constexpr int pagesWithoutContents = 3;
/// Moving a section that would split to the next page may leave at most this much of a page empty.
constexpr double mostEmptyPage = 0.4;
/// What stays with a heading: about this many lines or rows of what follows it.
constexpr int linesKeptWithHeading = 3;
/// Each pass settles the breaks in reading order; a later pass only confirms them.
constexpr int paginationPasses = 4;

int pageOf(double y) {
    return int(std::floor(y / G::bodyHeight));
}

/// Half a unit of slack: a block placed exactly at a page's top belongs to that page.
int pageAt(double top) {
    return pageOf(top + 0.5);
}

/// Whether the body surely runs past the pages that need no contents: the least height its text and
/// table rows can take (every row and line at its smallest, no gaps) is already more.
bool surelyLong(const NotesDocument &document) {
    constexpr double line = 14;     // a body line at its least, in layout units
    constexpr double row = 18;      // a table row: a line and its padding
    constexpr double perLine = 120; // more characters never fit on a line
    const auto lines = [](const QString &text) {
        return 1 + int(text.size() / perLine);
    };
    double height = 0;
    for (const NotesSection &section : document.sections) {
        height += line;
        for (const NotesBlock &b : section.blocks) {
            switch (b.kind) {
            case NotesBlock::Kind::Paragraph:
            case NotesBlock::Kind::Notice:
                height += lines(b.text) * line;
                break;
            case NotesBlock::Kind::Bullets:
                for (const QString &item : b.items)
                    height += lines(item) * line;
                break;
            case NotesBlock::Kind::Table:
                height += double(b.table.rows.size() + 1) * row;
                break;
            case NotesBlock::Kind::Facts:
                height += double(b.facts.size()) * line;
                break;
            case NotesBlock::Kind::Picture:
                break;
            }
        }
    }
    return height > pagesWithoutContents * G::bodyHeight;
}

/// A font for the painter's 1/96-inch units: sized in pixels, so the device resolution does not scale
/// it a second time.
QFont pdfFont(double points, bool bold = false) {
    QFont font(u"DejaVu Sans"_s);
    font.setPixelSize(int(std::lround(points * 96.0 / 72.0)));
    font.setBold(bold);
    noLigatures(font);
    return font;
}

/// Up to `lines` lines of text wrapped to the width, the last one elided when more would follow.
QStringList wrapped(const QString &text, const QFont &font, double width, int lines) {
    QTextLayout layout(QString(text).replace(u'\n', u' '), font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    QStringList result;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (result.size() + 1 == lines) {
            const QString rest = layout.text().mid(line.textStart());
            result.append(QFontMetricsF(font).elidedText(rest, Qt::ElideRight, width));
            break;
        }
        result.append(layout.text().mid(line.textStart(), line.textLength()).trimmed());
    }
    layout.endLayout();
    return result;
}

class PagePainter final {
public:
    PagePainter(const NotesDocument &document, QTextDocument &text, QPdfWriter &writer)
        : m_document(document)
        , m_text(text)
        , m_painter(&writer) {
        const double scale = writer.resolution() / 96.0;
        m_painter.scale(scale, scale);
        m_painter.setRenderHint(QPainter::Antialiasing);
        m_painter.setRenderHint(QPainter::SmoothPixmapTransform);
    }

    bool isActive() const { return m_painter.isActive(); }
    void end() { m_painter.end(); }

    /// Page 1: the organisation's band across the top, in its colour, with its logo and name.
    void band() {
        const double mm = G::unitsPerMm;
        const QRectF band(0, 0, G::width, 19 * mm);
        m_painter.fillRect(band, m_document.look.primary);
        double x = G::left;
        const QImage &logo = m_document.look.logo;
        if (!logo.isNull()) {
            const double height = band.height() - 8 * mm;
            const double width = std::min(60 * mm, height * logo.width() / std::max(1, logo.height()));
            const QRectF target(x, band.center().y() - height / 2, width, height);
            const QSizeF fitted = QSizeF(logo.size()).scaled(target.size(), Qt::KeepAspectRatio);
            m_painter.drawImage(QRectF(target.topLeft(), fitted), logo);
            x += fitted.width() + 4 * mm;
        }
        if (!m_document.look.organisation.isEmpty()) {
            const QFont font = pdfFont(15, true);
            m_painter.setFont(font);
            m_painter.setPen(style::textOn(m_document.look.primary));
            const double width = G::width - G::right - x;
            m_painter.drawText(QRectF(x, band.top(), width, band.height()), Qt::AlignLeft | Qt::AlignVCenter,
                               QFontMetricsF(font).elidedText(m_document.look.organisation, Qt::ElideRight, width));
        }
    }

    /// Pages after the first: organisation — release — title, and a rule in the primary colour.
    void runningHeader() {
        const double mm = G::unitsPerMm;
        QStringList parts;
        for (const QString &part : {m_document.look.organisation, m_document.release, m_document.title}) {
            if (!part.isEmpty())
                parts.append(part);
        }
        const QFont font = pdfFont(7.5);
        m_painter.setFont(font);
        m_painter.setPen(style::muted);
        const QRectF header(G::left, 10 * mm, G::bodyWidth, 6 * mm);
        m_painter.drawText(header, Qt::AlignLeft | Qt::AlignBottom,
                           QFontMetricsF(font).elidedText(parts.join(u" \u2014 "_s), Qt::ElideRight, header.width()));
        m_painter.setPen(QPen(m_document.look.primary, 0.75));
        m_painter.drawLine(QPointF(G::left, 17.5 * mm), QPointF(G::width - G::right, 17.5 * mm));
    }

    /// Every page: the footer text (at most two lines) on the left, "Page N of M" on the right.
    void footer(int page, int pages) {
        const double mm = G::unitsPerMm;
        const double top = G::height - G::bottom + 4 * mm;
        m_painter.setPen(QPen(style::rule, 0.75));
        m_painter.drawLine(QPointF(G::left, top), QPointF(G::width - G::right, top));
        const QFont font = pdfFont(7.5);
        m_painter.setFont(font);
        m_painter.setPen(style::muted);
        const QFontMetricsF metrics(font);
        const QString number = tr("Page %1 of %2").arg(page).arg(pages);
        const double numberWidth = metrics.horizontalAdvance(number);
        const QString text = m_document.look.footer.isEmpty()
                                 ? tr("Produced %1 by Relm").arg(m_document.date.toString(Qt::ISODate))
                                 : m_document.look.footer;
        const QStringList lines = wrapped(text, font, G::bodyWidth - numberWidth - 10 * mm, 2);
        double y = top + 1.5 * mm;
        for (const QString &line : lines) {
            m_painter.drawText(QRectF(G::left, y, G::bodyWidth, metrics.height()), Qt::AlignLeft | Qt::AlignTop, line);
            y += metrics.lineSpacing();
        }
        m_painter.drawText(QRectF(G::left, top + 1.5 * mm, G::bodyWidth, metrics.height()),
                           Qt::AlignRight | Qt::AlignTop, number);
    }

    /// The part of the text that falls on the page, in the body area.
    void body(int page) {
        m_painter.save();
        m_painter.translate(G::left, G::top - page * G::bodyHeight);
        QAbstractTextDocumentLayout::PaintContext context;
        // A little room at the sides for italics and borders. At the top and bottom a hair less than the
        // page: a line that starts exactly where the next page starts belongs to that page only (else its
        // text, though clipped away, would also be in this page's text).
        context.clip = QRectF(-4, page * G::bodyHeight + 0.05, G::bodyWidth + 8, G::bodyHeight - 0.1);
        context.palette.setColor(QPalette::Text, style::ink);
        m_painter.setClipRect(context.clip);
        m_text.documentLayout()->draw(&m_painter, context);
        m_painter.restore();
    }

private:
    const NotesDocument &m_document;
    QTextDocument &m_text;
    QPainter m_painter;
};

} // namespace

PdfLayout::PdfLayout(const NotesDocument &document)
    : m_document(document) {}

PdfLayout::~PdfLayout() = default;

void PdfLayout::build(bool withContents) {
    m_text = buildTextDocument(m_document, TextLayout::Print, withContents, m_marks);
    relayout();
}

/// Finishes the layout. Qt lays a document out lazily, a part at a time; a change made before the layout
/// reached the end would leave the blocks after it with no lines, where the pagination must not see them.
void PdfLayout::relayout() {
    m_text->documentLayout()->documentSize();
}

void PdfLayout::layOut() {
    // A document that is long for sure is laid out with its contents straight away; otherwise without,
    // and again with them only when it runs past the pages that need none.
    if (!surelyLong(m_document)) {
        build(false);
        paginate();
        if (pageCount() <= pagesWithoutContents)
            return;
    }
    // Two passes: paginate with placeholder page numbers, then fill them in. The numbers sit in a column
    // of fixed width, so filling them in changes no line and no page.
    build(true);
    paginate();
    for (int round = 0; round < 3 && fillContents(); ++round)
        paginate();
}

int PdfLayout::pageCount() const {
    return m_text ? std::max(1, m_text->pageCount()) : 0;
}

std::unique_ptr<QTextDocument> PdfLayout::takeText() {
    m_marks = {};
    return std::move(m_text);
}

bool PdfLayout::paginate() {
    bool changedAny = false;
    for (int pass = 0; pass < paginationPasses; ++pass) {
        bool changed = false;
        for (const TextMarks::Section &section : m_marks.sections) {
            changed = keepTogether(section) || changed;
            for (const TextMarks::Piece &piece : section.pieces) {
                if (piece.kind == NotesBlock::Kind::Picture)
                    changed = keepPicture(piece) || changed;
                else if (piece.table && &piece != &section.pieces.constFirst() &&
                         (piece.kind == NotesBlock::Kind::Table || piece.kind == NotesBlock::Kind::Facts))
                    changed = keepTableStart(piece) || changed;
            }
        }
        changedAny = changedAny || changed;
        if (!changed)
            break;
    }
    return changedAny;
}

/// A heading goes to the next page when what must follow it does not fit under it, or when its section
/// is small enough for one page and would split, as long as the move leaves little of this page empty.
bool PdfLayout::keepTogether(const TextMarks::Section &section) {
    const QTextBlock heading = m_text->findBlockByNumber(section.heading);
    if (!heading.isValid() || opensPage(heading))
        return false;
    auto *layout = m_text->documentLayout();
    const double top = layout->blockBoundingRect(heading).top() - heading.blockFormat().topMargin();
    const int page = pageAt(top);
    bool move = pageOf(keepPoint(section) - 0.5) > page;
    if (!move && !section.pieces.isEmpty()) {
        const double bottom = bottomOf(section.pieces.constLast());
        const bool splits = pageOf(bottom - 0.5) > page;
        const bool fitsOnAPage = bottom - top <= G::bodyHeight;
        const double leftEmpty = (page + 1) * G::bodyHeight - top;
        move = splits && fitsOnAPage && leftEmpty <= mostEmptyPage * G::bodyHeight;
    }
    if (move)
        setBreakBefore(heading);
    return move;
}

/// A picture and its caption stay on one page.
bool PdfLayout::keepPicture(const TextMarks::Piece &piece) {
    const QTextBlock picture = m_text->findBlockByNumber(piece.firstBlock);
    if (!picture.isValid() || opensPage(picture))
        return false;
    const double top = m_text->documentLayout()->blockBoundingRect(picture).top();
    if (pageOf(bottomOf(piece) - 0.5) == pageAt(top))
        return false;
    setBreakBefore(picture);
    return true;
}

/// A table that is not the first piece of its section starts on the next page when its header and the
/// start of its first rows do not fit under what comes before it. (Rows longer than a line may go on at
/// the top of the next page, at a line's end, under the repeated header, as word processors do.)
bool PdfLayout::keepTableStart(const TextMarks::Piece &piece) {
    QTextTable *table = piece.table;
    if (table->rows() <= piece.headerRows)
        return false;
    const QTextBlock first = table->cellAt(0, 0).firstCursorPosition().block();
    const double top =
        lineTop(first) - table->cellAt(0, 0).format().toTableCellFormat().topPadding() - table->format().topMargin();
    if (top - pageAt(top) * G::bodyHeight < 6 ||
        table->format().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
        return false;
    if (pageOf(tableKeepPoint(piece) - 0.5) == pageAt(top))
        return false;
    QTextTableFormat format = table->format();
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    format.setTopMargin(0);
    table->setFormat(format);
    relayout();
    return true;
}

/// Where the part that must stay with the section's heading ends: the heading itself, and the first few
/// lines or rows of the first piece (all of a picture with its caption).
double PdfLayout::keepPoint(const TextMarks::Section &section) const {
    auto *layout = m_text->documentLayout();
    const QTextBlock heading = m_text->findBlockByNumber(section.heading);
    double keep = layout->blockBoundingRect(heading).bottom();
    if (section.pieces.isEmpty())
        return keep;
    const TextMarks::Piece &first = section.pieces.constFirst();
    if (first.kind == NotesBlock::Kind::Picture)
        return std::max(keep, bottomOf(first));
    if (first.table)
        return std::max(keep, tableKeepPoint(first));
    // Text: the first few lines across the piece's blocks (a list's first items).
    int lines = 0;
    for (int number = first.firstBlock; number >= 0 && number <= first.lastBlock; ++number) {
        const QTextBlock block = m_text->findBlockByNumber(number);
        const int count = block.layout() ? block.layout()->lineCount() : 0;
        if (count == 0)
            continue;
        const int wanted = std::min(count, linesKeptWithHeading - lines);
        keep = std::max(keep, lineBottom(block, wanted - 1));
        lines += wanted;
        if (lines >= linesKeptWithHeading)
            break;
    }
    return keep;
}

/// The header and the first rows of a table, as far as the first line of the last of them (a notice: its
/// first lines).
double PdfLayout::tableKeepPoint(const TextMarks::Piece &piece) const {
    QTextTable *table = piece.table;
    const int rows = table->rows();
    if (rows == 0)
        return 0;
    if (rows == 1 && table->columns() == 1)
        return lineBottom(table->cellAt(0, 0).firstCursorPosition().block(), linesKeptWithHeading - 1);
    const int last = std::min(rows - 1, piece.headerRows + linesKeptWithHeading - 2);
    double keep = 0;
    for (int c = 0; c < table->columns(); ++c)
        keep = std::max(keep, lineBottom(table->cellAt(last, c).firstCursorPosition().block(), 0));
    return keep;
}

double PdfLayout::lineTop(const QTextBlock &block) const {
    const QRectF rect = m_text->documentLayout()->blockBoundingRect(block);
    const QTextLayout *layout = block.layout();
    return layout && layout->lineCount() > 0 ? rect.top() + layout->lineAt(0).y() : rect.top();
}

double PdfLayout::bottomOf(const TextMarks::Piece &piece) const {
    auto *layout = m_text->documentLayout();
    if (piece.table)
        return layout->frameBoundingRect(piece.table).bottom();
    const QTextBlock last = m_text->findBlockByNumber(piece.lastBlock);
    return last.isValid() ? layout->blockBoundingRect(last).bottom() : 0;
}

double PdfLayout::lineBottom(const QTextBlock &block, int line) const {
    const QRectF rect = m_text->documentLayout()->blockBoundingRect(block);
    const QTextLayout *layout = block.layout();
    if (!layout || layout->lineCount() == 0)
        return rect.bottom();
    const QTextLine l = layout->lineAt(std::clamp(line, 0, layout->lineCount() - 1));
    return rect.top() + l.y() + l.height();
}

/// Whether the block already starts a page, where a page break before it would leave a blank page.
bool PdfLayout::opensPage(const QTextBlock &block) const {
    if (block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
        return true;
    const double top = m_text->documentLayout()->blockBoundingRect(block).top() - block.blockFormat().topMargin();
    return top - pageAt(top) * G::bodyHeight < 1.0;
}

void PdfLayout::setBreakBefore(const QTextBlock &block) {
    QTextBlockFormat format = block.blockFormat();
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    // At the top of a page the heading needs no space above it.
    format.setTopMargin(0);
    QTextCursor(block).setBlockFormat(format);
    relayout();
}

QList<int> PdfLayout::headingPages() const {
    QList<int> pages;
    for (const TextMarks::Section &section : m_marks.sections) {
        if (!section.listed)
            continue;
        const QTextBlock heading = m_text->findBlockByNumber(section.heading);
        pages.append(pageAt(m_text->documentLayout()->blockBoundingRect(heading).top()) + 1);
    }
    return pages;
}

/// Writes each section's page into the contents; false when they were all right already.
bool PdfLayout::fillContents() {
    if (!m_marks.contents)
        return false;
    const QList<int> pages = headingPages();
    QTextCursor edit(m_text.get());
    edit.beginEditBlock();
    bool changed = false;
    for (int row = 0; row < pages.size() && row < m_marks.contents->rows(); ++row) {
        const QTextTableCell cell = m_marks.contents->cellAt(row, 1);
        QTextCursor c = cell.firstCursorPosition();
        c.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
        const QString number = QString::number(pages.at(row));
        if (c.selectedText() == number)
            continue;
        QTextCursor first = cell.firstCursorPosition();
        first.movePosition(QTextCursor::NextCharacter); // the format of the number's first digit
        c.insertText(number, first.charFormat());
        changed = true;
    }
    edit.endEditBlock();
    if (changed)
        relayout();
    return changed;
}

Result<void> PdfLayout::write(const QString &path, const std::function<void(int, int)> &progress,
                              const std::atomic<bool> *cancel) const {
    if (!m_text)
        return makeError(ErrorCode::Invalid, tr("Cannot write a PDF to %1.").arg(path));
    const int pages = pageCount();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Storage, tr("Cannot write %1: %2").arg(path, file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Portrait);
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(300);
        writer.setTitle(m_document.release + u" \u2014 "_s + m_document.title);
        writer.setCreator(u"Relm"_s);
        PagePainter painter(m_document, *m_text, writer);
        if (!painter.isActive())
            return makeError(ErrorCode::Storage, tr("Cannot write a PDF to %1.").arg(path));
        for (int page = 0; page < pages; ++page) {
            if (cancel && cancel->load()) {
                painter.end();
                file.cancelWriting();
                return makeError(ErrorCode::Invalid, tr("Export stopped; nothing was written."));
            }
            if (page > 0)
                writer.newPage();
            if (page == 0)
                painter.band();
            else
                painter.runningHeader();
            painter.body(page);
            painter.footer(page + 1, pages);
            if (progress)
                progress(page + 1, pages);
        }
        painter.end();
    }
    if (!file.commit())
        return makeError(ErrorCode::Storage, tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace relm::notes

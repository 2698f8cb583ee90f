#include "NotesTextDocument.h"

#include "notes/NotesStyle.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QImage>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>
#include <QTextTable>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace relm::notes {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::notes", text);
}

/// Line breaks inside a paragraph or cell stay soft: one block, so pagination sees one piece.
QString softBreaks(QString text) {
    return text.replace(u'\n', QChar::LineSeparator);
}

QTextLength percent(double value) {
    return QTextLength(QTextLength::PercentageLength, value);
}

class Writer final {
public:
    Writer(const NotesDocument &document, TextLayout layout, QTextDocument &text, TextMarks &marks)
        : m_document(document)
        , m_layout(layout)
        , m_text(text)
        , m_marks(marks)
        , m_cursor(&text)
        , m_primary(style::readableOn(document.look.primary, Qt::white, 4.5))
        , m_onPrimary(style::textOn(document.look.primary)) {}

    void write(bool withContents) {
        m_cursor.beginEditBlock();
        if (m_layout == TextLayout::Screen)
            band();
        titleBlock();
        if (withContents)
            contents();
        for (const NotesSection &section : m_document.sections)
            writeSection(section);
        if (!m_document.auditHead.isEmpty())
            audit();
        m_cursor.endEditBlock();
    }

private:
    const NotesDocument &m_document;
    TextLayout m_layout;
    QTextDocument &m_text;
    TextMarks &m_marks;
    QTextCursor m_cursor;
    bool m_fresh = true; // the cursor's block is empty and unused: the next paragraph goes into it
    int m_pictures = 0;
    QColor m_primary;   // headings and the release name: the primary colour, readable on white
    QColor m_onPrimary; // text on the primary colour

    static QTextCharFormat textFormat(double points, const QColor &colour = style::ink, bool bold = false) {
        QTextCharFormat f;
        f.setFontPointSize(points);
        f.setForeground(colour);
        f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
        return f;
    }

    static QTextCharFormat monoFormat(double points) {
        QTextCharFormat f = textFormat(points);
        f.setFontFamilies({u"DejaVu Sans Mono"_s, u"monospace"_s});
        f.setFontFixedPitch(true);
        return f;
    }

    static QTextBlockFormat blockFormat(double top, double bottom, Qt::Alignment align = Qt::AlignLeft) {
        QTextBlockFormat f;
        f.setTopMargin(top);
        f.setBottomMargin(bottom);
        f.setAlignment(align);
        return f;
    }

    /// Starts a root block (reusing the empty one a table leaves behind) and returns its number.
    int newBlock(const QTextBlockFormat &format, const QTextCharFormat &charFormat) {
        if (m_fresh) {
            m_cursor.setBlockFormat(format);
            m_cursor.setBlockCharFormat(charFormat);
            m_fresh = false;
        } else {
            m_cursor.insertBlock(format, charFormat);
        }
        m_cursor.setCharFormat(charFormat);
        return m_cursor.blockNumber();
    }

    int paragraph(const QString &text, const QTextBlockFormat &format, const QTextCharFormat &charFormat) {
        const int number = newBlock(format, charFormat);
        m_cursor.insertText(softBreaks(text), charFormat);
        return number;
    }

    QTextTable *insertTable(int rows, int columns, QTextTableFormat format) {
        format.setBorderCollapse(true);
        format.setBorder(0);
        format.setCellSpacing(0);
        format.setCellPadding(0);
        if (!m_fresh)
            m_cursor.movePosition(QTextCursor::EndOfBlock);
        QTextTable *table = m_cursor.insertTable(rows, columns, format);
        return table;
    }

    void endTable() {
        m_cursor.movePosition(QTextCursor::End);
        m_fresh = true;
    }

    static void setCell(QTextTable *table, int row, int column, const QString &text, const QTextCharFormat &charFormat,
                        const QTextTableCellFormat &cellFormat, Qt::Alignment align = Qt::AlignLeft) {
        QTextTableCell cell = table->cellAt(row, column);
        cell.setFormat(cellFormat);
        QTextCursor c = cell.firstCursorPosition();
        QTextBlockFormat block;
        block.setAlignment(align);
        c.setBlockFormat(block);
        // Not setBlockCharFormat: a cell's first block shares its character format with the cell itself.
        c.insertText(softBreaks(text), charFormat);
    }

    static QTextTableCellFormat cellFormat(double vertical, double horizontal) {
        QTextTableCellFormat f;
        f.setTopPadding(vertical);
        f.setBottomPadding(vertical);
        f.setLeftPadding(horizontal);
        f.setRightPadding(horizontal);
        return f;
    }

    // --- title ---------------------------------------------------------------------------------

    /// The organisation's band for the screen; the PDF paints the same band across the top of page 1.
    void band() {
        QTextTableFormat format;
        format.setWidth(percent(100));
        format.setBottomMargin(8);
        QTextTable *table = insertTable(1, 1, format);
        QTextTableCellFormat cell = cellFormat(8, 12);
        cell.setBackground(m_document.look.primary);
        cell.setBorder(0);
        table->cellAt(0, 0).setFormat(cell);
        QTextCursor c = table->cellAt(0, 0).firstCursorPosition();
        const QTextCharFormat name = textFormat(14, m_onPrimary, true);
        if (!m_document.look.logo.isNull()) {
            m_text.addResource(QTextDocument::ImageResource, QUrl(u"relm-logo"_s), m_document.look.logo);
            QTextImageFormat logo;
            logo.setName(u"relm-logo"_s);
            constexpr double height = 36;
            logo.setHeight(height);
            logo.setWidth(
                std::round(height * m_document.look.logo.width() / std::max(1, m_document.look.logo.height())));
            logo.setVerticalAlignment(QTextCharFormat::AlignMiddle);
            c.insertImage(logo);
            c.insertText(u"   "_s, name);
        }
        // An empty band still shows the organisation's colour, one line high.
        c.insertText(m_document.look.organisation.isEmpty() ? u" "_s : m_document.look.organisation, name);
        endTable();
    }

    void titleBlock() {
        paragraph(m_document.title, blockFormat(2, 2), textFormat(11, style::muted));
        paragraph(m_document.release, blockFormat(0, 8), textFormat(22, m_primary, true));
        if (m_document.titleFacts.isEmpty())
            return;
        // The facts as a strip of label-over-value cells, at most four a row.
        const int perRow = std::min<int>(4, int(m_document.titleFacts.size()));
        const int rows = int((m_document.titleFacts.size() + perRow - 1) / perRow);
        QTextTableFormat format;
        format.setBottomMargin(14);
        QTextTable *table = insertTable(rows, perRow, format);
        for (int i = 0; i < m_document.titleFacts.size(); ++i) {
            const int row = i / perRow;
            const int column = i % perRow;
            QTextTableCellFormat cell = cellFormat(5, 0);
            cell.setRightPadding(28);
            cell.setTopBorder(row == 0 ? 1 : 0);
            cell.setTopBorderBrush(style::rule);
            cell.setTopBorderStyle(QTextFrameFormat::BorderStyle_Solid);
            cell.setBottomBorder(row == rows - 1 ? 1 : 0);
            cell.setBottomBorderBrush(style::rule);
            cell.setBottomBorderStyle(QTextFrameFormat::BorderStyle_Solid);
            cell.setLeftBorder(0);
            cell.setRightBorder(0);
            QTextTableCell c = table->cellAt(row, column);
            c.setFormat(cell);
            QTextCursor cursor = c.firstCursorPosition();
            const auto &[label, value] = m_document.titleFacts.at(i);
            cursor.insertText(label, textFormat(7.5, style::muted));
            cursor.insertText(QString(QChar::LineSeparator));
            cursor.insertText(softBreaks(value), textFormat(10, style::ink, true));
        }
        for (int i = int(m_document.titleFacts.size()); i < rows * perRow; ++i) {
            QTextTableCellFormat cell = cellFormat(5, 0);
            cell.setBottomBorder(1);
            cell.setBottomBorderBrush(style::rule);
            cell.setBottomBorderStyle(QTextFrameFormat::BorderStyle_Solid);
            table->cellAt(i / perRow, i % perRow).setFormat(cell);
        }
        endTable();
    }

    /// Heading and a two-column table (title, page number); the numbers come once the text is paginated.
    void contents() {
        heading(tr("Contents"), 13, 10);
        int listed = 0;
        for (const NotesSection &section : m_document.sections)
            listed += section.title.isEmpty() ? 0 : 1;
        if (listed == 0)
            return;
        QTextTableFormat format;
        format.setWidth(percent(100));
        format.setColumnWidthConstraints({QTextLength(), QTextLength(QTextLength::FixedLength, 48)});
        format.setBottomMargin(6);
        QTextTable *table = insertTable(listed, 2, format);
        QTextTableCellFormat cell = cellFormat(2, 0);
        cell.setBottomBorder(0.6);
        cell.setBottomBorderBrush(style::rule);
        cell.setBottomBorderStyle(QTextFrameFormat::BorderStyle_Dotted);
        cell.setTopBorder(0);
        cell.setLeftBorder(0);
        cell.setRightBorder(0);
        int row = 0;
        for (const NotesSection &section : m_document.sections) {
            if (section.title.isEmpty())
                continue;
            setCell(table, row, 0, section.title, textFormat(bodyPointSize), cell);
            setCell(table, row, 1, u"0"_s, textFormat(bodyPointSize), cell, Qt::AlignRight);
            ++row;
        }
        m_marks.contents = table;
        endTable();
    }

    // --- sections ------------------------------------------------------------------------------

    int heading(const QString &title, double points, double top) {
        QTextBlockFormat format = blockFormat(top, 5);
        format.setHeadingLevel(points >= 13 ? 1 : 2);
        return paragraph(title, format, textFormat(points, m_primary, true));
    }

    void writeSection(const NotesSection &section) {
        TextMarks::Section marks;
        marks.title = section.title;
        marks.listed = !section.title.isEmpty();
        marks.heading = heading(section.title, 13, 16);
        for (const NotesBlock &block : section.blocks)
            marks.pieces.append(writeBlock(block));
        m_marks.sections.append(marks);
    }

    TextMarks::Piece writeBlock(const NotesBlock &b) {
        TextMarks::Piece piece;
        piece.kind = b.kind;
        switch (b.kind) {
        case NotesBlock::Kind::Paragraph:
            piece.firstBlock = piece.lastBlock = paragraph(b.text, blockFormat(0, 6), textFormat(bodyPointSize));
            break;
        case NotesBlock::Kind::Notice:
            piece.table = notice(b.text);
            break;
        case NotesBlock::Kind::Bullets:
            bullets(b.items, piece);
            break;
        case NotesBlock::Kind::Table:
            piece.table = table(b.table);
            piece.headerRows = b.table.header.isEmpty() ? 0 : 1;
            break;
        case NotesBlock::Kind::Facts:
            piece.table = facts(b.facts);
            break;
        case NotesBlock::Kind::Picture:
            picture(b, piece);
            break;
        }
        return piece;
    }

    QTextTable *notice(const QString &text) {
        QTextTableFormat format;
        format.setWidth(percent(100));
        format.setTopMargin(2);
        format.setBottomMargin(10);
        QTextTable *table = insertTable(1, 1, format);
        QTextTableCellFormat cell = cellFormat(6, 10);
        const QColor background = style::tint(m_document.look.accent, 0.12);
        cell.setBackground(background);
        cell.setLeftBorder(4);
        cell.setLeftBorderBrush(m_document.look.accent);
        cell.setLeftBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        cell.setTopBorder(0);
        cell.setBottomBorder(0);
        cell.setRightBorder(0);
        setCell(table, 0, 0, text, textFormat(bodyPointSize, style::readableOn(style::ink, background, 7)), cell);
        endTable();
        return table;
    }

    void bullets(const QStringList &items, TextMarks::Piece &piece) {
        if (items.isEmpty())
            return;
        const QTextCharFormat format = textFormat(bodyPointSize);
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (i == 0) {
                piece.firstBlock = newBlock(blockFormat(0, 3), format);
                QTextListFormat list;
                list.setStyle(QTextListFormat::ListDisc);
                list.setIndent(1);
                m_cursor.createList(list);
            } else {
                QTextBlockFormat item = m_cursor.blockFormat();
                item.setBottomMargin(i + 1 == items.size() ? 8 : 3);
                m_cursor.insertBlock(item, format);
            }
            m_cursor.insertText(softBreaks(items.at(i)), format);
        }
        piece.lastBlock = m_cursor.blockNumber();
    }

    QTextTable *table(const NotesTable &data) {
        const int columns = int(data.header.size());
        if (columns == 0)
            return nullptr;
        const int header = 1;
        const int rows = header + int(data.rows.size());
        QTextTableFormat format;
        format.setWidth(percent(100));
        format.setHeaderRowCount(header);
        format.setTopMargin(2);
        format.setBottomMargin(10);
        const double hashPoints = fitHashes(data, format);
        QTextTable *table = insertTable(rows, columns, format);

        QTextTableCellFormat head = cellFormat(3.5, cellPadding);
        head.setBackground(m_document.look.primary);
        head.setBorder(0);
        const QTextCharFormat headText = textFormat(8.5, m_onPrimary, true);
        for (int c = 0; c < columns; ++c)
            setCell(table, 0, c, data.header.at(c), headText, head);

        QTextTableCellFormat body = cellFormat(3, cellPadding);
        body.setTopBorder(0);
        body.setLeftBorder(0);
        body.setRightBorder(0);
        body.setBottomBorder(0.75);
        body.setBottomBorderBrush(style::rule);
        body.setBottomBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        const QTextCharFormat bodyText = textFormat(8.5);
        const QTextCharFormat hashText = monoFormat(hashPoints);
        for (int r = 0; r < data.rows.size(); ++r) {
            const QStringList &row = data.rows.at(r);
            for (int c = 0; c < columns && c < row.size(); ++c) {
                const QString &text = row.at(c);
                setCell(table, header + r, c, text, style::looksLikeHash(text) ? hashText : bodyText, body);
            }
            for (int c = int(row.size()); c < columns; ++c)
                table->cellAt(header + r, c).setFormat(body);
        }
        endTable();
        return table;
    }

    static constexpr double cellPadding = 5;

    /// On a page, a column of hashes gets the width of a hash on one line, in the largest small mono size
    /// that leaves the other columns room for their longest words; the size it chose, in points.
    double fitHashes(const NotesTable &data, QTextTableFormat &format) const {
        constexpr double largest = 7;
        if (m_layout != TextLayout::Print)
            return largest;
        const int columns = int(data.header.size());
        QList<qsizetype> hashLength(columns, 0);
        QList<QString> longestWord(columns);
        for (const QStringList &row : data.rows) {
            for (int c = 0; c < columns && c < row.size(); ++c) {
                if (style::looksLikeHash(row.at(c))) {
                    hashLength[c] = std::max(hashLength[c], row.at(c).size());
                    continue;
                }
                for (const QString &word : row.at(c).split(u' ', Qt::SkipEmptyParts)) {
                    if (word.size() > longestWord[c].size())
                        longestWord[c] = word;
                }
            }
        }
        if (std::all_of(hashLength.cbegin(), hashLength.cend(), [](qsizetype n) { return n == 0; }))
            return largest;
        QPaintDevice *device = m_text.documentLayout()->paintDevice();
        QFont text = m_text.defaultFont();
        text.setPointSizeF(8.5);
        QFont bold = text;
        bold.setBold(true);
        double others = 0;
        for (int c = 0; c < columns; ++c) {
            if (hashLength[c] == 0)
                others += std::max(QFontMetricsF(text, device).horizontalAdvance(longestWord[c]),
                                   QFontMetricsF(bold, device).horizontalAdvance(data.header.at(c))) +
                          2 * cellPadding + 1;
        }
        for (double points : {largest, 6.5, 6.0}) {
            QFont mono = text;
            mono.setFamilies({u"DejaVu Sans Mono"_s, u"monospace"_s});
            mono.setPointSizeF(points);
            const double digit = QFontMetricsF(mono, device).horizontalAdvance(u"0123456789abcdef"_s) / 16;
            QList<QTextLength> widths(columns);
            double hashes = 0;
            for (int c = 0; c < columns; ++c) {
                if (hashLength[c] > 0) {
                    widths[c] = QTextLength(QTextLength::FixedLength,
                                            std::ceil(digit * double(hashLength[c])) + 2 * cellPadding + 2);
                    hashes += widths[c].rawValue();
                }
            }
            if (hashes + others <= PageGeometry::bodyWidth) {
                format.setColumnWidthConstraints(widths);
                return points;
            }
        }
        return 6.0; // no room: the hashes wrap in their column
    }

    QTextTable *facts(const QList<std::pair<QString, QString>> &facts) {
        if (facts.isEmpty())
            return nullptr;
        QTextTableFormat format;
        format.setTopMargin(0);
        format.setBottomMargin(8);
        QTextTable *table = insertTable(int(facts.size()), 2, format);
        QTextTableCellFormat label = cellFormat(1.5, 0);
        label.setRightPadding(16);
        label.setBorder(0);
        QTextTableCellFormat value = cellFormat(1.5, 0);
        value.setBorder(0);
        for (int r = 0; r < facts.size(); ++r) {
            setCell(table, r, 0, facts.at(r).first, textFormat(bodyPointSize, style::muted), label);
            setCell(table, r, 1, facts.at(r).second, textFormat(bodyPointSize), value);
        }
        endTable();
        return table;
    }

    void picture(const NotesBlock &b, TextMarks::Piece &piece) {
        const QString name = u"relm-picture-%1"_s.arg(m_pictures++);
        m_text.addResource(QTextDocument::ImageResource, QUrl(name), b.picture);
        // Pictures carry text drawn in pixels; at 70 % it reads like the body text. Never wider than the
        // text, never taller than most of a page, so a picture always fits on one.
        const double maxWidth = m_layout == TextLayout::Print ? PageGeometry::bodyWidth : 540; // the preview's width
        const double maxHeight = 0.75 * PageGeometry::bodyHeight;
        double width = 0.7 * b.picture.width();
        double height = 0.7 * b.picture.height();
        const double scale = std::min({1.0, maxWidth / std::max(1.0, width), maxHeight / std::max(1.0, height)});
        width *= scale;
        height *= scale;
        QTextImageFormat image;
        image.setName(name);
        image.setWidth(std::floor(width));
        image.setHeight(std::floor(height));
        piece.firstBlock = newBlock(blockFormat(4, 2, Qt::AlignHCenter), textFormat(bodyPointSize));
        m_cursor.insertImage(image);
        piece.lastBlock = piece.firstBlock;
        if (!b.text.isEmpty())
            piece.lastBlock = paragraph(b.text, blockFormat(0, 10, Qt::AlignHCenter), [] {
                QTextCharFormat caption = textFormat(8, style::muted);
                caption.setFontItalic(true);
                return caption;
            }());
    }

    void audit() {
        TextMarks::Section marks;
        marks.title = tr("Audit trail");
        marks.listed = false;
        marks.heading = heading(marks.title, 11, 18);
        TextMarks::Piece text;
        text.firstBlock = paragraph(tr("Produced from the audit trail whose newest entry has the SHA-256:"),
                                    blockFormat(0, 3), textFormat(8.5, style::muted));
        text.lastBlock = paragraph(m_document.auditHead, blockFormat(0, 0), monoFormat(8));
        marks.pieces.append(text);
        m_marks.sections.append(marks);
    }
};

/// Lays the text out for a 96-dpi device whatever screen the program runs on, so the printed pages do
/// not depend on the monitor.
QPaintDevice *layoutDevice() {
    static QImage device = [] {
        QImage image(1, 1, QImage::Format_ARGB32);
        image.setDotsPerMeterX(int(std::lround(96 / 0.0254)));
        image.setDotsPerMeterY(int(std::lround(96 / 0.0254)));
        return image;
    }();
    return &device;
}

} // namespace

void noLigatures(QFont &font) {
    // Qt shapes without ligatures once a letter spacing is set; a 1/50 pixel is invisible.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.02);
}

std::unique_ptr<QTextDocument> buildTextDocument(const NotesDocument &document, TextLayout layout, bool withContents,
                                                 TextMarks &marks) {
    marks = {};
    auto text = std::make_unique<QTextDocument>();
    text->setUndoRedoEnabled(false);
    text->setDocumentMargin(layout == TextLayout::Print ? 0 : 14);
    QFont base(u"DejaVu Sans"_s);
    base.setPointSizeF(bodyPointSize);
    noLigatures(base);
    text->setDefaultFont(base);
    QTextOption option = text->defaultTextOption();
    // A word longer than its column (a path, a URL) breaks rather than running off the page.
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    text->setDefaultTextOption(option);
    if (layout == TextLayout::Print) {
        // Set up before the content goes in, so that it is laid out once, at the end of the edit.
        text->setUseDesignMetrics(true);
        text->documentLayout()->setPaintDevice(layoutDevice());
        text->setPageSize(QSizeF(PageGeometry::bodyWidth, PageGeometry::bodyHeight));
    }
    Writer(document, layout, *text, marks).write(withContents);
    return text;
}

} // namespace relm::notes

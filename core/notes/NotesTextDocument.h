#pragma once

#include "notes/NotesDocument.h"
#include "notes/NotesFormats.h"

#include <QList>

#include <memory>

class QFont;
class QTextDocument;
class QTextTable;

namespace relm::notes {

/// The printed page the text is laid out for, in layout units (1/96 inch): A4 portrait.
struct PageGeometry {
    static constexpr double unitsPerMm = 96.0 / 25.4;
    static constexpr double width = 210 * unitsPerMm;
    static constexpr double height = 297 * unitsPerMm;
    static constexpr double left = 20 * unitsPerMm;
    static constexpr double right = 20 * unitsPerMm;
    static constexpr double top = 24 * unitsPerMm;
    static constexpr double bottom = 22 * unitsPerMm;
    // Whole units: Qt's layout keeps page boundaries in 1/64 units, and a boundary the painter places
    // differently would print a line's top on the page before.
    static constexpr double bodyWidth = int(width - left - right);
    static constexpr double bodyHeight = int(height - top - bottom);
};

/// Where the parts of a document ended up in the rich text, so that pagination can find them.
struct TextMarks {
    /// One NotesBlock as written: root blocks for text and pictures, a table for tables, facts and notices.
    struct Piece {
        NotesBlock::Kind kind = NotesBlock::Kind::Paragraph;
        int firstBlock = -1;
        int lastBlock = -1; ///< a picture's caption, a list's last item
        QTextTable *table = nullptr;
        int headerRows = 0;
    };
    struct Section {
        QString title;
        int heading = -1;   ///< the heading's block number
        bool listed = true; ///< whether the table of contents lists it
        QList<Piece> pieces;
    };
    QList<Section> sections;
    QTextTable *contents = nullptr; ///< the table of contents (page numbers in column 1); null when there is none
};

/// Writes a NotesDocument as rich text in the document's look. For a screen the title band is part of the
/// text; for print it is not (the PDF paints it above the text), and a table of contents can be added whose
/// page numbers are filled in once the text is paginated.
std::unique_ptr<QTextDocument> buildTextDocument(const NotesDocument &document, TextLayout layout, bool withContents,
                                                 TextMarks &marks);

/// Turns off ligatures ("fi" as one glyph), so that text copied or extracted from a PDF reads as typed.
void noLigatures(QFont &font);

/// The font size of the body text, in points.
inline constexpr double bodyPointSize = 9.5;

} // namespace relm::notes

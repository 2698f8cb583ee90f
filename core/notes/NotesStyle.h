#pragma once

#include <QColor>
#include <QString>

namespace relm::notes::style {

/// The text colour of every document: near black, softer than pure black on white paper.
inline const QColor ink(0x1a, 0x1a, 0x1a);
/// Secondary text: labels, captions, the running header and footer.
inline const QColor muted(0x5b, 0x65, 0x73);
/// Hairlines between table rows.
inline const QColor rule(0xd5, 0xdb, 0xe3);

/// The relative luminance of a colour (WCAG 2), 0 for black to 1 for white.
double luminance(const QColor &colour);
/// The contrast ratio of two colours (WCAG 2), from 1 (none) to 21 (black on white).
double contrast(const QColor &a, const QColor &b);
/// White or ink, whichever reads better on the background (for text on a coloured band or header).
QColor textOn(const QColor &background);
/// The colour, darkened or lightened only as far as it needs to reach the contrast ratio on the background.
QColor readableOn(const QColor &colour, const QColor &background, double ratio = 4.5);
/// The colour mixed with white: `amount` 0 gives white, 1 the colour itself.
QColor tint(const QColor &colour, double amount);
/// "#rrggbb", for style sheets.
QString css(const QColor &colour);

/// Whether a table cell holds a hash or a similar long code (SHA-256, commit ids) that reads better in a
/// small monospaced font than wrapped in the middle.
bool looksLikeHash(const QString &text);

} // namespace relm::notes::style

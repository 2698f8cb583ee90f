#pragma once

#include <QColor>

namespace relm {

/// Colours that read in light and dark palettes alike: fixed colours that carry meaning (risk bands,
/// outcomes, the critical path) are moved just as far as needed to keep their contrast with the
/// ground they are drawn on, and labels on coloured fills take black or white by the fill.
namespace legible {

/// How well two colours tell apart, as WCAG 2 measures it: 1 (the same) to 21 (black on white).
double contrast(const QColor &a, const QColor &b);
/// Black or white, whichever reads better on `fill` (a count on a heat-map cell, a band name).
QColor textOn(const QColor &fill);
/// `colour` in its hue, lightened or darkened until it has `minimum` contrast with `background`
/// (4.5 for text, 3 for lines and marks); unchanged when it already has.
QColor on(const QColor &colour, const QColor &background, double minimum = 4.5);
/// `colour` as text on the application palette's base: for models, which have no widget to ask.
QColor onBase(const QColor &colour);
/// Relm's red for problems and its green for a good verdict, as text on the window's ground.
QColor problemText();
QColor goodText();
/// A style sheet rule that colours a label's text as a problem ("color: #…").
QString problemStyle();
/// `a` moved towards `b` by `t` (0 gives `a`, 1 gives `b`).
QColor mix(const QColor &a, const QColor &b, double t);

} // namespace legible
} // namespace relm

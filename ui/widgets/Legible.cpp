#include "Legible.h"

#include <QGuiApplication>
#include <QPalette>

#include <algorithm>
#include <cmath>

namespace relm::legible {

namespace {
/// Relative luminance of an sRGB colour (WCAG 2).
double luminance(const QColor &colour) {
    const auto linear = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = colour.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) + 0.0722 * linear(rgb.blueF());
}
} // namespace

double contrast(const QColor &a, const QColor &b) {
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor textOn(const QColor &fill) {
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    return contrast(fill, black) >= contrast(fill, white) ? black : white;
}

QColor mix(const QColor &a, const QColor &b, double t) {
    const QColor x = a.toRgb();
    const QColor y = b.toRgb();
    return QColor::fromRgbF(float(x.redF() * (1 - t) + y.redF() * t), float(x.greenF() * (1 - t) + y.greenF() * t),
                            float(x.blueF() * (1 - t) + y.blueF() * t), float(x.alphaF()));
}

QColor on(const QColor &colour, const QColor &background, double minimum) {
    if (!colour.isValid() || contrast(colour, background) >= minimum)
        return colour;
    // Towards white on a dark ground, towards black on a light one: the hue stays recognisable.
    const QColor target = textOn(background);
    QColor moved = colour;
    for (double t = 0.1; t < 1.0 && contrast(moved, background) < minimum; t += 0.1)
        moved = mix(colour, target, t);
    return contrast(moved, background) >= minimum ? moved : target;
}

QColor onBase(const QColor &colour) {
    return on(colour, QGuiApplication::palette().color(QPalette::Base));
}

QColor problemText() {
    return on(QColor(0xc6, 0x28, 0x28), QGuiApplication::palette().color(QPalette::Window));
}

QColor goodText() {
    return on(QColor(0x2e, 0x7d, 0x32), QGuiApplication::palette().color(QPalette::Window));
}

QString problemStyle() {
    return QStringLiteral("color: %1;").arg(problemText().name());
}

} // namespace relm::legible

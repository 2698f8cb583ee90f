#include "NotesStyle.h"

#include <algorithm>
#include <cmath>

namespace relm::notes::style {

namespace {

double linear(double channel) {
    return channel <= 0.03928 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

QColor mix(const QColor &from, const QColor &to, double amount) {
    const auto channel = [amount](int a, int b) {
        return int(std::lround(a + (b - a) * amount));
    };
    return QColor(channel(from.red(), to.red()), channel(from.green(), to.green()), channel(from.blue(), to.blue()));
}

} // namespace

double luminance(const QColor &colour) {
    const QColor c = colour.toRgb();
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}

double contrast(const QColor &a, const QColor &b) {
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor textOn(const QColor &background) {
    return contrast(background, Qt::white) >= contrast(background, ink) ? QColor(Qt::white) : ink;
}

QColor readableOn(const QColor &colour, const QColor &background, double ratio) {
    if (!colour.isValid())
        return ink;
    // Towards black on a light background, towards white on a dark one, in small steps.
    const QColor target = luminance(background) > 0.5 ? QColor(Qt::black) : QColor(Qt::white);
    QColor result = colour.toRgb();
    for (int step = 1; step <= 20 && contrast(result, background) < ratio; ++step)
        result = mix(colour.toRgb(), target, step / 20.0);
    return result;
}

QColor tint(const QColor &colour, double amount) {
    return mix(QColor(Qt::white), colour.toRgb(), std::clamp(amount, 0.0, 1.0));
}

QString css(const QColor &colour) {
    return colour.toRgb().name(QColor::HexRgb);
}

bool looksLikeHash(const QString &text) {
    if (text.size() < 24 || text.size() > 128)
        return false;
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
    });
}

} // namespace relm::notes::style

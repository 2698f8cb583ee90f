#include "WorkTimeText.h"

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace relm::work_time {

namespace {

constexpr qint64 minutesPerDay = 8 * 60;
constexpr qint64 minutesPerWeek = 5 * minutesPerDay;

/// A number with an optional point and decimals, nothing else (no sign, no grouping).
std::optional<double> plainNumber(QStringView text) {
    if (text.isEmpty() || text.startsWith(u'.') || text.endsWith(u'.') || text.count(u'.') > 1)
        return std::nullopt;
    for (const QChar c : text) {
        if (!(c.isDigit() && c.unicode() < 128) && c != u'.')
            return std::nullopt;
    }
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

std::optional<qint64> unitOf(QChar last) {
    switch (last.toLower().unicode()) {
    case u'm':
        return 1;
    case u'h':
        return 60;
    case u'd':
    case u't': // Tage
        return minutesPerDay;
    case u'w':
        return minutesPerWeek;
    default:
        return std::nullopt;
    }
}

} // namespace

std::optional<qint64> parse(QStringView text, Sign sign) {
    QStringView value = text.trimmed();
    const bool negative = sign == Sign::Allowed && value.startsWith(u'-');
    if (negative)
        value = value.mid(1).trimmed();
    if (value.isEmpty())
        return std::nullopt;
    qint64 unit = minutesPerDay;
    if (!value.back().isDigit()) {
        const auto named = unitOf(value.back());
        if (!named)
            return std::nullopt;
        unit = *named;
        value = value.chopped(1).trimmed();
    }
    const auto number = plainNumber(value);
    // Far beyond any plan: kept finite here, and refused with a message by the task rules.
    if (!number || *number * double(unit) > 1e13)
        return std::nullopt;
    const qint64 minutes = qint64(std::llround(*number * double(unit)));
    return negative ? -minutes : minutes;
}

QString format(qint64 minutes) {
    if (minutes != 0 && minutes % minutesPerDay == 0)
        return QString::number(minutes / minutesPerDay) + u"d"_s;
    if (minutes % 60 == 0)
        return minutes == 0 ? u"0d"_s : QString::number(minutes / 60) + u"h"_s;
    return QString::number(minutes) + u"m"_s;
}

} // namespace relm::work_time

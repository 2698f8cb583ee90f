#pragma once

#include <QString>

namespace relm {

/// The range and ticks of a chart's value axis: round steps (1, 2 or 5 times a power of ten), a
/// range that starts and ends on a tick, and labels with just the decimals the step needs.
struct AxisScale {
    double min = 0;
    double max = 1;
    double step = 1;
    int tickCount = 2;
    QString labelFormat = QStringLiteral("%.0f"); ///< printf style, as QValueAxis takes it

    struct Options {
        bool wholeNumbers = false; ///< counts: never a step below 1
        double ceiling = 0;        ///< when above 0, the range never goes past it (100 for %)
        int mostTicks = 6;         ///< at most this many ticks
        bool includeZero = true;   ///< bars and rates start at zero
    };

    /// The scale for values from `low` to `high` (either may be the other's side of zero).
    static AxisScale forValues(double low, double high, const Options &options);
};

} // namespace relm

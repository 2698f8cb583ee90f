#include "AxisScale.h"

#include <algorithm>
#include <cmath>

namespace relm {

namespace {

/// The smallest round step (1, 2 or 5 × 10^k) that covers `span` in `intervals` steps.
double roundStep(double span, int intervals) {
    const double raw = span / std::max(1, intervals);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (factor * magnitude >= raw - 1e-12)
            return factor * magnitude;
    }
    return 10 * magnitude;
}

} // namespace

AxisScale AxisScale::forValues(double low, double high, const Options &options) {
    if (!std::isfinite(low) || !std::isfinite(high))
        low = high = 0;
    if (low > high)
        std::swap(low, high);
    if (options.includeZero) {
        low = std::min(low, 0.0);
        high = std::max(high, 0.0);
    }
    if (options.ceiling > 0)
        high = std::min(high, options.ceiling);
    const bool empty = high - low < 1e-9;
    if (empty)
        high = low + (options.wholeNumbers ? 1 : std::max(1.0, std::abs(low)));

    AxisScale scale;
    const int intervals = std::max(1, options.mostTicks - 1);
    scale.step = roundStep(high - low, intervals);
    if (options.wholeNumbers)
        scale.step = std::max(1.0, std::round(scale.step));
    scale.min = std::floor(low / scale.step + 1e-9) * scale.step;
    scale.max = std::ceil(high / scale.step - 1e-9) * scale.step;
    if (options.ceiling > 0 && scale.max > options.ceiling)
        scale.max = options.ceiling;
    // The extreme value sits on the top line only when it is the ceiling; otherwise leave a step
    // of air above it so a dot or bar never touches the frame.
    if (!empty && scale.max <= high + 1e-9 && !(options.ceiling > 0 && high >= options.ceiling))
        scale.max += scale.step;
    if (options.ceiling > 0)
        scale.max = std::min(scale.max, options.ceiling);
    scale.tickCount = int(std::lround((scale.max - scale.min) / scale.step)) + 1;
    const int decimals = scale.step >= 1 ? 0 : int(std::ceil(-std::log10(scale.step) - 1e-9));
    scale.labelFormat = QStringLiteral("%.") + QString::number(decimals) + QStringLiteral("f");
    return scale;
}

} // namespace relm

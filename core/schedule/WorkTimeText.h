#pragma once

#include <QString>

#include <optional>

namespace relm::work_time {

/// Whether a leading minus is read: lags may be leads, durations are never negative.
enum class Sign { NotAllowed, Allowed };

/// Working time as people write it: "3d", "4h", "90m", "2w" (8-hour days, 5-day weeks; "t" for
/// Tage too), or a plain number meaning days, with a point for decimals. Minutes, or nothing when
/// the text is not that.
std::optional<qint64> parse(QStringView text, Sign sign = Sign::NotAllowed);
/// Minutes in the largest unit that keeps them exact: "3d", "4h", "90m".
QString format(qint64 minutes);

} // namespace relm::work_time

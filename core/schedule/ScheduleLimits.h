#pragma once

#include <QDate>
#include <QtGlobal>

/// The bounds within which Relm schedules, in one place: the scheduler refuses input beyond them,
/// the importers read nothing beyond them, and field validation can offer the same numbers.
/// They keep every computation bounded in time and memory, whatever a user or a file asks for.
namespace relm::scheduleLimits {

/// Working minutes in the units Relm shows durations in (a standard calendar's day and week).
inline constexpr qint64 kMinutesPerDay = 8 * 60;
inline constexpr qint64 kMinutesPerWeek = 5 * kMinutesPerDay;

/// The longest duration, estimate, risk delay or lag (either sign) a task may have: ten years of
/// working time (520 weeks of 5 days of 8 hours), in working minutes.
inline constexpr int kMaxWorkingYears = 10;
inline constexpr qint64 kMaxWorkingMinutes = kMaxWorkingYears * 52 * kMinutesPerWeek; // 1,248,000

/// A lag given as a share of the predecessor's duration may be at most this many percent either way.
inline constexpr double kMaxLagPercent = 1000.0;

/// Percent complete runs from 0 to this.
inline constexpr int kMaxPercentComplete = 100;

/// Project start, status date, constraint dates and freeze windows must fall in these years
/// (1900-01-01 to 2199-12-31).
inline constexpr int kFirstYear = 1900;
inline constexpr int kLastYear = 2199;
inline QDate firstDate() {
    return QDate(kFirstYear, 1, 1);
}
inline QDate lastDate() {
    return QDate(kLastYear, 12, 31);
}

/// How far the working-time timeline reaches either side of the project start: the scheduler
/// indexes no further, and refuses plans whose dates fall outside. Wide enough for any start and
/// constraint in the supported years plus the longest durations and lags, and for the one-million-
/// task benchmark plan (about 560 years); a fully indexed horizon is about 30 MB per calendar.
inline constexpr int kHorizonYears = 1000;

/// Dependencies that links to or from phases expand into: such a link applies to every pair of
/// their tasks, so it grows quadratically (two phases of 1,000 tasks: 1,000,000). Links between
/// plain tasks are not counted: they grow only with the input.
inline constexpr qint64 kMaxExpandedLinks = 1'000'000;

/// Phases may nest this many levels deep (MS Project files rarely go beyond ten).
inline constexpr int kMaxOutlineDepth = 100;

/// The most Monte Carlo iterations and threads one simulation runs.
inline constexpr int kMaxIterations = 1'000'000;
inline constexpr int kMaxThreads = 64;

/// Exception days one imported calendar may list: every day of the supported date range.
inline constexpr qint64 kMaxExceptionDays = 110'000;

} // namespace relm::scheduleLimits

#pragma once

#include "Result.h"
#include "schedule/ScheduleInput.h"
#include "schedule/WorkTimeline.h"

#include <atomic>
#include <functional>
#include <memory>

namespace relm {

struct MonteCarloOptions {
    int iterations = 2000;
    quint64 seed = 1;
    QDateTime target; ///< the date to meet; invalid: no probability is computed
    int threads = 2;
};

/// What the simulation found: finish-date percentiles, the chance of meeting the target, and how
/// often each task was critical.
struct MonteCarloResult {
    int iterations = 0;
    bool cancelled = false;
    std::vector<qint64> finishes;    ///< every iteration's finish, sorted (working minutes since the start)
    std::vector<double> criticality; ///< per task, share of iterations in which it was critical
    double probabilityOnTarget = -1; ///< -1 without a target
    std::shared_ptr<const WorkTimeline> timeline;

    qint64 percentile(double p) const;
    QDateTime percentileDate(double p) const;
};

/// Monte Carlo simulation of a schedule: each iteration draws every task's duration from its
/// three-point estimate (triangular), adds the delay of each risk event that happens in it, and
/// runs the critical-path passes. Reproducible for a seed,
/// whatever the number of threads: iteration i always draws from the same random stream.
/// Bounded like the scheduler: the input is checked the same way (and risk events too), at most
/// scheduleLimits::kMaxIterations iterations on at most kMaxThreads threads, and a simulation whose
/// finishes leave the timeline's horizon is refused.
class MonteCarlo final {
public:
    static Result<MonteCarloResult> run(const ScheduleInput &input, const MonteCarloOptions &options,
                                        const std::function<void(int done)> &progress = {},
                                        const std::atomic<bool> *cancel = nullptr);
};

} // namespace relm

#include "MonteCarlo.h"

#include "i18n/ShownDates.h"

#include "schedule/CpmKernel.h"
#include "schedule/ScheduleGraph.h"
#include "schedule/ScheduleLimits.h"
#include "schedule/ScheduleValidation.h"
#include "schedule/Scheduler.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <mutex>
#include <thread>

namespace relm {

namespace {

/// SplitMix64: a well-mixed seed for each iteration's generator.
quint64 mix(quint64 x) {
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

/// A small, fast random stream (SplitMix64): one per iteration, seeded from the run's seed and
/// the iteration number, so results do not depend on which thread ran the iteration.
class RandomStream final {
public:
    explicit RandomStream(quint64 seed)
        : m_state(seed) {}
    double uniform() {
        m_state += 0x9e3779b97f4a7c15ULL;
        quint64 z = m_state;
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        z ^= z >> 31;
        return double(z >> 11) * 0x1.0p-53; // [0, 1)
    }

private:
    quint64 m_state;
};

/// A draw from the triangular distribution (low, mode, high) by inverting its CDF. Estimates out
/// of order (an optimistic one above the most likely) are put in order, so the square roots stay real.
qint64 triangular(qint64 low, qint64 mode, qint64 high, double u) {
    if (high < low)
        std::swap(low, high);
    mode = std::clamp(mode, low, high);
    if (high <= low)
        return mode;
    const double a = double(low), c = double(mode), b = double(high);
    const double split = (c - a) / (b - a);
    const double value = u < split ? a + std::sqrt(u * (b - a) * (c - a)) : b - std::sqrt((1 - u) * (b - a) * (b - c));
    return qint64(std::llround(value));
}

} // namespace

qint64 MonteCarloResult::percentile(double p) const {
    if (finishes.empty())
        return 0;
    // Nearest rank, with p held to 0..100 so that the index is always in range.
    const double share = std::isfinite(p) ? std::clamp(p, 0.0, 100.0) / 100.0 : 0.0;
    const double rank = std::ceil(share * double(finishes.size()));
    return finishes[size_t(std::clamp(rank - 1.0, 0.0, double(finishes.size() - 1)))];
}

QDateTime MonteCarloResult::percentileDate(double p) const {
    return timeline->instantAt(percentile(p), WorkTimeline::Edge::Finish);
}

Result<MonteCarloResult> MonteCarlo::run(const ScheduleInput &input, const MonteCarloOptions &options,
                                         const std::function<void(int)> &progress, const std::atomic<bool> *cancel) {
    if (options.iterations <= 0 || options.iterations > scheduleLimits::kMaxIterations)
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("relm::MonteCarlo",
                                                     "The simulation runs from 1 to %1 iterations; %2 were asked for.")
                             .arg(scheduleLimits::kMaxIterations)
                             .arg(options.iterations));
    auto graph = ScheduleGraph::build(input); // checks the input first
    if (!graph)
        return graph.error();
    if (auto risks = ScheduleValidation::checkRiskEvents(input); !risks)
        return risks.error();
    auto timeline = std::make_shared<WorkTimeline>(input.calendar, input.projectStart);
    const size_t n = input.tasks.size();
    const int threadCount = std::clamp(options.threads, 1, scheduleLimits::kMaxThreads);

    MonteCarloResult result;
    result.timeline = timeline;
    result.finishes.assign(size_t(options.iterations), -1);
    std::vector<std::vector<int>> criticalCounts(size_t(threadCount), std::vector<int>(n, 0));
    std::atomic<int> next{0};
    std::atomic<int> done{0};
    std::mutex progressMutex;

    // The three points of each task, read once instead of from the task records every iteration.
    struct Estimate {
        qint64 low;
        qint64 mode;
        qint64 high;
    };
    std::vector<Estimate> estimates(n);
    for (size_t t = 0; t < n; ++t) {
        const ScheduleTask &task = input.tasks[t];
        const bool done = task.percentComplete >= 100;
        estimates[t] = {done || task.optimistic < 0 ? task.duration : task.optimistic, task.duration,
                        done || task.pessimistic < 0 ? task.duration : task.pessimistic};
    }

    // Risks on finished tasks can no longer happen; events naming no task are ignored.
    std::vector<RiskEvent> risks;
    for (const RiskEvent &risk : input.riskEvents) {
        if (risk.task >= 0 && size_t(risk.task) < n && risk.delay > 0 && risk.probability > 0 &&
            input.tasks[size_t(risk.task)].percentComplete < 100)
            risks.push_back(risk);
    }

    auto worker = [&](int index) {
        // Each thread its own kernel: timelines index days on demand and are not shared between threads.
        const CpmKernel kernel(input, *graph, std::make_shared<WorkTimeline>(input.calendar, input.projectStart));
        std::vector<qint64> durations(n);
        CpmKernel::Dates dates;
        dates.resize(n);
        std::vector<int> &critical = criticalCounts[size_t(index)];
        for (int i = next++; i < options.iterations; i = next++) {
            if (cancel && cancel->load())
                return;
            RandomStream random(mix(options.seed ^ mix(quint64(i))));
            for (size_t t = 0; t < n; ++t) {
                const Estimate &e = estimates[t];
                durations[t] = e.high > e.low ? triangular(e.low, e.mode, e.high, random.uniform()) : e.mode;
            }
            for (const RiskEvent &risk : risks) {
                if (random.uniform() < risk.probability)
                    durations[size_t(risk.task)] += risk.delay;
            }
            const qint64 finish = kernel.forward(durations, dates);
            kernel.backward(durations, dates, finish, critical);
            result.finishes[size_t(i)] = finish;
            const int finished = ++done;
            if (progress && (finished % 50 == 0 || finished == options.iterations)) {
                const std::lock_guard lock(progressMutex);
                progress(finished);
            }
        }
    };
    std::vector<std::thread> threads;
    for (int t = 1; t < threadCount; ++t)
        threads.emplace_back(worker, t);
    worker(0);
    for (std::thread &t : threads)
        t.join();

    result.cancelled = cancel && cancel->load();
    std::erase(result.finishes, -1); // iterations a cancel left undone
    result.iterations = int(result.finishes.size());
    std::sort(result.finishes.begin(), result.finishes.end());
    if (!result.finishes.empty() && !timeline->contains(result.finishes.back()))
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("relm::MonteCarlo",
                                                     "In some iterations the plan finishes after %1, past what Relm "
                                                     "schedules (%2 years from its start). Shorten the pessimistic "
                                                     "estimates or the risks' delays.")
                             .arg(shown_dates::date(timeline->horizonEnd()))
                             .arg(scheduleLimits::kHorizonYears));
    result.criticality.assign(n, 0.0);
    for (const auto &counts : criticalCounts) {
        for (size_t t = 0; t < n; ++t)
            result.criticality[t] += result.iterations ? double(counts[t]) / result.iterations : 0.0;
    }
    for (const int s : graph->summaries)
        result.criticality[size_t(s)] = 0.0;
    if (options.target.isValid() && result.iterations > 0) {
        const qint64 target = timeline->offsetAt(options.target);
        const auto onTime = std::upper_bound(result.finishes.begin(), result.finishes.end(), target);
        result.probabilityOnTarget = double(onTime - result.finishes.begin()) / result.iterations;
    }
    return result;
}

} // namespace relm

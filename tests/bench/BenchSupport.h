#pragma once

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <algorithm>

namespace relm::bench {

using namespace Qt::Literals::StringLiterals;

/// The smoke run checks that what was measured also worked; timing itself never fails.
inline void verify(bool condition, const char *what) {
    if (!condition)
        qFatal("relm-bench: check failed: %s", what);
}

/// --only TEXT: run just the steps whose names contain it (and what they need).
inline QString g_only;
inline bool wanted(const QString &name) {
    return g_only.isEmpty() || name.contains(g_only);
}
/// Whether a group of steps whose names start with `prefix` has one --only asks for.
inline bool wantedGroup(const QString &prefix) {
    return wanted(prefix) || g_only.startsWith(prefix);
}

/// Runs a measured step a few times and keeps the best, median and worst wall-clock time; a step
/// that --only leaves out does not run and gives an empty object. `settle` runs after each step,
/// untimed (waiting for background work the step started, say).
template<typename Step, typename Settle = void (*)()>
QJsonObject measure(
    const QString &name, int repeats, Step step, Settle settle = [] {}) {
    if (!wanted(name))
        return {};
    QList<double> times;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer timer;
        timer.start();
        step(i);
        times.append(timer.nsecsElapsed() / 1e6);
        settle();
    }
    std::sort(times.begin(), times.end());
    return {{u"name"_s, name},
            {u"repeats"_s, repeats},
            {u"best_ms"_s, times.first()},
            {u"median_ms"_s, times.at(times.size() / 2)},
            {u"worst_ms"_s, times.last()}};
}

/// A step later steps build on: measured when --only asks for it, else just run once.
template<typename Step, typename Settle = void (*)()>
void measureOrRun(
    QJsonArray &results, const QString &name, int repeats, Step step, Settle settle = [] {}) {
    if (wanted(name)) {
        results.append(measure(name, repeats, step, settle));
    } else {
        step(0);
        settle();
    }
}

} // namespace relm::bench

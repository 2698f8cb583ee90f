#pragma once

#include <QList>

#include <functional>

namespace relm::test {

/// Delta debugging: the shortest sub-sequence of a failing sequence that still fails, found by
/// dropping ever smaller chunks while the failure persists. `fails` replays a candidate.
template<typename T>
QList<T> shrink(QList<T> failing, const std::function<bool(const QList<T> &)> &fails) {
    for (qsizetype chunk = failing.size() / 2; chunk >= 1;) {
        bool removed = false;
        for (qsizetype start = 0; start < failing.size();) {
            QList<T> candidate = failing;
            candidate.remove(start, std::min(chunk, failing.size() - start));
            if (!candidate.isEmpty() && fails(candidate)) {
                failing = candidate;
                removed = true;
            } else {
                start += chunk;
            }
        }
        if (!removed)
            chunk /= 2;
    }
    return failing;
}

} // namespace relm::test

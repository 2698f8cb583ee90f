#pragma once

#include <QList>

#include <random>

namespace relm::test {

/// Random choices of the model-based test, the same for every kind of step.
template<typename T>
const T &pick(std::mt19937 &rng, const QList<T> &list) {
    return list.at(int(rng() % quint32(list.size())));
}

inline int between(std::mt19937 &rng, int low, int high) {
    return low + int(rng() % quint32(high - low + 1));
}

inline bool chance(std::mt19937 &rng, int percent) {
    return int(rng() % 100) < percent;
}

} // namespace relm::test

#include "ReleaseOrder.h"

#include <algorithm>

namespace relm {

void sortForOpening(QList<Release> &releases) {
    std::stable_sort(releases.begin(), releases.end(), [](const Release &a, const Release &b) {
        if (isInWork(a) != isInWork(b))
            return isInWork(a);
        return isInWork(a) ? a.plannedEnd < b.plannedEnd : a.plannedEnd > b.plannedEnd;
    });
}

} // namespace relm

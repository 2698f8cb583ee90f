#pragma once

#include "domain/Release.h"

#include <QList>

namespace relm {

/// Whether a release is still in work: not yet deployed, rolled back or cancelled.
inline bool isInWork(const Release &release) {
    return release.status < ReleaseStatus::Deployed;
}

/// Releases in work first, the soonest planned end at the top; deployed and closed ones after,
/// the latest first: the order in which people look for a release to open.
void sortForOpening(QList<Release> &releases);

} // namespace relm

#pragma once

#include "domain/Release.h"

#include <functional>

class QMenu;

namespace relm {

/// Fills a menu with the status moves the lifecycle allows from the release's status.
void fillStatusMenu(QMenu *menu, const Release &release, const std::function<void(ReleaseStatus)> &move);

} // namespace relm

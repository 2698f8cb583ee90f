#pragma once

#include <QJsonArray>

namespace relm {
class Workspace;
}

namespace relm::bench {

/// The change calendar (calendar_ steps): five years of weekly deployments of 50 services (5 with
/// --quick) written into the portfolio, then reading, listing, conflict search, and the tab as the
/// user meets it (open, month and week steps).
void benchmarkCalendar(QJsonArray &results, Workspace &workspace, bool quick);

} // namespace relm::bench

#pragma once

#include "Result.h"

#include <QDate>

namespace relm {

class DemoClock;
class Workspace;

/// The demo's deployments, runbooks, known errors and reviews, and a year of delivery history for
/// three services (monthly releases, a few failed and rolled-back deployments) so the dashboard
/// has something to show on first start.
Result<void> seedDemoDeployments(Workspace &workspace, const QDate &today, DemoClock &clock);

} // namespace relm

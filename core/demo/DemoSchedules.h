#pragma once

#include "Result.h"

#include <QDate>

namespace relm {

class Workspace;

/// The demo's release schedules: 2026.4 Autumn pushed by the year-end freeze, the hotfix colliding
/// with Autumn on Staging, and 2027.1 Winter waiting on Autumn's production deployment.
Result<void> seedDemoSchedules(Workspace &workspace, const QDate &today);

} // namespace relm

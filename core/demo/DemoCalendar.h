#pragma once

#include "Result.h"

#include <QDate>

namespace relm {

class Workspace;

/// The demo's change calendar: a weekly maintenance window and a monthly payroll freeze in local
/// time zones, more planned deployments (so that each kind of conflict shows) and a change board
/// meeting two days ahead whose agenda holds the release awaiting sign-off.
Result<void> seedDemoCalendar(Workspace &workspace, const QDate &today);

} // namespace relm

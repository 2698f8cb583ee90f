#pragma once

#include "domain/Plan.h"

#include <QDateTime>
#include <QList>

namespace relm::freeze_windows {

/// The change-freeze windows (organisation-wide, or for this environment) that a deployment window
/// touches. Deployment times are UTC; freeze windows are read as UTC wall-clock times. A window
/// without an end is taken as an instant.
QList<PlanFreeze> touching(const QList<PlanFreeze> &freezes, Id environmentId, const QDateTime &start,
                           const QDateTime &end);

/// "Year-end change freeze (2026-12-09 00:00 to 2026-12-27 00:00 UTC)"
QString describe(const PlanFreeze &freeze);

} // namespace relm::freeze_windows

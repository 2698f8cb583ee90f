#pragma once

#include "Result.h"

#include <QDate>

namespace relm {

class DemoClock;
class Workspace;

/// The demo's risk registers: every band, an overdue review, risks tied to schedule tasks, and a
/// few weeks of history (risks raised, re-rated, accepted, closed) for the exposure chart.
Result<void> seedDemoRisks(Workspace &workspace, const QDate &today, DemoClock &clock);

} // namespace relm

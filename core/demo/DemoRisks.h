#pragma once

#include "Result.h"

#include <QDate>

namespace relm {

class Workspace;

/// The demo's risk registers: every band, an overdue review, and a risk tied to a schedule task.
Result<void> seedDemoRisks(Workspace &workspace, const QDate &today);

} // namespace relm

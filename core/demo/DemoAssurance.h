#pragma once

#include "Result.h"

#include <QDate>

namespace relm {

class DemoClock;
class Workspace;

/// The passphrase of every demo person's signing key (printed in the README).
QString demoPassphrase();

/// Release policies for every release type, a signing key for each demo person, and the criteria
/// and sign-offs of the releases already delivered. Runs early in the demo story.
Result<void> seedDemoPolicies(Workspace &workspace, const QDate &today, DemoClock &clock);

/// The current releases' criteria and sign-offs: the Autumn release part-way (one signature void
/// because its evidence was replaced), the emergency hotfix ready to pass its gate.
Result<void> seedDemoSignOffs(Workspace &workspace, const QDate &today, DemoClock &clock);

} // namespace relm

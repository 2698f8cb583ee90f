#pragma once

#include "Result.h"
#include "domain/Deployment.h"
#include "domain/Directory.h"
#include "domain/Release.h"

namespace relm {

class ChangeContext;

/// The rules a deployment run must meet before it is recorded (and the release status follows it):
/// its times have happened, in order; it does not overlap another run to the same environment; a
/// success has every runbook step checked off or skipped with a reason; and a production run needs
/// an approved release through its gate and outside change freezes, unless it is an emergency
/// authorised by the policy's emergency role.
namespace deployment_rules {
Result<void> checkRun(ChangeContext &context, const Deployment &run, const Environment &environment,
                      const Release &release);
}

} // namespace relm

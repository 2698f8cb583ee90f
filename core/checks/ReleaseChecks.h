#pragma once

#include "Result.h"
#include "checks/PackageChecker.h"
#include "signing/AssuranceSources.h"

namespace relm {

class Workspace;

/// Reads what the package checker needs for one release and runs it.
namespace release_checks {
Result<PackageCheckInput> load(AssuranceSources sources, Id releaseId);
Result<PackageCheckInput> load(Workspace &workspace, Id releaseId);
Result<QList<Finding>> run(AssuranceSources sources, Id releaseId);
Result<QList<Finding>> run(Workspace &workspace, Id releaseId);
} // namespace release_checks

} // namespace relm

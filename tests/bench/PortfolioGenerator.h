#pragma once

#include "Result.h"
#include "domain/Ids.h"

#include <QString>

namespace relm {

class Workspace;

/// Fills a database with a large synthetic portfolio for benchmarks: people, components with
/// versions, and releases with packages drawing from the catalogue. Deterministic for a given size.
struct PortfolioSize {
    int releases = 1000;
    int components = 20000;
    int versionsPerComponent = 5;
    int packagesPerRelease = 2;
    int itemsPerPackage = 10;
    int bigReleaseVersions = 2000; ///< one extra release "BIG" with this many versions (0: none)
};

Result<void> generatePortfolio(Workspace &workspace, const PortfolioSize &size);

/// Adds a release named `name` with `tasks` tasks, each depending on up to three earlier ones;
/// returns the release id.
Result<Id> generateSchedule(Workspace &workspace, const QString &name, int tasks);

} // namespace relm

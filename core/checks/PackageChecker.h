#pragma once

#include "checks/Finding.h"
#include "domain/Contents.h"
#include "domain/Package.h"
#include "domain/Release.h"

#include <functional>
#include <optional>

namespace relm {

/// Everything the package checker looks at, read once from the database.
struct PackageCheckInput {
    Release release;
    QList<Package> packages; ///< with contents, their relations and retired flags
    QString environmentName; ///< the release's target environment, empty when none is set
    Contents environment;    ///< what that environment runs now
    std::optional<Baseline> baseline;
    /// All versions of a component in the catalogue, for suggesting a fix; may be empty.
    std::function<Contents(const QString &component)> catalogueVersions;
};

/// Checks a release's packages: unmet requirements, conflicts, two versions of one component,
/// missing fingerprints (when the release demands them), retired versions, and a changed baseline.
/// Pure: no database, no clock.
class PackageChecker final {
public:
    static QList<Finding> check(const PackageCheckInput &input);
};

} // namespace relm

#include "ReleaseChecks.h"

#include "changes/Workspace.h"
#include "storage/CatalogueStore.h"
#include "storage/DeliveryStore.h"
#include "storage/DirectoryStore.h"
#include "storage/ReleaseStore.h"

namespace relm::release_checks {

Result<PackageCheckInput> load(Workspace &ws, Id releaseId) {
    PackageCheckInput input;
    auto release = ws.releases().release(releaseId);
    if (!release)
        return release.error();
    input.release = *release;
    auto packages = ws.releases().packages(releaseId);
    if (!packages)
        return packages.error();
    input.packages = *packages;
    if (release->targetEnvironmentId != 0) {
        auto environment = ws.directory().environment(release->targetEnvironmentId);
        auto inventory = ws.delivery().inventory(release->targetEnvironmentId);
        if (environment && inventory) {
            input.environmentName = environment->name;
            input.environment = *inventory;
        }
    }
    auto baseline = ws.delivery().baseline(releaseId);
    if (!baseline)
        return baseline.error();
    input.baseline = *baseline;
    input.catalogueVersions = [&ws](const QString &name) -> Contents {
        auto component = ws.catalogue().componentByName(name);
        if (!component)
            return {};
        auto versions = ws.catalogue().versions(component->id);
        return versions ? *versions : Contents{};
    };
    return input;
}

Result<QList<Finding>> run(Workspace &ws, Id releaseId) {
    auto input = load(ws, releaseId);
    if (!input)
        return input.error();
    return PackageChecker::check(*input);
}

} // namespace relm::release_checks

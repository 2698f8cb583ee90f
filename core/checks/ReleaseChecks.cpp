#include "ReleaseChecks.h"

#include "changes/Workspace.h"
#include "storage/CatalogueStore.h"
#include "storage/DeliveryStore.h"
#include "storage/DirectoryStore.h"
#include "storage/ReleaseStore.h"

namespace relm::release_checks {

Result<PackageCheckInput> load(AssuranceSources sources, Id releaseId) {
    PackageCheckInput input;
    auto release = sources.releases.release(releaseId);
    if (!release)
        return release.error();
    input.release = *release;
    auto packages = sources.releases.packages(releaseId);
    if (!packages)
        return packages.error();
    input.packages = *packages;
    if (release->targetEnvironmentId != 0) {
        auto environment = sources.directory.environment(release->targetEnvironmentId);
        auto inventory = sources.delivery.inventory(release->targetEnvironmentId);
        if (environment && inventory) {
            input.environmentName = environment->name;
            input.environment = *inventory;
        }
    }
    auto baseline = sources.delivery.baseline(releaseId);
    if (!baseline)
        return baseline.error();
    input.baseline = *baseline;
    input.catalogueVersions = [&catalogue = sources.catalogue](const QString &name) -> Contents {
        auto component = catalogue.componentByName(name);
        if (!component)
            return {};
        auto versions = catalogue.versions(component->id);
        return versions ? *versions : Contents{};
    };
    return input;
}

Result<PackageCheckInput> load(Workspace &ws, Id releaseId) {
    return load(AssuranceSources::of(ws), releaseId);
}

Result<QList<Finding>> run(AssuranceSources sources, Id releaseId) {
    auto input = load(sources, releaseId);
    if (!input)
        return input.error();
    return PackageChecker::check(*input);
}

Result<QList<Finding>> run(Workspace &ws, Id releaseId) {
    return run(AssuranceSources::of(ws), releaseId);
}

} // namespace relm::release_checks

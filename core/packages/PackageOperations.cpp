#include "PackageOperations.h"

#include "changes/ReleaseChanges.h"
#include "changes/Workspace.h"
#include "domain/VersionNumber.h"
#include "storage/CatalogueStore.h"
#include "storage/ReleaseStore.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace relm::package_ops {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::package_ops", text);
}

QString itemsText(const Contents &versions) {
    if (versions.size() == 1)
        return versions.first().componentName + u' ' + versions.first().version;
    return QCoreApplication::translate("relm::package_ops", "%n component version(s)", nullptr, int(versions.size()));
}

bool contains(const Package &package, Id versionId) {
    return std::any_of(package.contents.cbegin(), package.contents.cend(),
                       [versionId](const ComponentVersion &v) { return v.id == versionId; });
}

} // namespace

Result<ComponentVersion> latestVersion(Workspace &ws, Id componentId) {
    auto versions = ws.catalogue().versions(componentId);
    if (!versions)
        return versions.error();
    if (versions->isEmpty())
        return makeError(ErrorCode::NotFound, tr("The component has no versions in the catalogue yet."));
    // A release takes the newest released version: a pre-release (3.0.0-rc.1) only when the
    // component has nothing else, and a retired version only when nothing else is left.
    const auto tier = [](const ComponentVersion &v) {
        return (v.retired ? 2 : 0) + (VersionNumber(v.version).isPreRelease() ? 1 : 0);
    };
    std::optional<ComponentVersion> best;
    for (const ComponentVersion &v : *versions) {
        if (!best || tier(v) < tier(*best) ||
            (tier(v) == tier(*best) && VersionNumber(best->version) < VersionNumber(v.version)))
            best = v;
    }
    return *best;
}

Result<Contents> resolve(Workspace &ws, const QStringList &specs, QStringList *notes) {
    Contents result;
    for (const QString &spec : specs) {
        const qsizetype at = spec.indexOf(u'@');
        const QString component = at < 0 ? spec.trimmed() : spec.left(at).trimmed();
        if (at >= 0) {
            auto version = ws.catalogue().findVersion(component, spec.mid(at + 1).trimmed());
            if (!version)
                return version.error();
            result.append(*version);
            continue;
        }
        auto found = ws.catalogue().componentByName(component);
        if (!found)
            return found.error();
        auto latest = latestVersion(ws, found->id);
        if (!latest)
            return makeError(latest.error().code, tr("%1: %2").arg(component, latest.errorMessage()));
        if (notes)
            notes->append(tr("No version given for %1: picked %2, the latest.").arg(component, latest->version));
        result.append(*latest);
    }
    return result;
}

Result<Package> findPackage(Workspace &ws, const QString &target) {
    const qsizetype slash = target.indexOf(u'/');
    const QString releaseName = slash < 0 ? target : target.left(slash);
    auto release = ws.releases().releaseByName(releaseName);
    if (!release)
        return release.error();
    auto packages = ws.releases().packages(release->id);
    if (!packages)
        return packages.error();
    if (slash < 0) {
        if (packages->isEmpty())
            return makeError(ErrorCode::NotFound, tr("%1 has no package yet.").arg(release->name));
        return packages->first();
    }
    const QString packageName = target.mid(slash + 1);
    for (const Package &p : *packages) {
        if (p.name.compare(packageName, Qt::CaseInsensitive) == 0)
            return p;
    }
    QStringList names;
    for (const Package &p : *packages)
        names.append(p.name);
    return makeError(ErrorCode::NotFound, tr("%1 has no package named \u201C%2\u201D (it has: %3).")
                                              .arg(release->name, packageName, names.join(u", "_s)));
}

std::unique_ptr<Change> add(const Package &package, const Contents &versions) {
    Contents toAdd;
    for (const ComponentVersion &v : versions) {
        if (!contains(package, v.id) &&
            std::none_of(toAdd.cbegin(), toAdd.cend(), [&](const auto &o) { return o.id == v.id; }))
            toAdd.append(v);
    }
    if (toAdd.isEmpty())
        return nullptr;
    auto batch = std::make_unique<CompositeChange>(tr("Add %1 to %2").arg(itemsText(toAdd), package.name));
    for (const ComponentVersion &v : toAdd)
        batch->add(std::make_unique<PackageContentChange>(PackageContentChange::Mode::Add, package, v));
    return batch;
}

std::unique_ptr<Change> remove(const Package &package, const Contents &versions) {
    auto batch = std::make_unique<CompositeChange>(tr("Remove %1 from %2").arg(itemsText(versions), package.name));
    for (const ComponentVersion &v : versions)
        batch->add(std::make_unique<PackageContentChange>(PackageContentChange::Mode::Remove, package, v));
    return batch;
}

std::unique_ptr<Change> move(const Package &from, const Package &to, const Contents &versions, bool copy) {
    auto batch = std::make_unique<CompositeChange>(
        (copy ? tr("Copy %1 to %2") : tr("Move %1 to %2")).arg(itemsText(versions), to.name));
    for (const ComponentVersion &v : versions) {
        if (!copy)
            batch->add(std::make_unique<PackageContentChange>(PackageContentChange::Mode::Remove, from, v));
        if (!contains(to, v.id))
            batch->add(std::make_unique<PackageContentChange>(PackageContentChange::Mode::Add, to, v));
    }
    return batch;
}

} // namespace relm::package_ops

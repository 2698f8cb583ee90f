#pragma once

#include "Result.h"
#include "changes/Change.h"
#include "domain/Contents.h"
#include "domain/Package.h"

#include <memory>

namespace relm {

class Workspace;

/// Building and changing release packages: what the GUI's drag and drop and relm-cli share.
namespace package_ops {

/// The newest released version of a component that is not retired; a pre-release only when it has
/// no released version, and a retired version only when all are retired.
Result<ComponentVersion> latestVersion(Workspace &workspace, Id componentId);

/// Versions named as "component@version", or "component" for its latest version; `notes`
/// receives a line for each latest-version pick ("picked auth-service 2.3.1, the latest").
Result<Contents> resolve(Workspace &workspace, const QStringList &specs, QStringList *notes = nullptr);

/// "RELEASE" or "RELEASE/PACKAGE": the named package, or the release's first one.
Result<Package> findPackage(Workspace &workspace, const QString &target);

/// One undo step adding the versions to a package (versions already there are skipped);
/// nullptr when there is nothing to add.
std::unique_ptr<Change> add(const Package &package, const Contents &versions);
/// One undo step removing the versions from the package.
std::unique_ptr<Change> remove(const Package &package, const Contents &versions);
/// One undo step moving (or, with copy, copying) versions from one package to another.
std::unique_ptr<Change> move(const Package &from, const Package &to, const Contents &versions, bool copy);

} // namespace package_ops

} // namespace relm

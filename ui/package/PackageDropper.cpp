#include "PackageDropper.h"

#include "changes/Change.h"
#include "changes/Workspace.h"
#include "package/PackageMime.h"
#include "packages/PackageOperations.h"
#include "storage/CatalogueStore.h"
#include "storage/ReleaseStore.h"
#include "undo/UndoController.h"

#include <QHash>
#include <QMimeData>

namespace relm {

PackageDropper::PackageDropper(UndoController &undo, QObject *parent)
    : QObject(parent)
    , m_undo(undo) {}

QString PackageDropper::versionsNamed(const Contents &versions) {
    if (versions.size() == 1)
        return versions.first().componentName + u' ' + versions.first().version;
    return tr("%n version(s)", nullptr, int(versions.size()));
}

QString PackageDropper::placeName(const Package &package) const {
    auto release = m_undo.workspace()->releases().release(package.releaseId);
    return release ? tr("%1 in %2", "package in release").arg(package.name, release->name) : package.name;
}

bool PackageDropper::drop(const QMimeData *data, Id targetPackageId, Qt::DropAction action) {
    if (!m_undo.workspace() || targetPackageId == 0)
        return false;
    if (data->hasFormat(QString::fromLatin1(package_mime::catalogueType)))
        return dropCatalogueItems(data, targetPackageId);
    if (data->hasFormat(QString::fromLatin1(package_mime::packageItemsType)))
        return dropPackageItems(data, targetPackageId, action == Qt::CopyAction);
    return false;
}

bool PackageDropper::removeItems(const QList<package_mime::PackageItem> &items) {
    if (!m_undo.workspace() || items.isEmpty())
        return false;
    Workspace &ws = *m_undo.workspace();
    QHash<Id, Contents> byPackage;
    for (const auto &item : items) {
        if (auto version = ws.catalogue().version(item.versionId))
            byPackage[item.packageId].append(*version);
    }
    auto batch = std::make_unique<CompositeChange>(tr("Remove %n component version(s)", nullptr, int(items.size())));
    for (auto it = byPackage.cbegin(); it != byPackage.cend(); ++it) {
        if (auto package = ws.releases().package(it.key()))
            batch->add(package_ops::remove(*package, *it));
    }
    if (auto r = m_undo.perform(std::move(batch)); !r) {
        Q_EMIT message(r.errorMessage(), true);
        return false;
    }
    return true;
}

bool PackageDropper::dropCatalogueItems(const QMimeData *data, Id targetPackageId) {
    Workspace &ws = *m_undo.workspace();
    auto target = ws.releases().package(targetPackageId);
    if (!target) {
        Q_EMIT message(target.errorMessage(), true);
        return false;
    }
    Contents versions;
    QStringList notes;
    for (const auto &item : package_mime::catalogueItems(data)) {
        auto version =
            item.versionId ? ws.catalogue().version(item.versionId) : package_ops::latestVersion(ws, item.componentId);
        if (!version) {
            Q_EMIT message(version.errorMessage(), true);
            return false;
        }
        if (item.versionId == 0)
            notes.append(
                tr("No version chosen for %1: added %2, the latest.").arg(version->componentName, version->version));
        versions.append(*version);
    }
    auto change = package_ops::add(*target, versions);
    if (!change) {
        Q_EMIT message(tr("%1 already holds these versions.").arg(placeName(*target)), false);
        return false;
    }
    if (auto r = m_undo.perform(std::move(change)); !r) {
        Q_EMIT message(r.errorMessage(), true);
        return false;
    }
    notes.append(tr("Added %1 to %2.").arg(versionsNamed(versions), placeName(*target)));
    Q_EMIT message(notes.join(QLatin1Char('\n')), false);
    return true;
}

bool PackageDropper::dropPackageItems(const QMimeData *data, Id targetPackageId, bool copy) {
    Workspace &ws = *m_undo.workspace();
    auto target = ws.releases().package(targetPackageId);
    if (!target) {
        Q_EMIT message(target.errorMessage(), true);
        return false;
    }
    // Items may come from several packages: one step per drop, grouped by source package.
    QHash<Id, Contents> bySource;
    for (const auto &item : package_mime::packageItems(data)) {
        if (item.packageId == targetPackageId)
            continue;
        auto version = ws.catalogue().version(item.versionId);
        if (version)
            bySource[item.packageId].append(*version);
    }
    const QString place = placeName(*target);
    if (bySource.isEmpty()) {
        Q_EMIT message(tr("These versions are in %1 already: choose another package.").arg(place), false);
        return false;
    }
    auto batch = std::make_unique<CompositeChange>(copy ? tr("Copy to %1").arg(place) : tr("Move to %1").arg(place));
    Contents sent;
    for (auto it = bySource.cbegin(); it != bySource.cend(); ++it) {
        auto source = ws.releases().package(it.key());
        if (source) {
            batch->add(package_ops::move(*source, *target, *it, copy));
            sent.append(*it);
        }
    }
    if (auto r = m_undo.perform(std::move(batch)); !r) {
        Q_EMIT message(r.errorMessage(), true);
        return false;
    }
    Q_EMIT message(copy ? tr("Copied %1 to %2.").arg(versionsNamed(sent), place)
                        : tr("Moved %1 to %2.").arg(versionsNamed(sent), place),
                   false);
    return true;
}

} // namespace relm

#pragma once

#include "domain/Ids.h"

#include <QList>
#include <QMimeData>

#include <memory>

namespace relm {

/// Relm's own drag-and-drop payloads, so drags work between any of our views and are testable.
namespace package_mime {

/// Components or versions dragged from the catalogue; versionId 0 means "the component: pick its latest".
inline constexpr char catalogueType[] = "application/x-relm-catalogue-items";
/// Versions dragged out of a package (moved, or copied with Ctrl).
inline constexpr char packageItemsType[] = "application/x-relm-package-items";

struct CatalogueItem {
    Id componentId = 0;
    Id versionId = 0;
};

struct PackageItem {
    Id packageId = 0;
    Id versionId = 0;
};

std::unique_ptr<QMimeData> encode(const QList<CatalogueItem> &items);
std::unique_ptr<QMimeData> encode(const QList<PackageItem> &items);
QList<CatalogueItem> catalogueItems(const QMimeData *data);
QList<PackageItem> packageItems(const QMimeData *data);
bool carriesItems(const QMimeData *data);

} // namespace package_mime

} // namespace relm

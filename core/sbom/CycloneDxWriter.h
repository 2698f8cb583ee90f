#pragma once

#include "Result.h"
#include "domain/Component.h"
#include "domain/Package.h"
#include "domain/Release.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>

namespace relm {

class Workspace;

/// A release's content as a CycloneDX 1.5 bill of materials in JSON: the release as the described
/// component, every version in its packages once (name, version, type from the catalogue kind,
/// SHA-256, package URL, the packages it is in), and a dependency graph from the versions'
/// requirements that the release itself meets. Requirements and conflicts also travel as
/// properties (relm:requires, relm:conflicts) with their ranges.
class CycloneDxWriter final {
public:
    /// Reads the release and the catalogue and writes the document.
    static Result<QByteArray> exportRelease(Workspace &workspace, Id releaseId, const QDateTime &now);
    /// The document for a release whose packages are read with their contents; components gives
    /// each component (by id) for its kind.
    static QJsonObject document(const Release &release, const QList<Package> &packages,
                                const QHash<Id, Component> &components, const QDateTime &now,
                                const QString &serialNumber);
};

} // namespace relm

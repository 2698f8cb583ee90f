#pragma once

#include "domain/Vocabulary.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace relm {

/// One component an SBOM lists, as Relm reads it: enough to find or make a catalogue version.
struct SbomComponent {
    QString path;    ///< where it stands in the file, e.g. components[3]
    QString ref;     ///< the file's own reference (CycloneDX bom-ref, SPDX SPDXID)
    QString name;    ///< a valid Relm component name (no spaces, no '@')
    QString version; ///< empty when the file gives none: such a component is skipped
    QString sha256;  ///< lower-case hex, empty when the file gives none
    QString purl;    ///< the package URL, kept as the version's source reference
    QString description;
    ComponentKind kind = ComponentKind::ExternalSoftware;
};

/// "from needs to": the file's dependency between two of its components (indexes into components).
struct SbomDependency {
    QString path; ///< e.g. dependencies[2].dependsOn[0]
    int from = 0;
    int to = 0;
};

/// What an SBOM reader found, in either format.
struct SbomDocument {
    QString format; ///< "CycloneDX 1.5", "SPDX-2.3"
    QList<SbomComponent> components;
    QList<SbomDependency> dependencies;
    /// Things in the file Relm does not take, one line each ("components[4] (left-pad): no version").
    QStringList skipped;
};

} // namespace relm

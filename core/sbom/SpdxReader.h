#pragma once

#include "Result.h"
#include "sbom/SbomDocument.h"

namespace relm {

/// Reads an SPDX document in JSON (SPDX 2.2 and 2.3): its packages with name, version
/// (versionInfo), SHA-256 checksum, package URL (externalRefs) and purpose, and the relationships
/// saying one package needs another at run time (DEPENDS_ON, DEPENDENCY_OF, RUNTIME_DEPENDENCY_OF).
/// Build, test and development dependencies are not requirements of a release and are skipped.
class SpdxReader final {
public:
    static Result<SbomDocument> read(const QString &path);
    /// The same on a file's bytes; source names the file in messages.
    static Result<SbomDocument> readBytes(const QByteArray &bytes, const QString &source);
};

} // namespace relm

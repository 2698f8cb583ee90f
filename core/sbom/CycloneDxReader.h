#pragma once

#include "Result.h"
#include "sbom/SbomDocument.h"

namespace relm {

/// Reads a CycloneDX bill of materials in JSON (specification 1.4 to 1.6): the described
/// component (metadata.component) and every component, nested ones too, with name (and group),
/// version, SHA-256, package URL and type, and the dependency graph. Anything malformed is
/// refused naming the file, the JSON path and what was wrong.
class CycloneDxReader final {
public:
    static Result<SbomDocument> read(const QString &path);
    /// The same on a file's bytes; source names the file in messages.
    static Result<SbomDocument> readBytes(const QByteArray &bytes, const QString &source);
};

/// Reads the file at path whole (refusing what cannot be read or is too large for a bill of
/// materials), for the readers.
Result<QByteArray> readSbomFile(const QString &path);

} // namespace relm

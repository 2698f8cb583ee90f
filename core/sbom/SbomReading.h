#pragma once

#include "Result.h"
#include "sbom/SbomDocument.h"

namespace relm {

/// Reads a bill of materials in either format, told apart by its content: CycloneDX JSON (it
/// has bomFormat) or SPDX JSON (it has spdxVersion). Anything else is refused saying so.
Result<SbomDocument> readSbom(const QString &path);
Result<SbomDocument> readSbomBytes(const QByteArray &bytes, const QString &source);

} // namespace relm

#pragma once

#include "domain/JsonPaths.h"
#include "domain/Vocabulary.h"

namespace relm {

/// Reading an SBOM's JSON: JsonPaths, plus turning the file's names, versions and hashes into
/// what the catalogue accepts, or refusing them with their path.
class SbomJson final : public JsonPaths {
public:
    using JsonPaths::JsonPaths;

    /// A component name Relm accepts, made from the file's name (and group): '@' is dropped,
    /// spaces become '-'; refused when nothing usable is left.
    Result<QString> componentName(const QString &group, const QString &name, const QString &path) const;
    /// A version string Relm accepts (at most 64 characters, no spaces).
    Result<QString> version(const QString &text, const QString &path) const;
    /// A SHA-256 written in hex, as lower-case hex; refused unless it is 64 hex digits.
    Result<QString> sha256(const QString &text, const QString &path) const;
};

/// The catalogue kind for a CycloneDX component type or an SPDX primary package purpose.
ComponentKind componentKindFromSbomType(const QString &type);

} // namespace relm

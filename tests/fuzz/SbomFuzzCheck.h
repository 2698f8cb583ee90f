#pragma once

#include "domain/Component.h"
#include "domain/Validation.h"
#include "sbom/SbomDocument.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace relm::fuzz {

/// Reads the bytes with an SBOM reader (CycloneDxReader, SpdxReader); what it accepts must name
/// components and versions the catalogue accepts, and dependencies between components it read.
template<typename Reader>
int checkSbomReader(const uint8_t *data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto bom = Reader::readBytes(bytes, QStringLiteral("fuzz.json"));
    if (!bom)
        return 0;
    for (const SbomComponent &c : bom->components) {
        Component component;
        component.name = c.name;
        ComponentVersion version;
        version.version = c.version;
        version.sha256 = c.sha256;
        if (!validation::check(component) || !validation::check(version))
            std::abort(); // the reader hands on only what the catalogue accepts
    }
    for (const SbomDependency &d : bom->dependencies) {
        if (d.from < 0 || d.to < 0 || d.from >= bom->components.size() || d.to >= bom->components.size())
            std::abort();
    }
    return 0;
}

} // namespace relm::fuzz

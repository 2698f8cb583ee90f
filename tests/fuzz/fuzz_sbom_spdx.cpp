// A SPDX document (SpdxReader): what it accepts names valid components and
// dependencies between components it read.
#include "domain/Component.h"
#include "domain/Validation.h"
#include "sbom/SpdxReader.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto bom = relm::SpdxReader::readBytes(bytes, QStringLiteral("fuzz.json"));
    if (!bom)
        return 0;
    for (const relm::SbomComponent &c : bom->components) {
        relm::Component component;
        component.name = c.name;
        relm::ComponentVersion version;
        version.version = c.version;
        version.sha256 = c.sha256;
        if (!relm::validation::check(component) || !relm::validation::check(version))
            std::abort(); // the reader hands on only what the catalogue accepts
    }
    for (const relm::SbomDependency &d : bom->dependencies) {
        if (d.from < 0 || d.to < 0 || d.from >= bom->components.size() || d.to >= bom->components.size())
            std::abort();
    }
    return 0;
}

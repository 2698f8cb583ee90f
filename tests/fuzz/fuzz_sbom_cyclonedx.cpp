// A CycloneDX bill of materials (CycloneDxReader), checked by checkSbomReader.
#include "SbomFuzzCheck.h"
#include "sbom/CycloneDxReader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    return relm::fuzz::checkSbomReader<relm::CycloneDxReader>(data, size);
}

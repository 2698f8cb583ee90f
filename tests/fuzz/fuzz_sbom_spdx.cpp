// A SPDX document (SpdxReader), checked by checkSbomReader.
#include "SbomFuzzCheck.h"
#include "sbom/SpdxReader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    return relm::fuzz::checkSbomReader<relm::SpdxReader>(data, size);
}

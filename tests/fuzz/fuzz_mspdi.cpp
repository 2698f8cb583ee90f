// The MSPDI reader on arbitrary bytes: it reads or refuses, never crashes or hangs.
#include "import/MspdiReader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto imported = relm::MspdiReader::readBytes(bytes, QStringLiteral("fuzz.xml"));
    if (!imported && imported.errorMessage().isEmpty())
        __builtin_trap(); // a refusal always says why
    return 0;
}

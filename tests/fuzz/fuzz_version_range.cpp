// Version ranges and numbers: the first line is a range, the rest versions to match against it.
#include "domain/VersionNumber.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QStringList lines = text.split(QLatin1Char('\n'));
    const auto range = relm::VersionRange::parse(lines.first());
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const relm::VersionNumber version(lines.at(i));
        (void)version.releasePart();
        (void)relm::VersionNumber::compare(version, relm::VersionNumber(lines.first()));
        if (range)
            (void)range->matches(version);
    }
    return 0;
}

// The GanttProjectReader on arbitrary bytes: it reads or refuses with a message, never crashes or hangs;
// whatever it reads, the import summary (which schedules the plan) computes or refuses with one.
#include "import/GanttProjectReader.h"
#include "import/PlanImportReport.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto plan = relm::GanttProjectReader::readBytes(bytes, QStringLiteral("fuzz.gan"));
    if (!plan) {
        if (plan.errorMessage().isEmpty())
            __builtin_trap(); // a refusal always says why
        return 0;
    }
    const auto report = relm::PlanImportReport::of(*plan, QStringLiteral("fuzz.gan"));
    if (!report && report.errorMessage().isEmpty())
        __builtin_trap();
    return 0;
}

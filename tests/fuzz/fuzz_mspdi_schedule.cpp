// Whatever the MSPDI reader accepts, the scheduler (and a short Monte Carlo run) computes or
// refuses with a message; the dates of a computed schedule all convert; the writer writes it, and
// what it wrote reads and schedules again (or is refused with a message).
#include "import/MspdiExport.h"
#include "import/MspdiReader.h"
#include "import/MspdiWriter.h"
#include "schedule/MonteCarlo.h"
#include "schedule/Scheduler.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    auto imported = relm::MspdiReader::readBytes(bytes, QStringLiteral("fuzz.xml"));
    if (!imported)
        return 0;
    const auto result = relm::Scheduler::compute(imported->input);
    if (!result) {
        if (result.errorMessage().isEmpty())
            __builtin_trap();
        return 0;
    }
    for (int i = 0; i < int(imported->input.tasks.size()); ++i) {
        if (!result->startOf(i).isValid() || !result->finishOf(i).isValid())
            __builtin_trap();
    }
    (void)result->finishDate();
    // Written back and read again: the round trip never crashes.
    const QByteArray written = relm::MspdiWriter::write(relm::mspdi_export::documentOf(*imported, *result));
    const auto reread = relm::MspdiReader::readBytes(written, QStringLiteral("written.xml"));
    if (!reread) {
        if (reread.errorMessage().isEmpty())
            __builtin_trap();
    } else if (const auto again = relm::Scheduler::compute(reread->input); !again && again.errorMessage().isEmpty()) {
        __builtin_trap();
    }
    // As relm-cli import schedules it: the release's start (a Monday, 08:00) on the standard calendar.
    relm::ScheduleInput asRelease = imported->input;
    asRelease.projectStart = QDateTime(QDate(2026, 1, 5), QTime(8, 0));
    asRelease.calendar = relm::WorkCalendar::standard();
    const auto released = relm::Scheduler::compute(asRelease);
    if (released) {
        for (int i = 0; i < int(asRelease.tasks.size()); ++i)
            (void)released->startOf(i), (void)released->finishOf(i);
    } else if (released.errorMessage().isEmpty()) {
        __builtin_trap();
    }
    // Three-point estimates around each duration, as a user would give them.
    for (relm::ScheduleTask &task : imported.value().input.tasks) {
        task.optimistic = task.duration / 2;
        task.pessimistic = task.duration * 3;
    }
    const auto simulated = relm::MonteCarlo::run(imported->input, {4, 1, {}, 1});
    if (simulated)
        (void)simulated->percentileDate(80);
    return 0;
}

// A working calendar as stored in the database (WorkCalendar::fromJson), then used: a timeline
// over it both ways, and a small schedule on it as the project and as a task calendar.
#include "schedule/Scheduler.h"
#include "schedule/WorkCalendar.h"
#include "schedule/WorkTimeline.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const relm::WorkCalendar calendar = relm::WorkCalendar::fromJson(bytes);
    (void)relm::WorkCalendar::fromJson(calendar.toJson());
    const QDateTime origin(QDate(2026, 1, 5), QTime(8, 0));
    const relm::WorkTimeline timeline(calendar, origin);
    // Offsets of a few years: beyond the horizon is covered by the unit tests, and indexing a
    // thousand years of days on every input would slow the search down a hundredfold.
    for (const qint64 offset : {qint64(0), qint64(1), qint64(-1), qint64(480), qint64(-4800), qint64(480000)}) {
        for (const auto edge : {relm::WorkTimeline::Edge::Start, relm::WorkTimeline::Edge::Finish}) {
            const QDateTime at = timeline.instantAt(offset, edge);
            if (!at.isValid())
                __builtin_trap();
            (void)timeline.offsetAt(at);
        }
    }
    relm::ScheduleInput input;
    input.projectStart = origin;
    input.calendar = calendar;
    input.taskCalendars.push_back(calendar);
    relm::ScheduleTask build;
    build.name = QStringLiteral("Build");
    build.duration = 3 * 480;
    relm::ScheduleTask deploy = build;
    deploy.name = QStringLiteral("Deploy");
    deploy.calendar = 0;
    relm::ScheduleTask done = build;
    done.name = QStringLiteral("Done");
    done.duration = 0;
    input.tasks = {build, deploy, done};
    input.links = {{0, 1}, {1, 2}};
    const auto result = relm::Scheduler::compute(input);
    if (result) {
        for (int i = 0; i < 3; ++i)
            (void)result->startOf(i), (void)result->finishOf(i);
    } else if (result.errorMessage().isEmpty()) {
        __builtin_trap();
    }
    return 0;
}

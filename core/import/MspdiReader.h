#pragma once

#include "Result.h"
#include "schedule/ScheduleInput.h"

#include <QHash>

namespace relm {

/// Dates a task keeps from the file whatever the schedule computes: a manually scheduled task's
/// start, and the actual start and finish of work done.
struct KeptDates {
    QDateTime manualStart;
    QDateTime actualStart;
    QDateTime actualFinish;
};

/// A schedule read from an MS Project XML (MSPDI) file, ready for the scheduler.
/// The dates another planning tool stored for one task, as wall-clock times (their time spec does
/// not matter: only date and time are compared); invalid when the file has none.
struct StoredDates {
    QDateTime start;
    QDateTime finish;
};

struct ImportedSchedule {
    QString name;
    ScheduleInput input;       ///< tasks in file order (blank rows and the project summary left out)
    QList<int> sourceUids;     ///< the file's UID of each task
    QList<bool> elapsed;       ///< tasks whose duration is elapsed time (scheduled on a 24-hour calendar)
    QList<KeptDates> kept;     ///< per task
    QList<StoredDates> stored; ///< per task: the dates the file says its tool computed
    int minutesPerDay = 480;
};

/// Reads MSPDI: the project start and status date, the project, task and base calendars (week and
/// exceptions, old and new style, recurring), tasks with their outline (phases), durations in
/// working or elapsed time, milestones, constraints (also on phases), manual scheduling and
/// progress, and dependencies of every type (also to and from phases) with lags in working time,
/// elapsed time or as a percentage. What it accepts passes the scheduler's input checks;
/// anything else (malformed numbers, duplicate UIDs, links to missing tasks, durations beyond the
/// limits, text that is not UTF-8) is refused with a message naming the file and the task.
class MspdiReader final {
public:
    static Result<ImportedSchedule> read(const QString &path);
    /// The same on a file's bytes; `source` names the file in messages.
    static Result<ImportedSchedule> readBytes(const QByteArray &bytes, const QString &source = QString());
};

} // namespace relm

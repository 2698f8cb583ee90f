#pragma once

#include "Result.h"
#include "domain/Ids.h"
#include "import/PlanFile.h"

#include <QJsonArray>

namespace relm {

struct ReleaseSchedule;

/// A task whose dates Relm computes differently from those the file stored.
struct DateDifference {
    int task = -1; ///< index into the plan's tasks
    QString name;
    QString sourceId;      ///< the task's id in the file
    qint64 startShift = 0; ///< working minutes Relm's start lies after the stored one (negative: before)
    qint64 finishShift = 0;
    QDateTime storedStart;
    QDateTime computedStart;
    QDateTime storedFinish;
    QDateTime computedFinish;
};

/// A date and time for --json: ISO 8601, or null when there is none.
QJsonValue isoOrNull(const QDateTime &time);

/// What Relm computes for a plan file on its own (from the file's project start, on its calendar),
/// compared with the dates the tool stored: the tasks that differ, by how much in working time.
class PlanDateCheck final {
public:
    static Result<QList<DateDifference>> differences(const PlanFile &plan);
    /// The same against the schedule Relm computed for the release the plan went into (what its
    /// chart shows); `taskIds` holds the id each of the file's tasks was stored under.
    static QList<DateDifference> differences(const PlanFile &plan, const ReleaseSchedule &schedule,
                                             const QList<Id> &taskIds);
    /// "3 tasks differ from the dates in the file: Build starts 1 day later, ..." (at most `shown` named).
    static QString summary(const QList<DateDifference> &differences, int shown = 10);
    /// The differences for --json: task, id, stored and computed start and finish, shifts.
    static QJsonArray toJson(const QList<DateDifference> &differences);
};

} // namespace relm

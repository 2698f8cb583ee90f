#pragma once

#include "Result.h"
#include "schedule/ScheduleInput.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <vector>

namespace relm {

/// A schedule as an MSPDI file holds it: what was planned and what was computed.
struct MspdiDocument {
    QString name;
    QDateTime start; ///< the project start
    QDateTime finish;
    QDateTime statusDate;
    int minutesPerDay = 480;
    WorkCalendar calendar;                   ///< the project calendar (UID 1)
    std::vector<WorkCalendar> taskCalendars; ///< UID 2, 3, ...

    struct Task {
        int uid = 0; ///< from 1; 0 is the project summary the writer adds
        QString name;
        int outlineLevel = 1;
        qint64 duration = 0; ///< minutes on the task's calendar
        bool milestone = false;
        bool summary = false;
        bool manual = false; ///< keeps `start` (written as a must-start-on constraint)
        bool elapsed = false;
        ConstraintType constraint = ConstraintType::AsSoonAsPossible;
        QDateTime constraintDate;
        int calendar = -1; ///< index into taskCalendars; -1: the project's
        int percentComplete = 0;
        QDateTime actualStart;
        QDateTime actualFinish;
        QDateTime start;
        QDateTime finish;
        QDateTime lateStart;
        QDateTime lateFinish;
        qint64 totalFloat = 0; ///< working minutes
        qint64 freeFloat = 0;
        bool critical = false;
    };
    std::vector<Task> tasks; ///< in outline order: each summary task before the tasks in it

    struct Link {
        int predecessor = -1; ///< indexes into tasks
        int successor = -1;
        LinkType type = LinkType::FinishToStart;
        qint64 lag = 0; ///< working minutes
        double lagPercent = 0;
        bool lagIsPercent = false;
    };
    std::vector<Link> links;
};

/// Writes Microsoft Project XML (MSPDI) as the Project 2007 schema (mspdi_pj12.xsd) orders it:
/// the project with its start, calendars with their exceptions, a project summary task (UID 0),
/// then each task with its outline level and WBS, duration, constraint, progress, computed dates
/// and float, and its dependencies (lags in tenths of a minute, or percentages).
class MspdiWriter final {
public:
    static QByteArray write(const MspdiDocument &document);
    /// Writes to a file, replacing it only once everything is written.
    static Result<void> writeFile(const MspdiDocument &document, const QString &path);
};

} // namespace relm

#pragma once

#include "import/MspdiReader.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

namespace relm {

/// A plan read from another planning tool's file: the schedule Relm computes from it, and what
/// the file itself said, for comparing the two after the import.
struct PlanFile {
    QString format; ///< the tool's name as users know it, for messages
    ImportedSchedule schedule;
    QList<StoredDates> stored; ///< same order as schedule.input.tasks
    int calendars = 0;         ///< calendars the file defines
    int calendarDays = 0;      ///< dates the project calendar sets apart (holidays, working days)
    QStringList notes;         ///< what Relm reads differently from the tool, in words for the summary
};

} // namespace relm

#pragma once

#include "Result.h"
#include "import/PlanDateCheck.h"

#include <QJsonObject>

namespace relm {

/// What importing a plan file brings in, for the summary the command line and the window show:
/// counts, the calendar, what Relm reads differently, and where its dates differ from the file's.
struct PlanImportReport {
    QString file; ///< the file's name
    QString format;
    QString release;
    int tasks = 0;
    int phases = 0;
    int milestones = 0;
    int links = 0;
    int calendars = 0;
    int calendarDays = 0;
    QDateTime projectStart;
    QStringList notes;
    QList<DateDifference> differences;

    /// Counts the plan and compares Relm's dates with the file's (refused when the plan cannot be scheduled).
    static Result<PlanImportReport> of(const PlanFile &plan, const QString &file);
    /// A few lines of text.
    QString text() const;
    QJsonObject toJson() const;
};

} // namespace relm

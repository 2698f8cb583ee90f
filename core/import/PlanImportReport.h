#pragma once

#include "Result.h"
#include "import/PlanDateCheck.h"

#include <QJsonObject>

#include <functional>
#include <memory>

namespace relm {

class ImportPlanFile;
class Workspace;

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
    /// Imports the plan through `import` (the window's undo stack or the command line's workspace),
    /// then compares the file's dates with the schedule the write door computed for what was
    /// stored: what the chart shows, computed once. The report, or the import's refusal.
    static Result<PlanImportReport>
    ofImport(Workspace &workspace, PlanFile plan, const QString &file,
             const std::function<Result<const ImportPlanFile *>(std::shared_ptr<const PlanFile>)> &import);
    /// A few lines of text.
    QString text() const;
    QJsonObject toJson() const;
};

} // namespace relm

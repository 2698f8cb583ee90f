#pragma once

#include "Result.h"
#include "import/PlanFile.h"

namespace relm {

/// Reads GanttProject (.gan) files: tasks and their nesting (phases), durations in working days,
/// milestones, dependencies of every type with lags in days (a dependency sits on its predecessor
/// there), earliest-start constraints, the working week and holidays (one-off and yearly), and the
/// start dates GanttProject stored. A task that no firm dependency drives keeps its stored start
/// (as start-no-earlier-than), as GanttProject places it. Anything malformed is refused with a
/// message naming the file, the line and what is wrong.
class GanttProjectReader final {
public:
    static Result<PlanFile> read(const QString &path);
    /// The same on a file's bytes; `source` names the file in messages.
    static Result<PlanFile> readBytes(const QByteArray &bytes, const QString &source = QString());
};

} // namespace relm

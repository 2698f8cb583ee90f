#pragma once

#include "Result.h"
#include "import/PlanFile.h"

namespace relm {

/// Reads GNOME Planner (.planner) files: tasks and their nesting (phases), work and fixed
/// durations (work shared by the resources assigned), milestones, constraints, dependencies of
/// every type with their lags, the project calendar with its base calendars (working hours per day
/// type, the week, and dates set apart), and the dates Planner computed. Anything malformed is
/// refused with a message naming the file, the line and what is wrong.
class PlannerReader final {
public:
    static Result<PlanFile> read(const QString &path);
    /// The same on a file's bytes; `source` names the file in messages.
    static Result<PlanFile> readBytes(const QByteArray &bytes, const QString &source = QString());
};

} // namespace relm

#pragma once

#include "Result.h"
#include "import/PlanFile.h"

#include <optional>

namespace relm {

/// The planning tools whose files Relm reads.
enum class PlanFormat { MsProject, GanttProject, Planner };

/// Reads a plan file of any format Relm knows, chosen by the file's extension.
class PlanFileReader final {
public:
    /// The format a file name stands for (.xml, .gan, .planner), none for other files.
    static std::optional<PlanFormat> formatOf(const QString &path);
    static bool isPlanFile(const QString &path) { return formatOf(path).has_value(); }
    static Result<PlanFile> read(const QString &path);
    static Result<PlanFile> read(const QString &path, PlanFormat format);
    /// The file name patterns of plan files, for file dialogs: "*.xml *.gan *.planner".
    static QString patterns();
};

} // namespace relm

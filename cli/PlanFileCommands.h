#pragma once

namespace relm {

class CliContext;

namespace cli {
/// import gan RELEASE FILE.gan: a GanttProject plan into a release, with a summary.
int importGanttProject(CliContext &cli);
/// import planner RELEASE FILE.planner: a GNOME Planner plan into a release, with a summary.
int importPlanner(CliContext &cli);
} // namespace cli

} // namespace relm

#pragma once

#include <QJsonArray>
#include <QJsonObject>

#include <functional>

namespace relm::bench {

/// Times one step (name, repeats, step) and returns its figures; empty when the step is left out.
using Measure = std::function<QJsonObject(const QString &, int, const std::function<void(int)> &)>;

/// Writes a Planner file of `tasks` tasks (phases of 100, linked in chains with every link type,
/// a calendar with holidays and half days) into `folder`, and returns its path.
QString writePlannerFile(const QString &folder, int tasks);

/// Steps planner_read_schedule_<n>k_tasks: reading a generated Planner file and scheduling it,
/// with the memory the read plan and its schedule hold (budget: 20k under 1 s; 100k under 3 s and
/// 300 MB).
void benchmarkPlannerFiles(QJsonArray &results, const QString &folder, bool quick, const Measure &measure);

} // namespace relm::bench

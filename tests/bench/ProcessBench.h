#pragma once

#include <QJsonArray>
#include <QString>

namespace relm::bench {

/// Steps process_open_*: Relm as a user starts it, a whole process from launch until the plan
/// is shown in the Gantt and the window is idle (`relm --exit-when-idle --db DB PLAN`), with the
/// process's peak memory. Each run opens the plan into a fresh copy of a demo database. The
/// MSPDI files are the ones the mspdi_ steps wrote into `folder` (generated-<n>.xml), when there.
void benchmarkWholeProcess(QJsonArray &results, const QString &folder, bool quick);

} // namespace relm::bench

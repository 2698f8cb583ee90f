#pragma once

#include "domain/Risk.h"
#include "planning/ReleasePlanning.h"

#include <QImage>

namespace relm::notes {

/// The 5×5 risk heat map (likelihood up, impact across) with the count of open risks per cell,
/// coloured by band, for printed documents.
QImage riskHeatMap(const QList<Risk> &risks);

/// A compact Gantt picture of a computed schedule: one bar per task (critical ones red),
/// milestones as diamonds, month ticks across the top.
QImage ganttPicture(const ReleaseSchedule &schedule);

} // namespace relm::notes

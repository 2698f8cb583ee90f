#pragma once

#include "domain/Risk.h"

#include <QImage>

namespace relm::notes {

/// The 5×5 risk heat map (likelihood up, impact across) with the count of open risks per cell,
/// coloured by band, for printed documents.
QImage riskHeatMap(const QList<Risk> &risks);

} // namespace relm::notes

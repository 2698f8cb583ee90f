#pragma once

#include "domain/Ids.h"

#include <QString>

class QMimeData;

namespace relm::calendar_mime {

/// "application/x-relm-calendar-deployment": a planned deployment being moved on the calendar.
QString deploymentType();
QMimeData *encodeDeployment(Id deploymentId);
/// The deployment id carried, or 0.
Id decodeDeployment(const QMimeData *mime);

} // namespace relm::calendar_mime

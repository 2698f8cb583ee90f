#pragma once

#include "Result.h"
#include "domain/Ids.h"
#include "import/MspdiReader.h"
#include "import/MspdiWriter.h"
#include "schedule/Scheduler.h"

namespace relm {

class Workspace;

namespace mspdi_export {

/// A schedule read from a file, with the dates computed for it, as a document to write again.
MspdiDocument documentOf(const ImportedSchedule &schedule, const ScheduleResult &result);
/// A release's plan with its computed schedule: its tasks in outline order, its own dependencies
/// (those on other releases' tasks are left out: a file holds one project), its calendars and dates.
Result<MspdiDocument> documentOf(Workspace &workspace, Id releaseId);

} // namespace mspdi_export

} // namespace relm

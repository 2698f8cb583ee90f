#pragma once

#include "Result.h"
#include "metrics/DeliveryMetrics.h"

namespace relm {

class Workspace;

/// Reads what the metrics need from the workspace: production deployments with their service,
/// change requests, releases with their risk exposure and sign-off turnaround.
Result<MetricInput> loadMetricInput(Workspace &workspace);

} // namespace relm

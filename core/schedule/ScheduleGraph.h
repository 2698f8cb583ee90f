#pragma once

#include "Result.h"
#include "schedule/ScheduleInput.h"

#include <vector>

namespace relm {

/// The dependency graph the scheduler walks: links to and from summary tasks expanded to their
/// leaf tasks, lags resolved to minutes, adjacency in flat arrays, and the tasks in topological order.
struct ScheduleGraph {
    struct Edge {
        int from;
        int to;
        LinkType type;
        qint64 lag;
    };

    std::vector<Edge> edges;
    std::vector<int> predecessorBegin; ///< per task, into predecessorEdges (size tasks + 1)
    std::vector<int> predecessorEdges;
    std::vector<int> successorBegin;
    std::vector<int> successorEdges;
    /// The same edges copied in adjacency order, so the passes read them contiguously.
    std::vector<Edge> incoming; ///< grouped by successor, ranges from predecessorBegin
    std::vector<Edge> outgoing; ///< grouped by predecessor, ranges from successorBegin

    /// Edges reduced to arithmetic for tasks on the project calendar: the date to read is
    /// dates[index] (start and finish of each task interleaved), then add lag and, when
    /// withDuration is 1, subtract (forward) or add (backward) the task's own duration.
    struct FastEdge {
        int index;
        int withDuration;
        qint64 lag;
    };
    std::vector<FastEdge> fastIncoming; ///< forward pass: early dates of the predecessor
    std::vector<FastEdge> fastOutgoing; ///< backward pass: late dates of the successor
    std::vector<int> order;             ///< leaf tasks, every predecessor before its successors
    std::vector<int> summaries;         ///< summary tasks, parents before their child summaries
    std::vector<std::vector<int>> children;

    /// Builds the graph, or refuses naming the task: input beyond the limits (ScheduleValidation),
    /// phases nested too deep or in a loop, links between phases that expand to too many, or a
    /// dependency cycle (named task by task).
    static Result<ScheduleGraph> build(const ScheduleInput &input);
};

} // namespace relm

#include "ScheduleGraph.h"

#include "schedule/ScheduleLimits.h"
#include "schedule/ScheduleValidation.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <span>

namespace relm {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::ScheduleGraph", text);
}

QString label(const ScheduleInput &input, int task) {
    const ScheduleTask &t = input.tasks[size_t(task)];
    return t.name.isEmpty() ? t.id : t.name;
}

/// Fills begin/items as compressed adjacency from (key, edge) pairs.
void compress(size_t nodes, const std::vector<ScheduleGraph::Edge> &edges, bool bySuccessor, std::vector<int> &begin,
              std::vector<int> &items) {
    begin.assign(nodes + 1, 0);
    for (const auto &e : edges)
        ++begin[size_t(bySuccessor ? e.to : e.from) + 1];
    for (size_t i = 0; i < nodes; ++i)
        begin[i + 1] += begin[i];
    items.assign(edges.size(), 0);
    std::vector<int> fill(begin.begin(), begin.end() - 1);
    for (size_t k = 0; k < edges.size(); ++k)
        items[size_t(fill[size_t(bySuccessor ? edges[k].to : edges[k].from)]++)] = int(k);
}

/// Names the tasks of one cycle among the tasks Kahn's algorithm could not order.
QStringList findCycle(const ScheduleInput &input, const ScheduleGraph &g, const std::vector<int> &remaining) {
    std::vector<char> state(input.tasks.size(), 0); // 0 unseen, 1 on the path, 2 done
    std::vector<int> stack;
    std::vector<int> next;
    for (const int start : remaining) {
        if (state[size_t(start)])
            continue;
        stack = {start};
        next = {g.successorBegin[size_t(start)]};
        state[size_t(start)] = 1;
        while (!stack.empty()) {
            const int node = stack.back();
            if (next.back() == g.successorBegin[size_t(node) + 1]) {
                state[size_t(node)] = 2;
                stack.pop_back();
                next.pop_back();
                continue;
            }
            const int to = g.edges[size_t(g.successorEdges[size_t(next.back()++)])].to;
            if (state[size_t(to)] == 1) {
                QStringList names;
                auto from = std::find(stack.begin(), stack.end(), to);
                for (auto it = from; it != stack.end(); ++it)
                    names.append(label(input, *it));
                names.append(label(input, to));
                return names;
            }
            if (state[size_t(to)] == 0) {
                state[size_t(to)] = 1;
                stack.push_back(to);
                next.push_back(g.successorBegin[size_t(to)]);
            }
        }
    }
    return {};
}

} // namespace

Result<ScheduleGraph> ScheduleGraph::build(const ScheduleInput &input) {
    if (auto checked = ScheduleValidation::checkInput(input); !checked)
        return checked.error();
    const size_t n = input.tasks.size();
    ScheduleGraph g;
    g.children.resize(n);
    for (size_t i = 0; i < n; ++i) {
        if (input.tasks[i].parent >= 0)
            g.children[size_t(input.tasks[i].parent)].push_back(int(i));
    }

    // Outline depth, walking up at most the deepest outline allowed: bounded work per task, and a
    // loop of summary tasks shows up as a depth beyond it.
    std::vector<int> depth(n, 0);
    for (size_t i = 0; i < n; ++i) {
        int steps = 0;
        for (int p = input.tasks[i].parent; p >= 0; p = input.tasks[size_t(p)].parent) {
            if (++steps > scheduleLimits::kMaxOutlineDepth)
                return makeError(ErrorCode::Invalid,
                                 tr("Task \u201C%1\u201D is nested more than %2 phases deep, or its phases contain "
                                    "each other in a loop. Flatten the outline.")
                                     .arg(label(input, int(i)))
                                     .arg(scheduleLimits::kMaxOutlineDepth));
        }
        depth[i] = steps;
    }
    // Leaf descendants of each summary: a link to a summary task applies to each of them.
    std::vector<std::vector<int>> leaves(n);
    for (size_t i = 0; i < n; ++i) {
        if (!g.children[i].empty())
            continue;
        for (int p = input.tasks[i].parent; p >= 0; p = input.tasks[size_t(p)].parent)
            leaves[size_t(p)].push_back(int(i));
    }
    // A link's own index stands for a leaf task, a phase's leaves for the phase: no copies.
    auto endpoints = [&](const int &task) -> std::span<const int> {
        if (g.children[size_t(task)].empty())
            return {&task, 1};
        return leaves[size_t(task)];
    };

    // Links to or from phases multiply: count what they expand to before expanding anything,
    // so that memory and time stay bounded (plain links grow only with the input).
    qint64 expanded = 0;
    for (const ScheduleLink &link : input.links) {
        const qint64 pairs = qint64(endpoints(link.predecessor).size()) * qint64(endpoints(link.successor).size());
        expanded += pairs > 1 ? pairs : 0;
        if (expanded > scheduleLimits::kMaxExpandedLinks)
            return makeError(ErrorCode::Invalid,
                             tr("The dependency from \u201C%1\u201D to \u201C%2\u201D makes the links between phases "
                                "stand for more than %3 dependencies between their tasks (a link to or from a phase "
                                "applies to each of its tasks). Link the phases' first and last tasks instead.")
                                 .arg(label(input, link.predecessor), label(input, link.successor))
                                 .arg(scheduleLimits::kMaxExpandedLinks));
    }
    g.edges.reserve(input.links.size() + size_t(expanded));
    for (const ScheduleLink &link : input.links) {
        const auto froms = endpoints(link.predecessor);
        const auto tos = endpoints(link.successor);
        for (const int from : froms) {
            for (const int to : tos) {
                // Validation bounds the percentage and the duration, so the product stays small.
                const qint64 lag =
                    link.lagIsPercent
                        ? qint64(std::llround(double(input.tasks[size_t(from)].duration) * link.lagPercent / 100.0))
                        : link.lag;
                g.edges.push_back({from, to, link.type, lag});
            }
        }
    }
    compress(n, g.edges, true, g.predecessorBegin, g.predecessorEdges);
    compress(n, g.edges, false, g.successorBegin, g.successorEdges);
    g.incoming.reserve(g.edges.size());
    for (const int k : g.predecessorEdges)
        g.incoming.push_back(g.edges[size_t(k)]);
    g.outgoing.reserve(g.edges.size());
    for (const int k : g.successorEdges)
        g.outgoing.push_back(g.edges[size_t(k)]);
    for (const Edge &e : g.incoming) {
        const bool fromFinish = e.type == LinkType::FinishToStart || e.type == LinkType::FinishToFinish;
        const bool toFinish = e.type == LinkType::FinishToFinish || e.type == LinkType::StartToFinish;
        g.fastIncoming.push_back({2 * e.from + (fromFinish ? 1 : 0), toFinish ? 1 : 0, e.lag});
    }
    for (const Edge &e : g.outgoing) {
        const bool fromStart = e.type == LinkType::StartToStart || e.type == LinkType::StartToFinish;
        const bool toFinish = e.type == LinkType::FinishToFinish || e.type == LinkType::StartToFinish;
        g.fastOutgoing.push_back({2 * e.to + (toFinish ? 1 : 0), fromStart ? 1 : 0, e.lag});
    }

    // Kahn's algorithm over the leaf tasks.
    std::vector<int> indegree(n, 0);
    for (const Edge &e : g.edges)
        ++indegree[size_t(e.to)];
    g.order.reserve(n);
    for (size_t i = 0; i < n; ++i) {
        if (g.children[i].empty() && indegree[i] == 0)
            g.order.push_back(int(i));
    }
    for (size_t head = 0; head < g.order.size(); ++head) {
        const int t = g.order[head];
        for (int k = g.successorBegin[size_t(t)]; k < g.successorBegin[size_t(t) + 1]; ++k) {
            const int to = g.edges[size_t(g.successorEdges[size_t(k)])].to;
            if (--indegree[size_t(to)] == 0)
                g.order.push_back(to);
        }
    }
    size_t leafCount = 0;
    for (size_t i = 0; i < n; ++i)
        leafCount += g.children[i].empty() ? 1 : 0;
    if (g.order.size() < leafCount) {
        std::vector<int> remaining;
        for (size_t i = 0; i < n; ++i) {
            if (g.children[i].empty() && indegree[i] > 0)
                remaining.push_back(int(i));
        }
        return makeError(ErrorCode::Invalid, tr("The dependencies form a cycle: %1. Remove or reverse one of these "
                                                "links.")
                                                 .arg(findCycle(input, g, remaining).join(QStringLiteral(" \u2192 "))));
    }

    for (size_t i = 0; i < n; ++i) {
        if (!g.children[i].empty())
            g.summaries.push_back(int(i));
    }
    std::stable_sort(g.summaries.begin(), g.summaries.end(),
                     [&](int a, int b) { return depth[size_t(a)] < depth[size_t(b)]; });
    return g;
}

} // namespace relm

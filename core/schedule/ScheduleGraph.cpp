#include "ScheduleGraph.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

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
    const size_t n = input.tasks.size();
    ScheduleGraph g;
    g.children.resize(n);
    for (size_t i = 0; i < n; ++i) {
        const ScheduleTask &t = input.tasks[i];
        if (t.duration < 0)
            return makeError(ErrorCode::Invalid,
                             tr("\u201C%1\u201D has a negative duration.").arg(label(input, int(i))));
        if (t.constraint != ConstraintType::AsSoonAsPossible && !t.constraintDate.isValid())
            return makeError(ErrorCode::Invalid,
                             tr("\u201C%1\u201D has a date constraint without a date.").arg(label(input, int(i))));
        if (t.parent >= int(n) || t.parent == int(i))
            return makeError(
                ErrorCode::Invalid,
                tr("\u201C%1\u201D belongs to a summary task that does not exist.").arg(label(input, int(i))));
        if (t.parent >= 0)
            g.children[size_t(t.parent)].push_back(int(i));
    }

    // Leaf descendants of each summary: a link to a summary task applies to each of them.
    std::vector<std::vector<int>> leaves(n);
    std::vector<int> depth(n, 0);
    for (size_t i = 0; i < n; ++i) {
        int guard = 0;
        for (int p = input.tasks[i].parent; p >= 0; p = input.tasks[size_t(p)].parent) {
            if (++guard > int(n))
                return makeError(ErrorCode::Invalid, tr("The summary tasks contain each other in a loop."));
            ++depth[i];
            if (g.children[i].empty())
                leaves[size_t(p)].push_back(int(i));
        }
    }
    auto endpoints = [&](int task) {
        return g.children[size_t(task)].empty() ? std::vector<int>{task} : leaves[size_t(task)];
    };

    for (const ScheduleLink &link : input.links) {
        if (link.predecessor < 0 || link.successor < 0 || link.predecessor >= int(n) || link.successor >= int(n))
            return makeError(ErrorCode::Invalid, tr("A dependency refers to a task that does not exist."));
        if (link.predecessor == link.successor)
            return makeError(ErrorCode::Invalid,
                             tr("\u201C%1\u201D cannot depend on itself.").arg(label(input, link.predecessor)));
        for (const int from : endpoints(link.predecessor)) {
            for (const int to : endpoints(link.successor)) {
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

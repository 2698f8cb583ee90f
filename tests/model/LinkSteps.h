#pragma once

#include "domain/Plan.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <random>

namespace relm {
class Change;
class Workspace;
} // namespace relm

namespace relm::test {

/// The dependency steps of a random session: links added and removed one by one, and a task's
/// predecessors replaced in one step as the predecessors dialog sends them (some kept, some
/// changed, some new, now and then closing a loop or reaching into another release). Each
/// returns what it attempted, as RandomSession does.
class LinkSteps final {
public:
    using Perform = std::function<QString(std::unique_ptr<Change>)>;
    /// The tasks of one release, picked as the session picks them.
    using SomeTasks = std::function<QList<PlanTask>(std::mt19937 &)>;

    LinkSteps(Workspace &workspace, Perform perform, SomeTasks someTasks)
        : m_ws(workspace)
        , m_perform(std::move(perform))
        , m_someTasks(std::move(someTasks)) {}

    QString addLink(std::mt19937 &rng);
    QString removeLink(std::mt19937 &rng);
    QString replacePredecessors(std::mt19937 &rng);

private:
    Workspace &m_ws;
    Perform m_perform;
    SomeTasks m_someTasks;
};

} // namespace relm::test

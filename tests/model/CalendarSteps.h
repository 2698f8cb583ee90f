#pragma once

#include <QString>

#include <functional>
#include <memory>
#include <random>

namespace relm {
class Change;
class Workspace;
} // namespace relm

namespace relm::test {

/// The change calendar's steps of a random session: windows added, edited and removed (some of
/// them with rules, zones or spans the door must refuse), freezes overridden and overrides
/// withdrawn, planned deployments moved. Each returns what it attempted, as RandomSession does.
class CalendarSteps final {
public:
    using Perform = std::function<QString(std::unique_ptr<Change>)>;

    CalendarSteps(Workspace &workspace, Perform perform)
        : m_ws(workspace)
        , m_perform(std::move(perform)) {}

    QString editWindow(std::mt19937 &rng);
    QString overrideFreeze(std::mt19937 &rng);
    QString moveDeployment(std::mt19937 &rng);

private:
    Workspace &m_ws;
    Perform m_perform;
};

} // namespace relm::test

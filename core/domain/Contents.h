#pragma once

#include "domain/Component.h"

#include <QDateTime>
#include <QJsonArray>

namespace relm {

/// A set of component versions: a release's package contents, a build, an environment's inventory.
using Contents = QList<ComponentVersion>;

/// What changed between two sets of component versions, by component.
struct ContentDiff {
    Contents added;                                               ///< components only in "after"
    Contents removed;                                             ///< components only in "before"
    QList<std::pair<ComponentVersion, ComponentVersion>> changed; ///< same component, other version
    bool isEmpty() const { return added.isEmpty() && removed.isEmpty() && changed.isEmpty(); }
};

namespace contents {
/// Compares two sets by component name (a component appearing twice counts by its highest version).
ContentDiff compare(const Contents &before, const Contents &after);
/// A SHA-256 over the exact content (component, version and fingerprint of each), order-independent.
QString fingerprint(const Contents &items);
QJsonArray toJson(const Contents &items);
Contents fromJson(const QJsonArray &array);
QJsonObject diffToJson(const ContentDiff &diff);
/// What deploying `release` onto an environment running `environment` changes: components new
/// there (added) and components at another version (changed). Nothing is removed by a deployment.
ContentDiff deploymentChange(const Contents &environment, const Contents &release);
/// What an environment runs after `deployed` went onto it: each deployed component replaces
/// whatever version of it ran there; the rest stays. Sorted by component name.
Contents deployOnto(const Contents &environment, const Contents &deployed);
/// The newest version per component, sorted by component name.
Contents newestPerComponent(const Contents &items);
} // namespace contents

/// A frozen release baseline: the exact content recorded when the release was frozen.
struct Baseline {
    Id releaseId = 0;
    QString fingerprint;
    QDateTime frozenAt;
    QString frozenBy;
    Contents content;

    bool operator==(const Baseline &) const = default;
};

/// A numbered build of a release and the content it was built from.
struct Build {
    enum class Outcome { Succeeded, Failed, Partial };

    Id id = 0;
    Id releaseId = 0;
    int number = 0;
    QDateTime builtAt;
    QString builtBy;
    Outcome outcome = Outcome::Succeeded;
    QString notes;
    Contents content;

    bool operator==(const Build &) const = default;
};

/// One recorded state of an environment's inventory (newest first in history lists).
struct EnvironmentSnapshot {
    Id id = 0;
    Id environmentId = 0;
    QDateTime at;
    QString actor;
    QString reason;
    Id releaseId = 0;
    Contents content;
};

} // namespace relm

#pragma once

#include "Result.h"
#include "domain/Contents.h"

#include <optional>

namespace relm {

class Database;

/// What happens to a release on its way out: its frozen baseline, its builds, and the inventories
/// of the environments it goes to (with their history).
class DeliveryStore final {
public:
    explicit DeliveryStore(Database &db);

    Result<std::optional<Baseline>> baseline(Id releaseId);
    Result<void> setBaseline(const Baseline &baseline);
    Result<void> removeBaseline(Id releaseId);

    /// Builds of a release, lowest number first.
    Result<QList<Build>> builds(Id releaseId);
    Result<Build> build(Id id);
    Result<Id> insert(const Build &build);
    Result<void> update(const Build &build);
    Result<void> removeBuild(Id id);

    /// The component versions an environment runs now.
    Result<Contents> inventory(Id environmentId);
    Result<void> setInventory(Id environmentId, const QList<Id> &versionIds);
    /// Recorded states of an environment, newest first.
    Result<QList<EnvironmentSnapshot>> history(Id environmentId);
    Result<Id> insert(const EnvironmentSnapshot &snapshot);
    Result<void> removeSnapshot(Id id);

private:
    Database &m_db;
};

} // namespace relm

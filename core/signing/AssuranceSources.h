#pragma once

namespace relm {

class Database;
class ReleaseStore;
class DeliveryStore;
class RiskStore;
class AcceptanceStore;
class SignOffStore;
class DirectoryStore;
class DeploymentStore;
class CatalogueStore;
class PlanStore;
class CalendarStore;

/// The stores that sign-off, verification and the release gate read from. Built from a Workspace
/// (reading) or from a ChangeContext (inside a change's transaction), which name them alike.
struct AssuranceSources {
    Database &db;
    ReleaseStore &releases;
    DeliveryStore &delivery;
    RiskStore &risks;
    AcceptanceStore &acceptance;
    SignOffStore &signOffs;
    DirectoryStore &directory;
    DeploymentStore &deployments;
    CatalogueStore &catalogue;
    PlanStore &plan;
    CalendarStore &calendar;

    template<typename Stores>
    static AssuranceSources of(Stores &stores) {
        return {stores.database(),   stores.releases(), stores.delivery(),  stores.risks(),
                stores.acceptance(), stores.signOffs(), stores.directory(), stores.deployments(),
                stores.catalogue(),  stores.plan(),     stores.calendar()};
    }
};

} // namespace relm

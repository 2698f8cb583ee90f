#pragma once

#include "Result.h"
#include "calendar/CalendarEvents.h"
#include "checks/Finding.h"

#include <memory>

namespace relm {

/// A clash on the forward schedule of change, naming everything it affects and what would fix it.
struct CalendarConflict {
    enum class Kind {
        Freeze,             ///< a planned deployment inside a freeze
        EnvironmentBooking, ///< two releases deploying to one environment at once
        SharedComponent,    ///< two releases changing one component (or two that depend on each other) at once
        DeploymentOrder     ///< a deployment that leaves an environment incompatible until another one lands
    };

    Kind kind = Kind::Freeze;
    QString key;     ///< stable: "freeze:w3:d12"
    QString summary; ///< one line
    QString fix;     ///< what would resolve it
    QDateTime start; ///< UTC, where it happens
    QDateTime end;
    QList<Id> releaseIds;
    QList<Id> deploymentIds;
    Id windowId = 0;
    QStringList releases;     ///< every affected release, by name
    QStringList components;   ///< every affected component, by name
    QStringList environments; ///< every affected environment, by name
    bool overridden = false;  ///< a freeze someone entitled let the deployment run in
    QString override;         ///< who, in which role, why
};

QString kindKey(CalendarConflict::Kind kind); ///< "freeze", "environment", "component", "order"
QString labelOf(CalendarConflict::Kind kind);

/// The conflicts a release is part of from now on (a year ahead), as warnings for the Findings dock.
Result<QList<Finding>> calendarFindings(AssuranceSources sources, Id releaseId, const QDateTime &now);

class ConflictIndex;

/// Finds every conflict among planned deployments over [from, to) (UTC).
class ConflictFinder final {
public:
    /// Reads release contents and component relations once.
    static Result<ConflictFinder> load(Workspace &workspace, const CalendarData &data);
    static Result<ConflictFinder> load(AssuranceSources sources, const CalendarData &data);

    QList<CalendarConflict> find(const QDateTime &from, const QDateTime &to) const;
    /// The conflicts one release is part of.
    static QList<CalendarConflict> involving(const QList<CalendarConflict> &all, Id releaseId);

private:
    explicit ConflictFinder(const CalendarData &data)
        : m_data(&data) {}

    const CalendarData *m_data;
    std::shared_ptr<const ConflictIndex> m_index; ///< release contents, inventories, relations
};

} // namespace relm

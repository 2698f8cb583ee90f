#pragma once

#include "domain/Ids.h"

#include <QMetaType>

namespace relm {

enum class Entity {
    Release,
    Package,
    PackageItem,
    Component,
    ComponentVersion,
    Person,
    Environment,
    ChangeRequest,
    Baseline,
    Build,
    EnvironmentInventory,
    Task,
    TaskLink,
    FreezeWindow,
    FreezeOverride,
    CabMeeting,
    Calendar,
    ScheduleBaseline,
    Risk,
    Criterion,
    Policy,
    SigningKey,
    SignOff,
    Deployment,
    RunbookStep,
    KnownError,
    Review,
    Waiver,
    NotesTemplate,
    NotesBranding
};

/// What a committed change did, so that views can update the rows concerned.
struct ChangeNotice {
    enum class Kind { Created, Updated, Removed };

    Entity entity = Entity::Release;
    Kind kind = Kind::Updated;
    Id id = 0;
    Id releaseId = 0; ///< the release concerned, 0 for catalogue and directory records

    bool operator==(const ChangeNotice &) const = default;
};

} // namespace relm

Q_DECLARE_METATYPE(relm::ChangeNotice)

#pragma once

#include "domain/Ids.h"
#include "domain/Vocabulary.h"

#include <QList>
#include <QString>

namespace relm {

/// A configuration item that can be released.
struct Component {
    Id id = 0;
    QString name;
    ComponentKind kind = ComponentKind::Application;
    Id ownerId = 0;
    QString ownerLogin; ///< filled on read
    QString description;
    bool retired = false;

    bool operator==(const Component &) const = default;
};

/// A version's statement about another component: it requires a version in the range to be
/// present (in the release or the target environment), or it conflicts with one.
struct VersionRelation {
    enum class Kind { Requires, Conflicts };

    Kind kind = Kind::Requires;
    QString component;
    QString range; ///< VersionRange syntax, e.g. ">=2.3 <3"

    bool operator==(const VersionRelation &) const = default;
};

/// One version of a component, optionally with the SHA-256 of its artefact.
struct ComponentVersion {
    Id id = 0;
    Id componentId = 0;
    QString componentName; ///< filled on read
    QString version;
    QString sha256;
    QString sourceRef;
    bool retired = false;
    QList<VersionRelation> relations;

    bool operator==(const ComponentVersion &) const = default;
};

} // namespace relm

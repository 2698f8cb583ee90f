#pragma once

#include "domain/Ids.h"
#include "domain/Vocabulary.h"

#include <QList>
#include <QString>

namespace relm {

/// Someone who acts in Relm; the audit trail records who did what.
struct Person {
    Id id = 0;
    QString login;
    QString displayName;
    QString email;
    QList<Role> roles;

    bool operator==(const Person &) const = default;
};

/// Where releases are deployed: build, test, staging, production, or user-defined.
struct Environment {
    Id id = 0;
    QString name;
    EnvironmentKind kind = EnvironmentKind::Other;
    int position = 0;
    QString description;

    bool operator==(const Environment &) const = default;
};

} // namespace relm

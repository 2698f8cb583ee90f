#pragma once

#include "domain/Ids.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace relm {

/// One problem a checker found, naming what is involved and how to fix it.
struct Finding {
    enum class Kind {
        UnmetRequirement,
        Conflict,
        DuplicateComponent,
        MissingFingerprint,
        RetiredVersion,
        BaselineChanged,
        CalendarConflict ///< a clash on the change calendar (see ConflictFinder)
    };
    enum class Severity { Error, Warning };

    Kind kind = Kind::UnmetRequirement;
    Severity severity = Severity::Error;
    QString message;
    QString fix;
    QStringList components; ///< names of the components involved
    QList<Id> versionIds;   ///< the versions involved (in the release)
    Id releaseId = 0;

    /// Stable key for JSON and tests, e.g. "unmet_requirement".
    QString kindKey() const;
    /// Stable identity of this finding, for waivers: its kind, the components and the versions
    /// involved, e.g. "conflict:billing-api,payments-gateway:41".
    QString key() const;
    bool isError() const { return severity == Severity::Error; }
};

} // namespace relm

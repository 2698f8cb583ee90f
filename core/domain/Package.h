#pragma once

#include "domain/Component.h"

#include <QDateTime>
#include <QList>

namespace relm {

/// A named unit inside a release grouping component versions that ship together.
struct Package {
    Id id = 0;
    Id releaseId = 0;
    QString name;
    QList<ComponentVersion> contents; ///< filled on read

    bool operator==(const Package &) const = default;
};

/// A change request (RFC): the demand a release satisfies.
struct ChangeRequest {
    Id id = 0;
    QString reference; ///< e.g. RFC-1042
    QString title;
    QString description;
    QDateTime createdAt; ///< UTC
    Id releaseId = 0;    ///< the release that delivers it, 0 when not yet planned

    bool operator==(const ChangeRequest &) const = default;
};

} // namespace relm

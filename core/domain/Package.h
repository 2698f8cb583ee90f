#pragma once

#include "domain/Component.h"
#include "domain/Vocabulary.h"

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

/// A change request (RFC): the demand a release satisfies. One change may be delivered by several
/// releases (a feature spread over two, a fix back-ported), so the link is a list.
struct ChangeRequest {
    Id id = 0;
    QString reference;   ///< the id in the organisation's change system, e.g. RFC-1042
    QString title;       ///< internal title
    QString description; ///< internal detail: never printed for customers
    ChangeKind kind = ChangeKind::Feature;
    ChangeStatus status = ChangeStatus::Proposed;
    QString publicSummary; ///< what customers read; without it the change stays out of customer notes
    QString userAction;    ///< what users need to do because of it, for customers; empty: nothing
    QDateTime createdAt;   ///< UTC
    QList<Id> releaseIds;  ///< filled on read; changed by LinkChangeRequest, not by an edit

    bool operator==(const ChangeRequest &) const = default;
};

} // namespace relm

#pragma once

#include "Result.h"
#include "domain/Contents.h"
#include "domain/Package.h"
#include "domain/Release.h"

#include <QHash>

namespace relm {

class Database;

/// Releases, their packages with contents, and the change requests they deliver.
class ReleaseStore final {
public:
    explicit ReleaseStore(Database &db);

    Result<QList<Release>> releases();
    Result<Release> release(Id id);
    Result<Release> releaseByName(const QString &name);
    Result<Id> insert(const Release &release);
    Result<void> update(const Release &release);
    Result<void> removeRelease(Id id);

    /// Packages with their contents, of one release or (releaseId 0) of all, keyed by release id.
    Result<QHash<Id, QList<Package>>> packagesByRelease(Id releaseId = 0);
    Result<QList<Package>> packages(Id releaseId);
    /// The release's content as it stands: every version in every package.
    Result<Contents> content(Id releaseId);
    Result<Package> package(Id id);
    Result<Id> insert(const Package &package);
    Result<void> update(const Package &package);
    Result<void> removePackage(Id id);
    /// Adds a version to a package; false when it was there already (nothing changed).
    Result<bool> addToPackage(Id packageId, Id versionId);
    /// Removes a version from a package; false when it was not there (nothing changed).
    Result<bool> removeFromPackage(Id packageId, Id versionId);

    /// Change requests delivered by one release, or all when releaseId is 0.
    Result<QList<ChangeRequest>> changeRequests(Id releaseId = 0);
    Result<ChangeRequest> changeRequest(Id id);
    /// The change request with this reference (case-insensitive).
    Result<ChangeRequest> changeRequestByReference(const QString &reference);
    /// Links a change request to a release that delivers it; false when linked already.
    Result<bool> linkChangeRequest(Id changeId, Id releaseId);
    /// Removes that link; false when there was none.
    Result<bool> unlinkChangeRequest(Id changeId, Id releaseId);
    /// Writes a new change request with its release links.
    Result<Id> insert(const ChangeRequest &change);
    /// Writes the change request's own fields; its release links are left alone.
    Result<void> update(const ChangeRequest &change);
    Result<void> removeChangeRequest(Id id);

private:
    Result<QList<Release>> queryReleases(const QString &where, const QVariantList &values);
    Result<QList<ChangeRequest>> queryChangeRequests(const QString &where, const QVariantList &values);
    Result<void> checkUnique(const Release &release);

    Database &m_db;
};

} // namespace relm

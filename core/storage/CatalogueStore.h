#pragma once

#include "Result.h"
#include "domain/Component.h"
#include "storage/RowWriter.h"

namespace relm {

class Database;

QString relationKindKey(VersionRelation::Kind kind);
VersionRelation::Kind relationKindFromKey(const QString &key);

/// The component catalogue: components and their versions.
class CatalogueStore final {
public:
    explicit CatalogueStore(Database &db);

    Result<QList<Component>> components();
    Result<Component> component(Id id);
    Result<Component> componentByName(const QString &name);
    Result<Id> insert(const Component &component);
    Result<void> update(const Component &component);
    Result<void> removeComponent(Id id);

    /// Versions of one component, or of all components when componentId is 0.
    Result<QList<ComponentVersion>> versions(Id componentId = 0);
    Result<ComponentVersion> version(Id id);
    Result<ComponentVersion> findVersion(const QString &componentName, const QString &version);
    Result<Id> insert(const ComponentVersion &version);
    Result<void> update(const ComponentVersion &version);
    Result<void> removeVersion(Id id);

    /// Reads the relations of the given versions (filter over "version_relations r").
    Result<void> attachRelations(QList<ComponentVersion> &versions, const QString &versionFilter,
                                 const QVariantList &values);

private:
    Result<QList<Component>> queryComponents(const QString &where, const QVariantList &values);
    Result<QList<ComponentVersion>> queryVersions(const QString &where, const QVariantList &values);
    Result<void> writeRelations(const ComponentVersion &version);
    Result<void> checkUnique(const Component &component);
    Result<void> checkUnique(const ComponentVersion &version);

    Database &m_db;
    RowWriter m_versionWriter; ///< kept: it builds its statements once
};

} // namespace relm

#include "CatalogueStore.h"

#include "storage/Database.h"
#include "storage/RowWriter.h"
#include "storage/StoreSupport.h"

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::CatalogueStore", text);
}

RowWriter componentWriter(Database &db) {
    return RowWriter(db, u"components"_s, {u"name"_s, u"kind"_s, u"owner_id"_s, u"description"_s, u"retired"_s});
}

RowWriter versionWriter(Database &db) {
    return RowWriter(db, u"component_versions"_s,
                     {u"component_id"_s, u"version"_s, u"sha256"_s, u"source_ref"_s, u"retired"_s});
}

QVariantList componentValues(const Component &c) {
    return {c.name, keyOf(c.kind), nullableId(c.ownerId), c.description, c.retired};
}

QVariantList versionValues(const ComponentVersion &v) {
    return {v.componentId, v.version, v.sha256, v.sourceRef, v.retired};
}

} // namespace

QString relationKindKey(VersionRelation::Kind kind) {
    return kind == VersionRelation::Kind::Conflicts ? u"conflicts"_s : u"requires"_s;
}

VersionRelation::Kind relationKindFromKey(const QString &key) {
    return key == u"conflicts"_s ? VersionRelation::Kind::Conflicts : VersionRelation::Kind::Requires;
}

CatalogueStore::CatalogueStore(Database &db)
    : m_db(db)
    , m_versionWriter(versionWriter(db)) {}

Result<QList<Component>> CatalogueStore::queryComponents(const QString &where, const QVariantList &values) {
    auto q = m_db.exec(u"SELECT c.id, c.name, c.kind, c.owner_id, coalesce(p.login, ''), c.description, c.retired "
                       "FROM components c LEFT JOIN people p ON p.id = c.owner_id "_s +
                           where + u" ORDER BY c.name"_s,
                       values);
    if (!q)
        return q.error();
    QList<Component> result;
    while ((*q)->next()) {
        const QSqlQuery &r = **q;
        result.append(Component{r.value(0).toLongLong(), r.value(1).toString(),
                                fromKey<ComponentKind>(r.value(2).toString()).value_or(ComponentKind::Application),
                                r.value(3).toLongLong(), r.value(4).toString(), r.value(5).toString(),
                                r.value(6).toBool()});
    }
    (*q)->finish();
    return result;
}

Result<QList<Component>> CatalogueStore::components() {
    return queryComponents({}, {});
}

Result<Component> CatalogueStore::component(Id id) {
    return single(queryComponents(u"WHERE c.id = ?"_s, {id}), tr("Component #%1").arg(id));
}

Result<Component> CatalogueStore::componentByName(const QString &name) {
    return single(queryComponents(u"WHERE lower(c.name) = lower(?)"_s, {name}),
                  tr("A component named \u201C%1\u201D").arg(name));
}

Result<void> CatalogueStore::checkUnique(const Component &c) {
    return componentWriter(m_db).requireFree(u"name"_s, c.name, c.id,
                                             tr("A component named \u201C%1\u201D already exists.").arg(c.name));
}

Result<Id> CatalogueStore::insert(const Component &c) {
    if (auto r = checkUnique(c); !r)
        return r.error();
    return componentWriter(m_db).insert(componentValues(c), c.id);
}

Result<void> CatalogueStore::update(const Component &c) {
    if (auto r = checkUnique(c); !r)
        return r;
    return componentWriter(m_db).update(c.id, componentValues(c));
}

Result<void> CatalogueStore::removeComponent(Id id) {
    return componentWriter(m_db).remove(id);
}

Result<void> CatalogueStore::writeRelations(const ComponentVersion &v) {
    if (auto q = m_db.exec(u"DELETE FROM version_relations WHERE version_id = ?"_s, {v.id}); !q)
        return q.error();
    int position = 0;
    for (const VersionRelation &r : v.relations) {
        if (auto q = m_db.exec(u"INSERT INTO version_relations (version_id, position, kind, component, range) "
                               "VALUES (?, ?, ?, ?, ?)"_s,
                               {v.id, position++, relationKindKey(r.kind), r.component, r.range});
            !q)
            return q.error();
    }
    return {};
}

Result<void> CatalogueStore::attachRelations(QList<ComponentVersion> &versions, const QString &versionFilter,
                                             const QVariantList &values) {
    QHash<Id, qsizetype> where;
    for (qsizetype i = 0; i < versions.size(); ++i)
        where.insert(versions.at(i).id, i);
    return m_db.select(
        u"SELECT r.version_id, r.kind, r.component, r.range FROM version_relations r "_s + versionFilter +
            u" ORDER BY r.version_id, r.position"_s,
        values, [&](const RowView &r) {
            const auto it = where.constFind(r.integer(0));
            if (it != where.constEnd())
                versions[*it].relations.append(VersionRelation{relationKindFromKey(r.text(1)), r.text(2), r.text(3)});
        });
}

Result<QList<ComponentVersion>> CatalogueStore::queryVersions(const QString &where, const QVariantList &values) {
    QList<ComponentVersion> result;
    auto read = m_db.select(u"SELECT v.id, v.component_id, c.name, v.version, v.sha256, v.source_ref, v.retired "
                            "FROM component_versions v JOIN components c ON c.id = v.component_id "_s +
                                where + u" ORDER BY c.name, v.id"_s,
                            values, [&result](const RowView &r) { result.append(versionFromRow(r)); });
    if (!read)
        return read.error();
    if (result.isEmpty())
        return result;
    // Relations of just these versions: all of them for a catalogue-wide read, else by id.
    const bool all = result.size() > 500;
    QStringList ids;
    if (!all) {
        for (const ComponentVersion &v : result)
            ids.append(QString::number(v.id));
    }
    const QString filter = all ? QString() : u"WHERE r.version_id IN (%1)"_s.arg(ids.join(u',')); // ids are numbers
    if (auto r = attachRelations(result, filter, {}); !r)
        return r.error();
    return result;
}

Result<QList<ComponentVersion>> CatalogueStore::versions(Id componentId) {
    const IdFilter filter = filterById(u"v.component_id"_s, componentId);
    return queryVersions(filter.clause, filter.values);
}

Result<ComponentVersion> CatalogueStore::version(Id id) {
    return single(queryVersions(u"WHERE v.id = ?"_s, {id}), tr("Component version #%1").arg(id));
}

Result<ComponentVersion> CatalogueStore::findVersion(const QString &componentName, const QString &version) {
    return single(queryVersions(u"WHERE lower(c.name) = lower(?) AND v.version = ?"_s, {componentName, version}),
                  tr("Version %1 of \u201C%2\u201D").arg(version, componentName));
}

Result<void> CatalogueStore::checkUnique(const ComponentVersion &v) {
    auto count = m_db.scalar(u"SELECT count(*) FROM component_versions WHERE component_id = ? AND version = ? "
                             "AND id <> ?"_s,
                             {v.componentId, v.version, v.id});
    if (!count)
        return count.error();
    if (count->toInt() > 0)
        return makeError(
            ErrorCode::Conflict,
            tr("Version %1 of \u201C%2\u201D already exists in the catalogue.").arg(v.version, v.componentName));
    return {};
}

Result<Id> CatalogueStore::insert(const ComponentVersion &v) {
    // The table keeps each version of a component once; only its refusal is explained (an
    // import adds 100,000 versions, and a query per row beforehand costs a tenth of that).
    auto id = m_db.recoverable<Id>([&] { return m_versionWriter.insert(versionValues(v), v.id); });
    if (!id && id.error().code == ErrorCode::Conflict) {
        if (auto r = checkUnique(v); !r)
            return r.error();
    }
    if (!id || v.relations.isEmpty())
        return id;
    ComponentVersion stored = v;
    stored.id = *id;
    if (auto r = writeRelations(stored); !r)
        return r.error();
    return id;
}

Result<void> CatalogueStore::update(const ComponentVersion &v) {
    if (auto r = checkUnique(v); !r)
        return r;
    if (auto r = m_versionWriter.update(v.id, versionValues(v)); !r)
        return r;
    return writeRelations(v);
}

Result<void> CatalogueStore::removeVersion(Id id) {
    return m_versionWriter.remove(id);
}

} // namespace relm

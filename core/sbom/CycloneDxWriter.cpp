#include "CycloneDxWriter.h"

#include "changes/Workspace.h"
#include "domain/VersionNumber.h"
#include "storage/CatalogueStore.h"
#include "storage/ReleaseStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

QString cycloneDxType(ComponentKind kind) {
    switch (kind) {
    case ComponentKind::Application:
    case ComponentKind::UtilitySoftware:
        return u"application"_s;
    case ComponentKind::ExternalSoftware:
        return u"library"_s;
    case ComponentKind::SystemSoftware:
        return u"operating-system"_s;
    case ComponentKind::Hardware:
        return u"device"_s;
    case ComponentKind::Documentation:
    case ComponentKind::ServiceDocumentation:
        return u"file"_s;
    }
    return u"library"_s;
}

QString refOf(const ComponentVersion &version) {
    return version.componentName + u'@' + version.version;
}

QJsonObject property(const QString &name, const QString &value) {
    return {{u"name"_s, name}, {u"value"_s, value}};
}

/// Each version of the release once, in package order, with the packages it is in.
struct ReleaseContent {
    QList<ComponentVersion> versions;
    QMap<Id, QStringList> packagesOf;

    explicit ReleaseContent(const QList<Package> &packages) {
        for (const Package &package : packages) {
            for (const ComponentVersion &version : package.contents) {
                if (!packagesOf.contains(version.id))
                    versions.append(version);
                packagesOf[version.id].append(package.name);
            }
        }
    }

    /// The versions in the release that meet a requirement.
    QStringList refsMeeting(const VersionRelation &relation) const {
        QStringList refs;
        auto range = VersionRange::parse(relation.range);
        if (!range)
            return refs;
        for (const ComponentVersion &candidate : versions) {
            if (candidate.componentName.compare(relation.component, Qt::CaseInsensitive) == 0 &&
                range->matches(candidate.version))
                refs.append(refOf(candidate));
        }
        return refs;
    }
};

QJsonObject componentJson(const ComponentVersion &version, const ReleaseContent &content,
                          const QHash<Id, Component> &components) {
    const Component component = components.value(version.componentId);
    QJsonObject object{{u"type"_s, cycloneDxType(component.kind)},
                       {u"bom-ref"_s, refOf(version)},
                       {u"name"_s, version.componentName},
                       {u"version"_s, version.version}};
    if (!component.description.isEmpty())
        object.insert(u"description"_s, component.description);
    if (!version.sha256.isEmpty())
        object.insert(u"hashes"_s, QJsonArray{QJsonObject{{u"alg"_s, u"SHA-256"_s}, {u"content"_s, version.sha256}}});
    QJsonArray properties;
    if (version.sourceRef.startsWith(u"pkg:"_s))
        object.insert(u"purl"_s, version.sourceRef);
    else if (!version.sourceRef.isEmpty())
        properties.append(property(u"relm:source"_s, version.sourceRef));
    for (const QString &package : content.packagesOf.value(version.id))
        properties.append(property(u"relm:package"_s, package));
    for (const VersionRelation &relation : version.relations)
        properties.append(
            property(relation.kind == VersionRelation::Kind::Requires ? u"relm:requires"_s : u"relm:conflicts"_s,
                     relation.component + u' ' + relation.range));
    if (!properties.isEmpty())
        object.insert(u"properties"_s, properties);
    return object;
}

} // namespace

QJsonObject CycloneDxWriter::document(const Release &release, const QList<Package> &packages,
                                      const QHash<Id, Component> &components, const QDateTime &now,
                                      const QString &serialNumber) {
    const ReleaseContent content(packages);
    const QString releaseRef = u"release:"_s + release.name;
    QJsonObject subject{{u"type"_s, u"application"_s},
                        {u"bom-ref"_s, releaseRef},
                        {u"name"_s, release.name},
                        {u"version"_s, release.version.isEmpty() ? release.name : release.version},
                        {u"properties"_s, QJsonArray{property(u"relm:release"_s, release.name)}}};
    if (!release.description.isEmpty())
        subject.insert(u"description"_s, release.description);
    QJsonArray componentList;
    QJsonArray dependencies;
    QJsonArray releaseNeeds;
    for (const ComponentVersion &version : content.versions) {
        componentList.append(componentJson(version, content, components));
        releaseNeeds.append(refOf(version));
        QStringList needs;
        for (const VersionRelation &relation : version.relations) {
            if (relation.kind != VersionRelation::Kind::Requires)
                continue;
            for (const QString &ref : content.refsMeeting(relation)) {
                if (!needs.contains(ref) && ref != refOf(version))
                    needs.append(ref);
            }
        }
        dependencies.append(
            QJsonObject{{u"ref"_s, refOf(version)}, {u"dependsOn"_s, QJsonArray::fromStringList(needs)}});
    }
    dependencies.prepend(QJsonObject{{u"ref"_s, releaseRef}, {u"dependsOn"_s, releaseNeeds}});
    const QJsonObject tool{
        {u"type"_s, u"application"_s}, {u"name"_s, u"Relm"_s}, {u"version"_s, QStringLiteral(RELM_VERSION)}};
    const QJsonObject metadata{{u"timestamp"_s, now.toUTC().toString(Qt::ISODate)},
                               {u"tools"_s, QJsonObject{{u"components"_s, QJsonArray{tool}}}},
                               {u"component"_s, subject}};
    return {{u"bomFormat"_s, u"CycloneDX"_s},  {u"specVersion"_s, u"1.5"_s},
            {u"serialNumber"_s, serialNumber}, {u"version"_s, 1},
            {u"metadata"_s, metadata},         {u"components"_s, componentList},
            {u"dependencies"_s, dependencies}};
}

Result<QByteArray> CycloneDxWriter::exportRelease(Workspace &workspace, Id releaseId, const QDateTime &now) {
    auto release = workspace.releases().release(releaseId);
    if (!release)
        return release.error();
    auto packages = workspace.releases().packages(releaseId);
    if (!packages)
        return packages.error();
    auto components = workspace.catalogue().components();
    if (!components)
        return components.error();
    QHash<Id, Component> byId;
    for (const Component &component : *components)
        byId.insert(component.id, component);
    const QString serial = u"urn:uuid:"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    return QJsonDocument(document(*release, *packages, byId, now, serial)).toJson(QJsonDocument::Indented);
}

} // namespace relm

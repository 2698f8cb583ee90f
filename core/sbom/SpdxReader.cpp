#include "SpdxReader.h"

#include "sbom/CycloneDxReader.h"
#include "sbom/SbomJson.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::SpdxReader", text);
}

/// The reading of one document: packages first (to know every SPDXID), then the relationships.
class SpdxParse final {
public:
    explicit SpdxParse(const QString &source)
        : m_json(source) {}

    Result<SbomDocument> run(const QByteArray &bytes) {
        auto root = m_json.parse(bytes);
        if (!root)
            return root.error();
        if (auto r = checkVersion(*root); !r)
            return r.error();
        auto documentId = m_json.text(*root, u"SPDXID"_s, {});
        if (!documentId)
            return documentId.error();
        m_otherElements.insert(*documentId);
        if (auto r = collectOtherElements(*root, u"files"_s); !r)
            return r.error();
        if (auto r = collectOtherElements(*root, u"snippets"_s); !r)
            return r.error();
        if (auto r = readPackages(*root); !r)
            return r.error();
        if (auto r = readRelationships(*root); !r)
            return r.error();
        return std::move(m_document);
    }

private:
    Result<void> checkVersion(const QJsonObject &root) {
        auto version = m_json.text(root, u"spdxVersion"_s, {});
        if (!version)
            return version.error();
        if (*version != u"SPDX-2.2" && *version != u"SPDX-2.3")
            return m_json.problem(u"spdxVersion"_s,
                                  version->isEmpty()
                                      ? tr("is missing: this is not an SPDX document in JSON. For a CycloneDX bill "
                                           "of materials use the CycloneDX import.")
                                      : tr("is \u201C%1\u201D; Relm reads SPDX-2.2 and SPDX-2.3 documents in JSON. "
                                           "Produce the document in one of these versions.")
                                            .arg(version->left(40)));
        m_document.format = *version;
        return {};
    }

    /// Files and snippets: relationships may name them; they are not packages and are passed over.
    Result<void> collectOtherElements(const QJsonObject &root, const QString &key) {
        auto list = m_json.array(root, key, {});
        if (!list)
            return list.error();
        for (qsizetype i = 0; i < list->size(); ++i) {
            auto id = m_json.text(list->at(i).toObject(), u"SPDXID"_s, SbomJson::element(key, i));
            if (!id)
                return id.error();
            m_otherElements.insert(*id);
        }
        return {};
    }

    Result<void> readPackages(const QJsonObject &root) {
        auto list = m_json.array(root, u"packages"_s, {});
        if (!list)
            return list.error();
        for (qsizetype i = 0; i < list->size(); ++i) {
            if (auto r = readPackage(list->at(i), SbomJson::element(u"packages"_s, i)); !r)
                return r;
        }
        return {};
    }

    Result<void> readPackage(const QJsonValue &value, const QString &path) {
        auto object = m_json.object(value, path);
        if (!object)
            return object.error();
        auto id = m_json.requiredText(*object, u"SPDXID"_s, path);
        auto rawName = m_json.requiredText(*object, u"name"_s, path);
        auto rawVersion = m_json.text(*object, u"versionInfo"_s, path);
        auto purpose = m_json.text(*object, u"primaryPackagePurpose"_s, path);
        auto description = m_json.text(*object, u"description"_s, path);
        for (const auto *field : {&id, &rawName, &rawVersion, &purpose, &description}) {
            if (!*field)
                return field->error();
        }
        if (m_packagePaths.contains(*id))
            return m_json.problem(SbomJson::member(path, u"SPDXID"_s),
                                  tr("\u201C%1\u201D is also the SPDXID of %2; each must be unique.")
                                      .arg(id->left(80), m_packagePaths.value(*id)));
        m_packagePaths.insert(*id, path);
        auto name = m_json.componentName({}, *rawName, path);
        if (!name)
            return name.error();
        if (rawVersion->trimmed().isEmpty() || *rawVersion == u"NOASSERTION") {
            m_document.skipped.append(tr("%1 (%2): no version, so it cannot go into a package").arg(path, *name));
            m_packages.insert(*id, -1);
            return {};
        }
        auto version = m_json.version(*rawVersion, SbomJson::member(path, u"versionInfo"_s));
        if (!version)
            return version.error();
        auto sha256 = readChecksums(*object, path);
        if (!sha256)
            return sha256.error();
        auto purl = readPurl(*object, path);
        if (!purl)
            return purl.error();
        SbomComponent component;
        component.path = path;
        component.ref = *id;
        component.name = *name;
        component.version = *version;
        component.sha256 = *sha256;
        component.purl = purl->left(500);
        component.description = description->left(2000);
        component.kind = componentKindFromSbomType(*purpose);
        m_packages.insert(*id, int(m_document.components.size()));
        m_document.components.append(component);
        return {};
    }

    Result<QString> readChecksums(const QJsonObject &object, const QString &path) {
        auto checksums = m_json.array(object, u"checksums"_s, path);
        if (!checksums)
            return checksums.error();
        QString found;
        for (qsizetype i = 0; i < checksums->size(); ++i) {
            const QString checksumPath = SbomJson::element(SbomJson::member(path, u"checksums"_s), i);
            auto checksum = m_json.object(checksums->at(i), checksumPath);
            if (!checksum)
                return checksum.error();
            auto algorithm = m_json.text(*checksum, u"algorithm"_s, checksumPath);
            auto value = m_json.text(*checksum, u"checksumValue"_s, checksumPath);
            if (!algorithm)
                return algorithm.error();
            if (!value)
                return value.error();
            if (*algorithm != u"SHA256")
                continue;
            auto sha = m_json.sha256(*value, SbomJson::member(checksumPath, u"checksumValue"_s));
            if (!sha)
                return sha.error();
            if (!found.isEmpty() && found != *sha)
                return m_json.problem(checksumPath, tr("gives a second, different SHA256; a package has one."));
            found = *sha;
        }
        return found;
    }

    /// The package URL among the external references (the first one), empty when there is none.
    Result<QString> readPurl(const QJsonObject &object, const QString &path) {
        auto refs = m_json.array(object, u"externalRefs"_s, path);
        if (!refs)
            return refs.error();
        for (qsizetype i = 0; i < refs->size(); ++i) {
            const QString refPath = SbomJson::element(SbomJson::member(path, u"externalRefs"_s), i);
            auto ref = m_json.object(refs->at(i), refPath);
            if (!ref)
                return ref.error();
            auto type = m_json.text(*ref, u"referenceType"_s, refPath);
            auto locator = m_json.text(*ref, u"referenceLocator"_s, refPath);
            if (!type)
                return type.error();
            if (!locator)
                return locator.error();
            if (*type == u"purl" && !locator->trimmed().isEmpty())
                return locator->trimmed();
        }
        return QString();
    }

    Result<void> readRelationships(const QJsonObject &root) {
        auto list = m_json.array(root, u"relationships"_s, {});
        if (!list)
            return list.error();
        for (qsizetype i = 0; i < list->size(); ++i) {
            const QString path = SbomJson::element(u"relationships"_s, i);
            auto relationship = m_json.object(list->at(i), path);
            if (!relationship)
                return relationship.error();
            auto type = m_json.requiredText(*relationship, u"relationshipType"_s, path);
            if (!type)
                return type.error();
            const bool forward = *type == u"DEPENDS_ON";
            const bool backward = *type == u"DEPENDENCY_OF" || *type == u"RUNTIME_DEPENDENCY_OF";
            if (!forward && !backward)
                continue; // contains, describes, build and test dependencies: not requirements
            auto element = packageAt(*relationship, u"spdxElementId"_s, path);
            if (!element)
                return element.error();
            auto related = packageAt(*relationship, u"relatedSpdxElement"_s, path);
            if (!related)
                return related.error();
            if (*element < 0 || *related < 0)
                continue;
            m_document.dependencies.append(forward ? SbomDependency{path, *element, *related}
                                                   : SbomDependency{path, *related, *element});
        }
        return {};
    }

    /// The package an element id names; -1 for one without version, a file, the document or an
    /// element of another document. An id nothing has is refused.
    Result<int> packageAt(const QJsonObject &relationship, const QString &key, const QString &path) {
        auto id = m_json.requiredText(relationship, key, path);
        if (!id)
            return id.error();
        if (const auto it = m_packages.constFind(*id); it != m_packages.cend())
            return *it;
        if (m_otherElements.contains(*id) || id->startsWith(u"DocumentRef-"_s) || *id == u"NONE" ||
            *id == u"NOASSERTION")
            return -1;
        return m_json.problem(SbomJson::member(path, key), tr("no package, file or snippet has the SPDXID "
                                                              "\u201C%1\u201D; add it or remove the relationship.")
                                                               .arg(id->left(80)));
    }

    SbomJson m_json;
    SbomDocument m_document;
    QHash<QString, int> m_packages;
    QHash<QString, QString> m_packagePaths;
    QSet<QString> m_otherElements;
};

} // namespace

Result<SbomDocument> SpdxReader::read(const QString &path) {
    auto bytes = readSbomFile(path);
    if (!bytes)
        return bytes.error();
    return readBytes(*bytes, path);
}

Result<SbomDocument> SpdxReader::readBytes(const QByteArray &bytes, const QString &source) {
    return SpdxParse(source).run(bytes);
}

} // namespace relm

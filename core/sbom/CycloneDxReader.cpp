#include "CycloneDxReader.h"

#include "sbom/SbomJson.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::CycloneDxReader", text);
}

/// The reading of one file: components first (to know every bom-ref), then the dependencies.
class CycloneDxParse final {
public:
    explicit CycloneDxParse(const QString &source)
        : m_json(source) {}

    Result<SbomDocument> run(const QByteArray &bytes) {
        auto root = m_json.parse(bytes);
        if (!root)
            return root.error();
        if (auto r = checkFormat(*root); !r)
            return r.error();
        if (root->contains(u"metadata"_s)) {
            auto metadata = m_json.object(root->value(u"metadata"_s), u"metadata"_s);
            if (!metadata)
                return metadata.error();
            if (metadata->contains(u"component"_s) && !isRelmRelease(metadata->value(u"component"_s))) {
                if (auto r = readComponent(metadata->value(u"component"_s), u"metadata.component"_s); !r)
                    return r.error();
            }
        }
        if (auto r = readComponents(*root, {}); !r)
            return r.error();
        if (auto r = readServices(*root, {}); !r)
            return r.error();
        if (auto r = readDependencies(*root); !r)
            return r.error();
        return std::move(m_document);
    }

private:
    /// Relm's own exports describe a release, which is not a component: it is left out.
    bool isRelmRelease(const QJsonValue &subject) {
        for (const QJsonValue &p : subject[u"properties"_s].toArray()) {
            if (p[u"name"_s] == u"relm:release"_s) {
                m_document.skipped.append(tr("metadata.component (%1): a Relm release, not a component")
                                              .arg(p[u"value"_s].toString().left(80)));
                // Its dependencies name it: known, but not taken.
                if (const QString ref = subject[u"bom-ref"_s].toString(); !ref.isEmpty()) {
                    m_refs.insert(ref, -1);
                    m_refPaths.insert(ref, u"metadata.component"_s);
                }
                return true;
            }
        }
        return false;
    }

    Result<void> checkFormat(const QJsonObject &root) {
        auto format = m_json.text(root, u"bomFormat"_s, {});
        if (!format)
            return format.error();
        if (*format != u"CycloneDX")
            return m_json.problem(u"bomFormat"_s,
                                  tr("is \u201C%1\u201D, not “CycloneDX”: this is not a CycloneDX bill of "
                                     "materials in JSON. For an SPDX document use the SPDX import.")
                                      .arg(format->left(40)));
        auto spec = m_json.text(root, u"specVersion"_s, {});
        if (!spec)
            return spec.error();
        static const QStringList supported = {u"1.4"_s, u"1.5"_s, u"1.6"_s};
        if (!supported.contains(*spec))
            return m_json.problem(u"specVersion"_s,
                                  tr("is \u201C%1\u201D; Relm reads CycloneDX 1.4, 1.5 and 1.6. Produce the bill "
                                     "of materials in one of these versions.")
                                      .arg(spec->left(40)));
        m_document.format = u"CycloneDX "_s + *spec;
        return {};
    }

    Result<void> readComponents(const QJsonObject &parent, const QString &path) {
        auto list = m_json.array(parent, u"components"_s, path);
        if (!list)
            return list.error();
        const QString listPath = SbomJson::member(path, u"components"_s);
        for (qsizetype i = 0; i < list->size(); ++i) {
            const QString itemPath = SbomJson::element(listPath, i);
            if (auto r = readComponent(list->at(i), itemPath); !r)
                return r;
            // Nested components (the parts of an assembly) belong to the bill as well.
            if (auto r = readComponents(list->at(i).toObject(), itemPath); !r)
                return r;
        }
        return {};
    }

    Result<void> readComponent(const QJsonValue &value, const QString &path) {
        if (path.count(u'.') > 32)
            return m_json.problem(path, tr("components are nested more than 32 deep; flatten the file."));
        auto object = m_json.object(value, path);
        if (!object)
            return object.error();
        auto ref = m_json.text(*object, u"bom-ref"_s, path);
        auto type = m_json.text(*object, u"type"_s, path);
        auto group = m_json.text(*object, u"group"_s, path);
        auto rawName = m_json.requiredText(*object, u"name"_s, path);
        auto rawVersion = m_json.text(*object, u"version"_s, path);
        auto purl = m_json.text(*object, u"purl"_s, path);
        auto description = m_json.text(*object, u"description"_s, path);
        for (const auto *field : {&ref, &type, &group, &rawName, &rawVersion, &purl, &description}) {
            if (!*field)
                return field->error();
        }
        auto name = m_json.componentName(*group, *rawName, path);
        if (!name)
            return name.error();
        if (!ref->isEmpty()) {
            if (m_refPaths.contains(*ref))
                return m_json.problem(SbomJson::member(path, u"bom-ref"_s),
                                      tr("\u201C%1\u201D is also the bom-ref of %2; each must be unique.")
                                          .arg(ref->left(80), m_refPaths.value(*ref)));
            m_refPaths.insert(*ref, path);
        }
        if (rawVersion->trimmed().isEmpty()) {
            m_document.skipped.append(tr("%1 (%2): no version, so it cannot go into a package").arg(path, *name));
            if (!ref->isEmpty())
                m_refs.insert(*ref, -1);
            return {};
        }
        auto version = m_json.version(*rawVersion, SbomJson::member(path, u"version"_s));
        if (!version)
            return version.error();
        auto sha256 = readHashes(*object, path);
        if (!sha256)
            return sha256.error();
        SbomComponent component;
        component.path = path;
        component.ref = *ref;
        component.name = *name;
        component.version = *version;
        component.sha256 = *sha256;
        component.purl = purl->trimmed().left(500);
        component.description = description->left(2000);
        component.kind = componentKindFromSbomType(*type);
        if (!ref->isEmpty())
            m_refs.insert(*ref, int(m_document.components.size()));
        m_document.components.append(component);
        return {};
    }

    /// Services are not released as component versions, but dependencies may name them: their
    /// bom-refs are known, and they are listed as skipped.
    Result<void> readServices(const QJsonObject &parent, const QString &path) {
        auto list = m_json.array(parent, u"services"_s, path);
        if (!list)
            return list.error();
        const QString listPath = SbomJson::member(path, u"services"_s);
        for (qsizetype i = 0; i < list->size(); ++i) {
            const QString itemPath = SbomJson::element(listPath, i);
            if (itemPath.count(u'.') > 32)
                return m_json.problem(itemPath, tr("services are nested more than 32 deep; flatten the file."));
            auto service = m_json.object(list->at(i), itemPath);
            if (!service)
                return service.error();
            auto ref = m_json.text(*service, u"bom-ref"_s, itemPath);
            if (!ref)
                return ref.error();
            if (!ref->isEmpty()) {
                if (m_refPaths.contains(*ref))
                    return m_json.problem(SbomJson::member(itemPath, u"bom-ref"_s),
                                          tr("\u201C%1\u201D is also the bom-ref of %2; each must be unique.")
                                              .arg(ref->left(80), m_refPaths.value(*ref)));
                m_refPaths.insert(*ref, itemPath);
                m_refs.insert(*ref, -1);
            }
            m_document.skipped.append(tr("%1 (%2): a service, not a component version")
                                          .arg(itemPath, service->value(u"name"_s).toString().left(80)));
            if (auto r = readServices(*service, itemPath); !r)
                return r;
        }
        return {};
    }

    /// The SHA-256 among the hashes (other algorithms are not kept); two different ones are refused.
    Result<QString> readHashes(const QJsonObject &object, const QString &path) {
        auto hashes = m_json.array(object, u"hashes"_s, path);
        if (!hashes)
            return hashes.error();
        QString found;
        for (qsizetype i = 0; i < hashes->size(); ++i) {
            const QString hashPath = SbomJson::element(SbomJson::member(path, u"hashes"_s), i);
            auto hash = m_json.object(hashes->at(i), hashPath);
            if (!hash)
                return hash.error();
            auto alg = m_json.text(*hash, u"alg"_s, hashPath);
            auto content = m_json.text(*hash, u"content"_s, hashPath);
            if (!alg)
                return alg.error();
            if (!content)
                return content.error();
            if (*alg != u"SHA-256")
                continue;
            auto sha = m_json.sha256(*content, SbomJson::member(hashPath, u"content"_s));
            if (!sha)
                return sha.error();
            if (!found.isEmpty() && found != *sha)
                return m_json.problem(hashPath, tr("gives a second, different SHA-256; a component has one."));
            found = *sha;
        }
        return found;
    }

    Result<void> readDependencies(const QJsonObject &root) {
        auto list = m_json.array(root, u"dependencies"_s, {});
        if (!list)
            return list.error();
        for (qsizetype i = 0; i < list->size(); ++i) {
            const QString path = SbomJson::element(u"dependencies"_s, i);
            auto entry = m_json.object(list->at(i), path);
            if (!entry)
                return entry.error();
            auto from = refAt(*entry, path);
            if (!from)
                return from.error();
            auto needs = m_json.array(*entry, u"dependsOn"_s, path);
            if (!needs)
                return needs.error();
            for (qsizetype j = 0; j < needs->size(); ++j) {
                const QString needPath = SbomJson::element(SbomJson::member(path, u"dependsOn"_s), j);
                auto to = indexOfRef(needs->at(j), needPath);
                if (!to)
                    return to.error();
                if (*from >= 0 && *to >= 0)
                    m_document.dependencies.append({needPath, *from, *to});
            }
        }
        return {};
    }

    Result<int> refAt(const QJsonObject &entry, const QString &path) {
        if (!entry.contains(u"ref"_s))
            return m_json.problem(SbomJson::member(path, u"ref"_s), tr("is missing; name the bom-ref of a component."));
        return indexOfRef(entry.value(u"ref"_s), SbomJson::member(path, u"ref"_s));
    }

    /// The component a bom-ref names (-1: one without version); a ref nothing has is refused.
    Result<int> indexOfRef(const QJsonValue &value, const QString &path) {
        if (!value.isString())
            return m_json.problem(path, tr("should be the bom-ref of a component, as text."));
        const auto it = m_refs.constFind(value.toString());
        if (it == m_refs.cend())
            return m_json.problem(path, tr("no component has the bom-ref \u201C%1\u201D; add the component or "
                                           "remove the reference.")
                                            .arg(value.toString().left(80)));
        return *it;
    }

    SbomJson m_json;
    SbomDocument m_document;
    QHash<QString, int> m_refs;
    QHash<QString, QString> m_refPaths;
};

} // namespace

Result<QByteArray> readSbomFile(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("Cannot read %1: %2").arg(path, file.errorString()));
    constexpr qint64 limit = 256 * 1024 * 1024;
    if (file.size() > limit)
        return makeError(ErrorCode::Io, tr("%1 is larger than 256 MB, more than a bill of materials holds; check "
                                           "you chose the right file.")
                                            .arg(path));
    return file.readAll();
}

Result<SbomDocument> CycloneDxReader::read(const QString &path) {
    auto bytes = readSbomFile(path);
    if (!bytes)
        return bytes.error();
    return readBytes(*bytes, path);
}

Result<SbomDocument> CycloneDxReader::readBytes(const QByteArray &bytes, const QString &source) {
    return CycloneDxParse(source).run(bytes);
}

} // namespace relm

#include "SbomImport.h"

#include "changes/ChangeContext.h"
#include "changes/RecordChanges.h"
#include "changes/ReleaseChanges.h"
#include "domain/VersionNumber.h"
#include "storage/CatalogueStore.h"
#include "storage/ReleaseStore.h"

#include <QCoreApplication>

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::SbomImport", text);
}

QString keyOf(const QString &name, const QString &version) {
    return name.toLower() + u'\n' + version;
}

QString label(const QString &name, const QString &version) {
    return name + u' ' + version;
}

/// One distinct version the file names (the file may list it more than once).
struct Entry {
    SbomComponent component; ///< the first listing, with the SHA-256 and URL of any listing
    QString catalogueName;   ///< the component's name as the catalogue spells it
    ComponentVersion stored; ///< the catalogue's version (id 0 until it exists)
    bool existed = false;
    QList<int> needs; ///< entries it requires
};

/// The first redo: decides what to add and reuse, and writes it step by step (later steps need
/// the ids of earlier ones), keeping each step for undo and redo.
class SbomImportRun final {
public:
    SbomImportRun(ChangeContext &context, const SbomDocument &document, SbomImportSummary &summary,
                  std::vector<std::unique_ptr<Change>> &steps)
        : m_context(context)
        , m_document(document)
        , m_summary(summary)
        , m_steps(steps) {}

    Result<void> run(Id releaseId, const QString &packageName) {
        if (auto r = collectEntries(); !r)
            return r;
        collectNeeds();
        if (auto r = findInCatalogue(); !r)
            return r;
        if (auto r = writeCatalogue(); !r)
            return r;
        auto package = targetPackage(releaseId, packageName);
        if (!package)
            return package.error();
        return fillPackage(*package);
    }

private:
    Result<void> step(std::unique_ptr<Change> change) {
        if (auto r = change->redo(m_context); !r)
            return r;
        m_steps.push_back(std::move(change));
        return {};
    }

    Result<void> collectEntries() {
        for (qsizetype i = 0; i < m_document.components.size(); ++i) {
            const SbomComponent &c = m_document.components.at(i);
            const QString key = keyOf(c.name, c.version);
            auto it = m_entryByKey.constFind(key);
            if (it == m_entryByKey.cend()) {
                m_entryByKey.insert(key, int(m_entries.size()));
                m_entryOf.append(int(m_entries.size()));
                m_entries.append({c, c.name, {}, false, {}});
                continue;
            }
            Entry &entry = m_entries[*it];
            m_entryOf.append(*it);
            if (!c.sha256.isEmpty() && !entry.component.sha256.isEmpty() && c.sha256 != entry.component.sha256)
                return makeError(ErrorCode::Conflict,
                                 tr("%1: %2 (%3) is also listed at %4 with another SHA-256 (%5 against %6). One "
                                    "version has one artefact: correct the file.")
                                     .arg(m_summary.source, c.path, label(c.name, c.version), entry.component.path,
                                          c.sha256.left(12), entry.component.sha256.left(12)));
            if (entry.component.sha256.isEmpty())
                entry.component.sha256 = c.sha256;
            if (entry.component.purl.isEmpty())
                entry.component.purl = c.purl;
        }
        return {};
    }

    void collectNeeds() {
        for (const SbomDependency &d : m_document.dependencies) {
            const int from = m_entryOf.value(d.from, -1);
            const int to = m_entryOf.value(d.to, -1);
            if (from < 0 || to < 0 || from == to || m_entries.at(from).needs.contains(to))
                continue;
            m_entries[from].needs.append(to);
        }
    }

    Result<void> findInCatalogue() {
        CatalogueStore &catalogue = m_context.catalogue();
        for (Entry &entry : m_entries) {
            auto component = catalogue.componentByName(entry.component.name);
            if (!component) {
                if (component.error().code != ErrorCode::NotFound)
                    return component.error();
                continue;
            }
            entry.catalogueName = component->name;
            auto version = catalogue.findVersion(component->name, entry.component.version);
            if (!version) {
                if (version.error().code != ErrorCode::NotFound)
                    return version.error();
                continue;
            }
            if (!version->sha256.isEmpty() && !entry.component.sha256.isEmpty() &&
                version->sha256 != entry.component.sha256)
                return makeError(ErrorCode::Conflict,
                                 tr("%1: %2 (%3): the file gives the SHA-256 %4, but the catalogue holds "
                                    "%5 for this version. Two artefacts cannot share one version: check which "
                                    "one is right, and correct the file or give the artefact another version. "
                                    "Nothing was imported.")
                                     .arg(m_summary.source, entry.component.path,
                                          label(component->name, version->version), entry.component.sha256,
                                          version->sha256));
            entry.stored = *version;
            entry.existed = true;
        }
        return {};
    }

    /// The requirements the file states for an entry that the version does not state yet.
    QList<VersionRelation> newRequirements(const Entry &entry) {
        QList<VersionRelation> added;
        for (int index : entry.needs) {
            const Entry &needed = m_entries.at(index);
            const bool stated = std::any_of(
                entry.stored.relations.cbegin(), entry.stored.relations.cend(), [&](const VersionRelation &r) {
                    return r.component.compare(needed.catalogueName, Qt::CaseInsensitive) == 0;
                });
            if (stated)
                continue;
            const QString range = u"="_s + needed.component.version;
            auto parsed = VersionRange::parse(range);
            if (!parsed || !parsed->matches(needed.component.version)) {
                m_summary.skipped.append(tr("%1 requires %2: that version cannot be written as a range, so the "
                                            "requirement was left out")
                                             .arg(label(entry.catalogueName, entry.component.version),
                                                  label(needed.catalogueName, needed.component.version)));
                continue;
            }
            added.append({VersionRelation::Kind::Requires, needed.catalogueName, range});
        }
        return added;
    }

    Result<void> writeCatalogue() {
        // Components first (versions need their ids), once per name.
        QHash<QString, Id> componentIds;
        for (Entry &entry : m_entries) {
            if (entry.existed || componentIds.contains(entry.component.name.toLower()))
                continue;
            auto existing = m_context.catalogue().componentByName(entry.component.name);
            if (existing) {
                componentIds.insert(entry.component.name.toLower(), existing->id);
                continue;
            }
            Component component;
            component.name = entry.component.name;
            component.kind = entry.component.kind;
            component.ownerId = m_context.actor().id;
            component.description = entry.component.description;
            auto create = std::make_unique<CreateRecord<Component>>(component);
            auto *created = create.get();
            if (auto r = step(std::move(create)); !r)
                return r;
            componentIds.insert(entry.component.name.toLower(), created->record().id);
            m_summary.componentsAdded.append(created->record().name);
        }
        for (Entry &entry : m_entries) {
            if (entry.existed) {
                if (auto r = updateVersion(entry); !r)
                    return r;
                continue;
            }
            ComponentVersion version;
            version.componentId = componentIds.value(entry.component.name.toLower());
            version.componentName = entry.catalogueName;
            version.version = entry.component.version;
            version.sha256 = entry.component.sha256;
            version.sourceRef = entry.component.purl;
            version.relations = newRequirements(entry);
            m_summary.requirementsAdded += int(version.relations.size());
            auto create = std::make_unique<CreateRecord<ComponentVersion>>(version);
            auto *created = create.get();
            if (auto r = step(std::move(create)); !r)
                return r;
            entry.stored = created->record();
            m_summary.versionsAdded.append(label(entry.catalogueName, entry.component.version));
        }
        return {};
    }

    /// A version the catalogue has: reused, and given the package URL and requirements the file adds.
    Result<void> updateVersion(Entry &entry) {
        ComponentVersion updated = entry.stored;
        QStringList what;
        // A fingerprint recorded later would change what releases holding the version recorded
        // (baselines, signatures): it is only reported.
        if (updated.sha256.isEmpty() && !entry.component.sha256.isEmpty())
            m_summary.skipped.append(
                tr("%1: the file gives the SHA-256 %2\u2026, the catalogue none; it was not "
                   "recorded, as releases holding this version would change with it. Set it in "
                   "the catalogue if it is right.")
                    .arg(label(entry.catalogueName, entry.component.version), entry.component.sha256.left(16)));
        if (updated.sourceRef.isEmpty() && !entry.component.purl.isEmpty()) {
            updated.sourceRef = entry.component.purl;
            what.append(tr("package URL"));
        }
        const QList<VersionRelation> added = newRequirements(entry);
        if (!added.isEmpty()) {
            updated.relations += added;
            m_summary.requirementsAdded += int(added.size());
            what.append(
                QCoreApplication::translate("relm::SbomImport", "%n requirement(s)", nullptr, int(added.size())));
        }
        const QString name = label(entry.catalogueName, entry.component.version);
        m_summary.versionsReused.append(name);
        if (what.isEmpty())
            return {};
        auto edit = std::make_unique<EditRecord<ComponentVersion>>(entry.stored, updated,
                                                                   tr("Import SBOM: complete %1").arg(name));
        auto *edited = edit.get();
        if (auto r = step(std::move(edit)); !r)
            return r;
        entry.stored = edited->after();
        m_summary.versionsUpdated.append(tr("%1 (%2)").arg(name, what.join(u", "_s)));
        return {};
    }

    Result<Package> targetPackage(Id releaseId, const QString &packageName) {
        auto release = m_context.releases().release(releaseId);
        if (!release)
            return release.error();
        m_summary.release = release->name;
        auto packages = m_context.releases().packages(releaseId);
        if (!packages)
            return packages.error();
        for (const Package &p : *packages) {
            if (packageName.isEmpty() || p.name.compare(packageName, Qt::CaseInsensitive) == 0) {
                m_summary.package = p.name;
                return p;
            }
        }
        Package package;
        package.releaseId = releaseId;
        package.name = packageName.isEmpty() ? tr("Main") : packageName;
        auto create = std::make_unique<CreateRecord<Package>>(package);
        auto *created = create.get();
        if (auto r = step(std::move(create)); !r)
            return r.error();
        m_summary.package = created->record().name;
        m_summary.packageCreated = true;
        return created->record();
    }

    Result<void> fillPackage(const Package &package) {
        for (const Entry &entry : m_entries) {
            const QString name = label(entry.catalogueName, entry.component.version);
            const bool there = std::any_of(package.contents.cbegin(), package.contents.cend(),
                                           [&](const ComponentVersion &v) { return v.id == entry.stored.id; });
            if (there) {
                m_summary.alreadyInPackage.append(name);
                continue;
            }
            ComponentVersion version = entry.stored;
            version.componentName = entry.catalogueName;
            if (auto r =
                    step(std::make_unique<PackageContentChange>(PackageContentChange::Mode::Add, package, version));
                !r)
                return r;
            m_summary.addedToPackage.append(name);
        }
        return {};
    }

    ChangeContext &m_context;
    const SbomDocument &m_document;
    SbomImportSummary &m_summary;
    std::vector<std::unique_ptr<Change>> &m_steps;
    QList<Entry> m_entries;
    QList<int> m_entryOf; ///< per document component, its entry
    QHash<QString, int> m_entryByKey;
};

QJsonArray toArray(const QStringList &list) {
    return QJsonArray::fromStringList(list);
}

} // namespace

QJsonObject SbomImportSummary::toJson() const {
    return {{u"source"_s, source},
            {u"format"_s, format},
            {u"release"_s, release},
            {u"package"_s, package},
            {u"package_created"_s, packageCreated},
            {u"components_added"_s, toArray(componentsAdded)},
            {u"versions_added"_s, toArray(versionsAdded)},
            {u"versions_reused"_s, toArray(versionsReused)},
            {u"versions_updated"_s, toArray(versionsUpdated)},
            {u"added_to_package"_s, toArray(addedToPackage)},
            {u"already_in_package"_s, toArray(alreadyInPackage)},
            {u"requirements_added"_s, requirementsAdded},
            {u"skipped"_s, toArray(skipped)}};
}

QString SbomImportSummary::text() const {
    QStringList lines;
    lines.append(tr("Imported %1 from %2 into %3 / %4%5.")
                     .arg(format, QFileInfo(source).fileName(), release, package,
                          packageCreated ? tr(" (a new package)") : QString()));
    lines.append(tr("Components added: %1. Versions added: %2, reused: %3 (completed: %4).")
                     .arg(componentsAdded.size())
                     .arg(versionsAdded.size())
                     .arg(versionsReused.size())
                     .arg(versionsUpdated.size()));
    lines.append(tr("Put into the package: %1; already there: %2. Requirements added: %3.")
                     .arg(addedToPackage.size())
                     .arg(alreadyInPackage.size())
                     .arg(requirementsAdded));
    for (const QString &line : versionsUpdated)
        lines.append(tr("  completed: %1").arg(line));
    lines.append(tr("Skipped: %1.").arg(skipped.size()));
    for (const QString &line : skipped)
        lines.append(u"  "_s + line);
    return lines.join(u'\n');
}

ImportSbom::ImportSbom(Id releaseId, QString packageName, SbomDocument document, QString source)
    : m_releaseId(releaseId)
    , m_packageName(std::move(packageName))
    , m_document(std::move(document)) {
    m_summary.source = std::move(source);
    m_summary.format = m_document.format;
}

ImportSbom::~ImportSbom() = default;

QString ImportSbom::text() const {
    return tr("Import SBOM %1").arg(QFileInfo(m_summary.source).fileName());
}

Result<void> ImportSbom::redo(ChangeContext &context) {
    if (m_planned) {
        for (auto &step : m_steps) {
            if (auto r = step->redo(context); !r)
                return r;
        }
        return {};
    }
    SbomImportSummary summary;
    summary.source = m_summary.source;
    summary.format = m_summary.format;
    summary.skipped = m_document.skipped;
    std::vector<std::unique_ptr<Change>> steps;
    if (auto r = SbomImportRun(context, m_document, summary, steps).run(m_releaseId, m_packageName); !r)
        return r; // the transaction rolls back; a later redo plans afresh
    m_summary = std::move(summary);
    m_steps = std::move(steps);
    m_planned = true;
    return {};
}

Result<void> ImportSbom::undo(ChangeContext &context) {
    for (auto it = m_steps.rbegin(); it != m_steps.rend(); ++it) {
        if (auto r = (*it)->undo(context); !r)
            return r;
    }
    return {};
}

} // namespace relm

#include "import/CsvImportSupport.h"

#include "changes/ImportChanges.h"
#include "changes/Workspace.h"
#include "domain/Validation.h"
#include "domain/VersionNumber.h"
#include "storage/CatalogueStore.h"
#include "storage/DirectoryStore.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace relm::csv {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::csv", text);
}

class ComponentImporter final : public RecordImporter {
public:
    Result<void> load(Workspace &workspace, Id) override {
        if (auto r = m_logins.load(workspace); !r)
            return r;
        auto components = workspace.catalogue().components();
        if (!components)
            return components.error();
        for (const Component &c : *components)
            m_existing.insert(c.name.toCaseFolded(), c);
        return {};
    }

    QString read(RowCells &cells) override {
        const QString name = cells.text(u"name"_s, true);
        if (name.isEmpty() || !m_seen.first(cells, u"name"_s, name))
            return name;
        const auto found = m_existing.constFind(name.toCaseFolded());
        const std::optional<Component> existing =
            found == m_existing.cend() ? std::nullopt : std::optional<Component>(*found);
        Component c = existing.value_or(Component{});
        c.name = existing ? c.name : name;
        if (const auto kind = cells.term<ComponentKind>(
                u"kind"_s, tr("application, external_software, utility_software, system_software, hardware, "
                              "documentation, service_documentation")))
            c.kind = *kind;
        if (cells.isMapped(u"owner"_s)) {
            c.ownerId = m_logins.read(cells, u"owner"_s);
            c.ownerLogin = m_logins.loginOf(c.ownerId);
        }
        if (cells.isMapped(u"description"_s))
            c.description = cells.text(u"description"_s);
        if (const auto retired = cells.flag(u"retired"_s))
            c.retired = *retired;
        if (auto r = validation::check(c); !r)
            cells.problem({}, r.errorMessage());
        if (cells.problems().isEmpty())
            m_staged.stage(existing, c);
        return name;
    }

    std::unique_ptr<Change> change(const QString &source, ImportCounts &counts) override {
        return m_staged.change(source, counts);
    }

private:
    Logins m_logins;
    QHash<QString, Component> m_existing;
    SeenKeys m_seen;
    Staged<Component> m_staged;
};

class VersionImporter final : public RecordImporter {
public:
    Result<void> load(Workspace &workspace, Id) override {
        auto components = workspace.catalogue().components();
        if (!components)
            return components.error();
        for (const Component &c : *components)
            m_components.insert(c.name.toCaseFolded(), c);
        auto versions = workspace.catalogue().versions();
        if (!versions)
            return versions.error();
        for (const ComponentVersion &v : *versions)
            m_existing.insert(keyOf(v.componentId, v.version), v);
        return {};
    }

    QString read(RowCells &cells) override {
        const QString componentName = cells.text(u"component"_s, true);
        const QString version = cells.text(u"version"_s, true);
        const QString key = componentName + u'@' + version;
        if (componentName.isEmpty() || version.isEmpty())
            return key;
        const auto component = m_components.constFind(componentName.toCaseFolded());
        if (component == m_components.cend()) {
            cells.problem(u"component"_s, tr("the catalogue has no component \u201C%1\u201D. Add it first (import "
                                             "components, or New Component).")
                                              .arg(componentName));
            return key;
        }
        if (!m_seen.first(cells, u"version"_s, key))
            return key;
        const auto found = m_existing.constFind(keyOf(component->id, version));
        const std::optional<ComponentVersion> existing =
            found == m_existing.cend() ? std::nullopt : std::optional<ComponentVersion>(*found);
        ComponentVersion v = existing.value_or(ComponentVersion{});
        v.componentId = component->id;
        v.componentName = component->name;
        v.version = version;
        if (cells.isMapped(u"sha256"_s)) {
            // As with a bill of materials, an import never swaps or drops the artefact a version
            // stands for: an empty cell leaves the recorded SHA-256 as it is.
            const QString given = cells.text(u"sha256"_s).toLower();
            const QString recorded = existing ? existing->sha256 : QString();
            if (recorded.isEmpty())
                v.sha256 = given;
            else if (!given.isEmpty() && given != recorded)
                cells.problem(u"sha256"_s, tr("is %1, but the catalogue holds %2 for %3 %4. Two artefacts cannot "
                                              "share one version: correct the file, or give the artefact another "
                                              "version.")
                                               .arg(given, recorded, component->name, version));
        }
        if (cells.isMapped(u"source"_s))
            v.sourceRef = cells.text(u"source"_s);
        if (const auto retired = cells.flag(u"retired"_s))
            v.retired = *retired;
        readRelations(cells, u"requires"_s, VersionRelation::Kind::Requires, v);
        readRelations(cells, u"conflicts"_s, VersionRelation::Kind::Conflicts, v);
        if (auto r = validation::check(v); !r)
            cells.problem({}, r.errorMessage());
        if (cells.problems().isEmpty())
            m_staged.stage(existing, v);
        return key;
    }

    std::unique_ptr<Change> change(const QString &source, ImportCounts &counts) override {
        return m_staged.change(source, counts);
    }

private:
    static QString keyOf(Id componentId, const QString &version) {
        return QString::number(componentId) + u'@' + version;
    }

    /// "auth-service >=2.3 <3 | billing-api" replaces the version's relations of that kind.
    static void readRelations(RowCells &cells, const QString &field, VersionRelation::Kind kind, ComponentVersion &v) {
        if (!cells.isMapped(field))
            return;
        QList<VersionRelation> relations;
        for (const QString &entry : cells.names(field)) {
            const qsizetype space = entry.indexOf(u' ');
            VersionRelation relation{kind, entry.left(space).trimmed(),
                                     space < 0 ? QString() : entry.mid(space + 1).trimmed()};
            if (!relation.range.isEmpty()) {
                if (auto range = VersionRange::parse(relation.range); !range) {
                    cells.problem(field, tr("\u201C%1\u201D: %2").arg(entry, range.errorMessage()));
                    continue;
                }
            }
            relations.append(relation);
        }
        QList<VersionRelation> current;
        for (const VersionRelation &r : std::as_const(v.relations)) {
            if (r.kind == kind)
                current.append(r);
        }
        if (current == relations)
            return; // as they are, in the order they are stored
        v.relations.removeIf([kind](const VersionRelation &r) { return r.kind == kind; });
        v.relations.append(relations);
    }

    QHash<QString, Component> m_components;
    QHash<QString, ComponentVersion> m_existing;
    SeenKeys m_seen;
    Staged<ComponentVersion> m_staged;
};

} // namespace

std::unique_ptr<RecordImporter> catalogueImporter(RecordKind kind) {
    if (kind == RecordKind::Components)
        return std::make_unique<ComponentImporter>();
    return std::make_unique<VersionImporter>();
}

} // namespace relm::csv

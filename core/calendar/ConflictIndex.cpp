#include "ConflictIndex.h"

#include "calendar/CalendarEvents.h"
#include "signing/AssuranceSources.h"
#include "storage/DeliveryStore.h"
#include "storage/ReleaseStore.h"

#include <algorithm>
#include <iterator>

namespace relm {

bool Requirement::satisfiedBy(const KeyedVersions &versions) const {
    const auto found = std::find_if(versions.cbegin(), versions.cend(),
                                    [this](const KeyedVersion &v) { return v.component == component; });
    return found != versions.cend() && satisfiedBy(*found);
}

int ConflictIndex::numberOf(const QString &lowerName) {
    const auto found = m_numbers.constFind(lowerName);
    return found != m_numbers.cend() ? *found : *m_numbers.insert(lowerName, int(m_numbers.size()));
}

KeyedVersions ConflictIndex::keyed(const Contents &contents) {
    KeyedVersions versions;
    versions.reserve(size_t(contents.size()));
    for (const ComponentVersion &v : contents) {
        const QString name = v.componentName.toLower();
        KeyedVersion keyed{numberOf(name), std::nullopt};
        if (m_required.contains(name))
            keyed.version.emplace(v.version);
        versions.push_back(keyed);
    }
    return versions;
}

Result<ConflictIndex> ConflictIndex::load(AssuranceSources sources, const CalendarData &data) {
    ConflictIndex index;
    auto packages = sources.releases.packagesByRelease();
    if (!packages)
        return packages.error();
    QHash<Id, Contents> contents;
    for (auto it = packages->cbegin(); it != packages->cend(); ++it) {
        Contents &ofRelease = contents[it.key()];
        for (const Package &p : it.value()) {
            ofRelease.append(p.contents);
            for (const ComponentVersion &v : p.contents) {
                for (const VersionRelation &r : v.relations) {
                    if (r.kind == VersionRelation::Kind::Requires)
                        index.m_required.insert(r.component.toLower());
                }
            }
        }
    }
    for (auto it = contents.cbegin(); it != contents.cend(); ++it)
        index.add(it.key(), it.value());
    QSet<Id> environments;
    for (const Deployment &d : data.deployments()) {
        if (d.outcome == DeploymentOutcome::Planned)
            environments.insert(d.environmentId);
    }
    for (Id environment : std::as_const(environments)) {
        auto inventory = sources.delivery.inventory(environment);
        if (!inventory)
            return inventory.error();
        index.m_inventory.insert(environment, index.keyed(*inventory));
    }
    return index;
}

void ConflictIndex::add(Id releaseId, const Contents &contents) {
    ReleaseChanges &changes = m_releases[releaseId];
    changes.versions = contents;
    changes.keyed = keyed(contents);
    for (qsizetype i = 0; i < contents.size(); ++i) {
        const ComponentVersion &v = contents.at(i);
        const QString name = v.componentName.toLower();
        changes.componentIds.insert(v.componentId);
        changes.names.insert(name, v.componentName);
        for (qsizetype j = 0; j < v.relations.size(); ++j) {
            const VersionRelation &r = v.relations.at(j);
            if (r.kind != VersionRelation::Kind::Requires)
                continue;
            const QString required = r.component.toLower();
            Requirement requirement{i, j, numberOf(required), required, r.range.trimmed().isEmpty(), std::nullopt};
            if (auto range = VersionRange::parse(r.range); !requirement.anyVersion && range)
                requirement.range = *range;
            m_related[name].insert(required);
            m_related[required].insert(name);
            changes.requirements.append(requirement);
        }
    }
    QSet<QString> written;
    for (const ComponentVersion &v : contents)
        written.insert(v.componentName);
    changes.sortedNames = QStringList(written.cbegin(), written.cend());
    changes.sortedNames.sort(Qt::CaseInsensitive);
    for (auto it = changes.names.cbegin(); it != changes.names.cend(); ++it)
        m_releasesWith[it.key()].append(releaseId);
}

QStringList mergeSortedNames(const QStringList &a, const QStringList &b) {
    if (a.isEmpty() || a == b)
        return b;
    if (b.isEmpty())
        return a;
    QStringList merged;
    merged.reserve(a.size() + b.size());
    std::merge(a.cbegin(), a.cend(), b.cbegin(), b.cend(), std::back_inserter(merged),
               [](const QString &x, const QString &y) { return x.compare(y, Qt::CaseInsensitive) < 0; });
    // Names equal but for case sit together: keep each written form once.
    QStringList result;
    result.reserve(merged.size());
    qsizetype runStart = 0;
    for (const QString &name : std::as_const(merged)) {
        if (!result.isEmpty() && result.last().compare(name, Qt::CaseInsensitive) != 0)
            runStart = result.size();
        if (std::find(result.cbegin() + runStart, result.cend(), name) == result.cend())
            result.append(name);
    }
    return result;
}

const ReleaseChanges &ConflictIndex::changesOf(Id releaseId) const {
    static const ReleaseChanges none;
    const auto found = m_releases.constFind(releaseId);
    return found == m_releases.constEnd() ? none : *found;
}

const KeyedVersions &ConflictIndex::inventoryOf(Id environmentId) const {
    static const KeyedVersions none;
    const auto found = m_inventory.constFind(environmentId);
    return found == m_inventory.constEnd() ? none : *found;
}

const QSet<QString> &ConflictIndex::relatedTo(const QString &lowerName) const {
    static const QSet<QString> none;
    const auto found = m_related.constFind(lowerName);
    return found == m_related.constEnd() ? none : *found;
}

QSet<Id> ConflictIndex::releasesTouching(const ReleaseChanges &changes) const {
    QSet<Id> ids;
    const auto addChangersOf = [&](const QString &name) {
        for (Id id : m_releasesWith.value(name))
            ids.insert(id);
    };
    for (auto it = changes.names.cbegin(); it != changes.names.cend(); ++it) {
        addChangersOf(it.key());
        for (const QString &related : relatedTo(it.key()))
            addChangersOf(related);
    }
    return ids;
}

} // namespace relm

#pragma once

#include "Result.h"
#include "domain/Contents.h"
#include "domain/VersionNumber.h"

#include <QHash>
#include <QSet>

#include <optional>
#include <vector>

namespace relm {

class CalendarData;
struct AssuranceSources;

/// A version of the component the index numbers `component` (see ConflictIndex::componentCount),
/// read as a version number only when some release requires the component.
struct KeyedVersion {
    int component = 0;
    std::optional<VersionNumber> version;
};
using KeyedVersions = std::vector<KeyedVersion>;

/// One "requires" relation of a release's version, read once for checking many times.
struct Requirement {
    qsizetype version = 0;  ///< index into the release's versions
    qsizetype relation = 0; ///< index into that version's relations
    int component = 0;      ///< the required component's number
    QString componentName;  ///< lower case
    bool anyVersion = false;
    std::optional<VersionRange> range; ///< none for a range that does not parse: nothing satisfies it

    /// Whether this version of the required component (none when absent) satisfies it.
    bool satisfiedBy(const VersionNumber *version) const {
        return version && (anyVersion || (range && range->matches(*version)));
    }
    bool satisfiedBy(const KeyedVersions &versions) const;
    bool satisfiedBy(const KeyedVersion &version) const {
        return satisfiedBy(version.version ? &*version.version : nullptr);
    }
};

/// What one release changes, looked up the ways the conflict search asks.
struct ReleaseChanges {
    Contents versions;
    QSet<Id> componentIds;
    QHash<QString, QString> names;   ///< component name in lower case -> as written
    KeyedVersions keyed;             ///< the versions by component number
    QList<Requirement> requirements; ///< in the order of versions and their relations
    QStringList sortedNames;         ///< the components as written, sorted ignoring case
};

/// The names of both lists, sorted ignoring case, each written form once (both come sorted so).
QStringList mergeSortedNames(const QStringList &a, const QStringList &b);

/// Everything the conflict search reads from the database, read once and indexed so that a
/// search over years compares only releases that touch a common or related component.
class ConflictIndex final {
public:
    static Result<ConflictIndex> load(AssuranceSources sources, const CalendarData &data);

    const ReleaseChanges &changesOf(Id releaseId) const;
    /// What the environment runs now.
    const KeyedVersions &inventoryOf(Id environmentId) const;
    /// How many components (by lower-case name) the index numbers, from 0.
    int componentCount() const { return int(m_numbers.size()); }
    /// The components (lower case) the component requires or that require it.
    const QSet<QString> &relatedTo(const QString &lowerName) const;
    /// The releases that change one of these components, or a component related to one of them.
    QSet<Id> releasesTouching(const ReleaseChanges &changes) const;

private:
    void add(Id releaseId, const Contents &contents);
    int numberOf(const QString &lowerName);
    KeyedVersions keyed(const Contents &contents);

    QHash<Id, ReleaseChanges> m_releases;
    QHash<Id, KeyedVersions> m_inventory;
    QHash<QString, int> m_numbers; ///< component (lower case) -> its number
    QSet<QString> m_required;      ///< components (lower case) some release requires
    QHash<QString, QSet<QString>> m_related;
    QHash<QString, QList<Id>> m_releasesWith; ///< component (lower case) -> releases changing it
};

} // namespace relm

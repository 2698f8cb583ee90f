#include "PortfolioGenerator.h"

#include "changes/RecordChanges.h"
#include "changes/Workspace.h"
#include "storage/CatalogueStore.h"
#include "storage/Database.h"
#include "storage/DirectoryStore.h"
#include "storage/PlanStore.h"
#include "storage/ReleaseStore.h"

#include <QRandomGenerator>

using namespace Qt::Literals::StringLiterals;

namespace relm {

Result<void> generatePortfolio(Workspace &ws, const PortfolioSize &size) {
    QRandomGenerator random(20261122);
    return ws.database().transaction([&]() -> Result<void> {
        QList<Id> people;
        for (int i = 0; i < 50; ++i) {
            auto id = ws.directory().insert(Person{0,
                                                   u"user%1"_s.arg(i),
                                                   u"User %1"_s.arg(i),
                                                   {},
                                                   {i % 5 == 0 ? Role::ReleaseManager : Role::TestManager}});
            if (!id)
                return id.error();
            people.append(*id);
        }
        QList<Id> versions;
        versions.reserve(size.components * size.versionsPerComponent);
        const auto kinds = allOf<ComponentKind>();
        for (int c = 0; c < size.components; ++c) {
            const QString name = u"component-%1"_s.arg(c, 5, 10, QChar(u'0'));
            auto component = ws.catalogue().insert(
                Component{0, name, kinds.at(c % kinds.size()), people.at(c % people.size()), {}, {}, false});
            if (!component)
                return component.error();
            for (int v = 0; v < size.versionsPerComponent; ++v) {
                ComponentVersion version{0,
                                         *component,
                                         name,
                                         u"%1.%2.0"_s.arg(1 + v / 3).arg(v % 3),
                                         QString(64, u'a'),
                                         u"tag-%1"_s.arg(v),
                                         false,
                                         {}};
                // Every tenth component needs its neighbour, so checks have relations to follow.
                if (c % 10 == 0 && c + 1 < size.components)
                    version.relations.append(VersionRelation{
                        VersionRelation::Kind::Requires, u"component-%1"_s.arg(c + 1, 5, 10, QChar(u'0')), u">=1.0"_s});
                auto inserted = ws.catalogue().insert(version);
                if (!inserted)
                    return inserted.error();
                versions.append(*inserted);
            }
        }
        const auto statuses = allOf<ReleaseStatus>();
        const QDate origin(2024, 1, 1);
        for (int r = 0; r < size.releases; ++r) {
            Release release;
            release.name = u"R%1"_s.arg(r, 5, 10, QChar(u'0'));
            release.version = release.name;
            release.type = ReleaseType(r % 4);
            release.status = statuses.at(r % statuses.size());
            release.ownerId = people.at((r % 10) * 5);
            release.targetService = u"Service %1"_s.arg(r % 40);
            release.plannedStart = origin.addDays(r * 3);
            release.plannedEnd = release.plannedStart.addDays(30);
            auto releaseId = ws.releases().insert(release);
            if (!releaseId)
                return releaseId.error();
            for (int p = 0; p < size.packagesPerRelease; ++p) {
                auto packageId = ws.releases().insert(Package{0, *releaseId, u"Package %1"_s.arg(p + 1), {}});
                if (!packageId)
                    return packageId.error();
                for (int i = 0; i < size.itemsPerPackage; ++i) {
                    const Id version = versions.at(random.bounded(int(versions.size())));
                    if (auto added = ws.releases().addToPackage(*packageId, version); !added)
                        return added.error();
                }
            }
        }
        if (size.bigReleaseVersions <= 0)
            return {};
        Release big;
        big.name = u"BIG"_s;
        big.ownerId = people.first();
        auto bigId = ws.releases().insert(big);
        if (!bigId)
            return bigId.error();
        auto packageId = ws.releases().insert(Package{0, *bigId, u"Everything"_s, {}});
        if (!packageId)
            return packageId.error();
        // One version of each of the first components: a large, consistent package.
        for (int c = 0; c < size.bigReleaseVersions && c < size.components; ++c) {
            if (auto added = ws.releases().addToPackage(*packageId, versions.at(c * size.versionsPerComponent)); !added)
                return added.error();
        }
        return {};
    });
}

Result<Id> generateSchedule(Workspace &ws, const QString &name, int tasks) {
    QRandomGenerator random(7);
    Id releaseId = 0;
    auto result = ws.database().transaction([&]() -> Result<void> {
        Release release;
        release.name = name;
        release.ownerId = ws.actingPerson().id;
        release.plannedStart = QDate(2026, 1, 5);
        auto id = ws.releases().insert(release);
        if (!id)
            return id.error();
        releaseId = *id;
        QList<Id> ids;
        ids.reserve(tasks);
        for (int i = 0; i < tasks; ++i) {
            PlanTask t;
            t.releaseId = releaseId;
            t.position = i;
            t.name = u"Task %1"_s.arg(i);
            t.duration = 60 * random.bounded(4, 40);
            t.optimistic = t.duration * 8 / 10;
            t.pessimistic = t.duration * 3 / 2;
            auto taskId = ws.plan().insert(t);
            if (!taskId)
                return taskId.error();
            ids.append(*taskId);
            for (int k = 0; k < 3 && i > 0; ++k) {
                const Id from = ids.at(std::max(0, i - 1 - random.bounded(std::min(i, 40))));
                auto count = ws.database().scalar(u"SELECT count(*) FROM task_links WHERE predecessor_id = ? AND "
                                                  "successor_id = ?"_s,
                                                  {from, *taskId});
                if (count && count->toInt() > 0)
                    continue;
                if (auto link = ws.plan().insert(PlanLink{0, from, *taskId, LinkType::FinishToStart, 0, 0, false});
                    !link)
                    return link.error();
            }
        }
        return {};
    });
    if (!result)
        return result.error();
    return releaseId;
}

} // namespace relm

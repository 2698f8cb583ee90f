#include "ConflictFinder.h"

#include "calendar/WindowOccurrences.h"
#include "changes/Workspace.h"
#include "domain/VersionNumber.h"
#include "signing/AssuranceSources.h"
#include "storage/DeliveryStore.h"
#include "storage/ReleaseStore.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::ConflictFinder", text);
}

QString at(const QDateTime &t) {
    return t.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s);
}

QStringList sortedNames(QSet<QString> names) {
    QStringList list(names.cbegin(), names.cend());
    list.sort(Qt::CaseInsensitive);
    return list;
}

/// A planned deployment with what deciding about it needs.
struct Planned {
    const Deployment *deployment = nullptr;
    const Release *release = nullptr;
    QString environment;
    qint64 length() const { return deployment->plannedStart.secsTo(deployment->plannedEnd); }
    QDateTime start() const { return deployment->plannedStart.toUTC(); }
    QDateTime end() const {
        return deployment->plannedEnd.isValid() && deployment->plannedEnd > deployment->plannedStart
                   ? deployment->plannedEnd.toUTC()
                   : start().addSecs(1);
    }
};

/// Whether `contents` holds a version of the component within the range.
bool satisfies(const QHash<QString, QString> &versions, const VersionRelation &relation) {
    const auto found = versions.constFind(relation.component.toLower());
    if (found == versions.constEnd())
        return false;
    if (relation.range.trimmed().isEmpty())
        return true;
    auto range = VersionRange::parse(relation.range);
    return range && range->matches(*found);
}

QHash<QString, QString> byComponent(const Contents &contents) {
    QHash<QString, QString> versions;
    for (const ComponentVersion &v : contents)
        versions.insert(v.componentName.toLower(), v.version);
    return versions;
}

} // namespace

QString kindKey(CalendarConflict::Kind kind) {
    switch (kind) {
    case CalendarConflict::Kind::Freeze:
        return u"freeze"_s;
    case CalendarConflict::Kind::EnvironmentBooking:
        return u"environment"_s;
    case CalendarConflict::Kind::SharedComponent:
        return u"component"_s;
    case CalendarConflict::Kind::DeploymentOrder:
        return u"order"_s;
    }
    return {};
}

QString labelOf(CalendarConflict::Kind kind) {
    switch (kind) {
    case CalendarConflict::Kind::Freeze:
        return tr("Deployment in a freeze");
    case CalendarConflict::Kind::EnvironmentBooking:
        return tr("Environment booked twice");
    case CalendarConflict::Kind::SharedComponent:
        return tr("Same component changed at once");
    case CalendarConflict::Kind::DeploymentOrder:
        return tr("Deployment order");
    }
    return {};
}

Result<ConflictFinder> ConflictFinder::load(Workspace &ws, const CalendarData &data) {
    return load(AssuranceSources::of(ws), data);
}

Result<ConflictFinder> ConflictFinder::load(AssuranceSources ws, const CalendarData &data) {
    ConflictFinder finder(data);
    auto packages = ws.releases.packagesByRelease();
    if (!packages)
        return packages.error();
    for (auto it = packages->cbegin(); it != packages->cend(); ++it) {
        Contents &content = finder.m_content[it.key()];
        for (const Package &p : it.value())
            content.append(p.contents);
    }
    for (const Contents &content : std::as_const(finder.m_content)) {
        for (const ComponentVersion &v : content) {
            finder.m_componentNames.insert(v.componentId, v.componentName);
            for (const VersionRelation &r : v.relations) {
                if (r.kind != VersionRelation::Kind::Requires)
                    continue;
                finder.m_related[v.componentName.toLower()].insert(r.component.toLower());
                finder.m_related[r.component.toLower()].insert(v.componentName.toLower());
            }
        }
    }
    QSet<Id> environments;
    for (const Deployment &d : data.deployments()) {
        if (d.outcome == DeploymentOutcome::Planned)
            environments.insert(d.environmentId);
    }
    for (Id environment : environments) {
        auto inventory = ws.delivery.inventory(environment);
        if (!inventory)
            return inventory.error();
        finder.m_inventory.insert(environment, *inventory);
    }
    return finder;
}

namespace {

/// Finds the conflicts of one kind at a time over the planned deployments of a period.
class Search {
public:
    Search(const CalendarData &data, const QHash<Id, Contents> &content, const QHash<Id, Contents> &inventory,
           const QHash<QString, QSet<QString>> &related, const QDateTime &from, const QDateTime &to)
        : m_data(data)
        , m_content(content)
        , m_inventory(inventory)
        , m_related(related) {
        for (const Deployment &d : data.deployments()) {
            if (d.outcome != DeploymentOutcome::Planned || !d.plannedStart.isValid())
                continue;
            const auto release = data.releases().constFind(d.releaseId);
            if (release == data.releases().constEnd())
                continue;
            Planned p{&d, &*release, data.environments().value(d.environmentId).name};
            if (p.start() < to && p.end() > from)
                m_planned.append(p);
        }
        std::sort(m_planned.begin(), m_planned.end(),
                  [](const Planned &a, const Planned &b) { return a.start() < b.start(); });
        for (const ChangeWindow &w : data.windows())
            (w.kind == WindowKind::Freeze ? m_freezes : m_maintenance).append(w);
    }

    QList<CalendarConflict> run() {
        freezes();
        bookings();
        sharedComponents();
        deploymentOrder();
        return m_found;
    }

private:
    QSet<Id> componentIds(Id releaseId) const {
        QSet<Id> ids;
        for (const ComponentVersion &v : m_content.value(releaseId))
            ids.insert(v.componentId);
        return ids;
    }

    QSet<QString> componentNames(Id releaseId) const {
        QSet<QString> names;
        for (const ComponentVersion &v : m_content.value(releaseId))
            names.insert(v.componentName);
        return names;
    }

    DeploymentTarget targetOf(const Planned &p) const {
        return {p.deployment->environmentId, p.release->targetService, componentIds(p.release->id)};
    }

    /// The earliest start at or after `from` at which the deployment runs in no freeze, preferring a
    /// maintenance window that fits within 60 days.
    QString freeSlot(const Planned &p, QDateTime from) const {
        const DeploymentTarget target = targetOf(p);
        const qint64 length = std::max<qint64>(p.length(), 60);
        for (int i = 0; i < 50; ++i) {
            const auto hits = window_occurrences::freezesTouching(m_freezes, target, from, from.addSecs(length));
            if (hits.isEmpty())
                break;
            from = std::max_element(hits.cbegin(), hits.cend(), [](const auto &a, const auto &b) {
                       return a.end < b.end;
                   })->end;
        }
        for (const ChangeWindow &w : m_maintenance) {
            if (!window_occurrences::appliesTo(w.scope, target))
                continue;
            for (const WindowOccurrence &o : window_occurrences::of(w, from, from.addDays(60))) {
                if (o.start >= from && o.start.secsTo(o.end) >= length &&
                    window_occurrences::freezesTouching(m_freezes, target, o.start, o.start.addSecs(length)).isEmpty())
                    return tr("Move it into the maintenance window \u201C%1\u201D at %2").arg(o.name, at(o.start));
            }
        }
        return tr("Move it to %1 or later").arg(at(from));
    }

    QStringList affectedComponents(const Planned &p, const WindowScope &scope) const {
        QSet<QString> names;
        for (const ComponentVersion &v : m_content.value(p.release->id)) {
            if (scope.componentIds.isEmpty() || scope.componentIds.contains(v.componentId))
                names.insert(v.componentName);
        }
        return sortedNames(names);
    }

    const FreezeOverride *overrideFor(const Planned &p, Id windowId) const {
        for (const FreezeOverride &o : m_data.overrides()) {
            if (o.covers(windowId, p.deployment->id, p.deployment->plannedStart.toUTC(),
                         p.deployment->plannedEnd.toUTC()))
                return &o;
        }
        return nullptr;
    }

    void freezes() {
        for (const Planned &p : m_planned) {
            const auto hits = window_occurrences::freezesTouching(m_freezes, targetOf(p), p.start(), p.end());
            for (const WindowOccurrence &o : hits) {
                CalendarConflict c;
                c.kind = CalendarConflict::Kind::Freeze;
                c.key = u"freeze:w%1:d%2:%3"_s.arg(o.windowId).arg(p.deployment->id).arg(o.start.toSecsSinceEpoch());
                c.start = p.start();
                c.end = p.end();
                c.releaseIds = {p.release->id};
                c.deploymentIds = {p.deployment->id};
                c.windowId = o.windowId;
                c.releases = {p.release->name};
                c.components = affectedComponents(p, o.scope);
                c.environments = {p.environment};
                c.summary = tr("%1 deploys to %2 at %3, inside the freeze %4.")
                                .arg(p.release->name, p.environment, at(p.start()), window_occurrences::describe(o));
                if (const FreezeOverride *ov = overrideFor(p, o.windowId)) {
                    c.overridden = true;
                    c.override = tr("%1 (%2): %3").arg(ov->printedName, labelOf(ov->role), ov->reason);
                    c.fix = tr("Overridden; nothing to do.");
                } else if (p.deployment->emergency) {
                    c.overridden = true;
                    c.override = tr("an authorised emergency deployment");
                    c.fix = tr("Authorised emergency; nothing to do.");
                } else {
                    c.fix = tr("%1, or have the %2 override the freeze with a reason.")
                                .arg(freeSlot(p, o.end), labelOf(o.overrideRole).toLower());
                }
                m_found.append(c);
            }
        }
    }

    void bookings() {
        QHash<Id, QList<const Planned *>> byEnvironment;
        for (const Planned &p : m_planned)
            byEnvironment[p.deployment->environmentId].append(&p);
        for (const QList<const Planned *> &list : std::as_const(byEnvironment)) {
            for (int i = 0; i < list.size(); ++i) {
                for (int j = i + 1; j < list.size() && list.at(j)->start() < list.at(i)->end(); ++j) {
                    const Planned &a = *list.at(i);
                    const Planned &b = *list.at(j);
                    if (a.release->id == b.release->id)
                        continue;
                    CalendarConflict c;
                    c.kind = CalendarConflict::Kind::EnvironmentBooking;
                    c.key = u"environment:d%1:d%2"_s.arg(a.deployment->id).arg(b.deployment->id);
                    c.start = b.start();
                    c.end = std::min(a.end(), b.end());
                    c.releaseIds = {a.release->id, b.release->id};
                    c.deploymentIds = {a.deployment->id, b.deployment->id};
                    c.releases = {a.release->name, b.release->name};
                    c.components = sortedNames(componentNames(a.release->id) | componentNames(b.release->id));
                    c.environments = {a.environment};
                    c.summary = tr("%1 (%2 to %3) and %4 (%5 to %6) both deploy to %7.")
                                    .arg(a.release->name, at(a.start()), at(a.end()), b.release->name, at(b.start()),
                                         at(b.end()), a.environment);
                    c.fix = tr("Move %1 to start at %2 or later, or %3 to end by %4.")
                                .arg(b.release->name, at(a.end()), a.release->name, at(b.start()));
                    m_found.append(c);
                }
            }
        }
    }

    /// Each release's span of planned deployments in the period.
    struct Span {
        const Release *release = nullptr;
        QDateTime start;
        QDateTime end;
    };

    QList<Span> spans() const {
        QHash<Id, Span> byRelease;
        for (const Planned &p : m_planned) {
            Span &s = byRelease[p.release->id];
            s.release = p.release;
            if (!s.start.isValid() || p.start() < s.start)
                s.start = p.start();
            if (!s.end.isValid() || p.end() > s.end)
                s.end = p.end();
        }
        QList<Span> list = byRelease.values();
        std::sort(list.begin(), list.end(), [](const Span &a, const Span &b) { return a.start < b.start; });
        return list;
    }

    /// What two releases' contents have in common: components both change, and pairs where one
    /// release changes a component the other's components depend on (or the other way round).
    struct Overlap {
        QSet<QString> same;
        QStringList related; ///< "billing-api \u2194 auth-service"
        QSet<QString> all;
        bool isEmpty() const { return all.isEmpty(); }
    };

    Overlap overlapOf(Id a, Id b) const {
        Overlap o;
        const QSet<QString> ofA = componentNames(a);
        const QSet<QString> ofB = componentNames(b);
        for (const QString &x : ofA) {
            for (const QString &y : ofB) {
                if (x.compare(y, Qt::CaseInsensitive) == 0) {
                    o.same.insert(x);
                } else if (m_related.value(x.toLower()).contains(y.toLower())) {
                    o.related.append(u"%1 \u2194 %2"_s.arg(x, y));
                } else {
                    continue;
                }
                o.all.insert(x);
                o.all.insert(y);
            }
        }
        o.related.sort(Qt::CaseInsensitive);
        return o;
    }

    /// The first planned deployment of the release that starts at or after `from`, to propose a slot for.
    const Planned *firstPlanned(const Release *release, const QDateTime &from) const {
        const Planned *first = nullptr;
        for (const Planned &p : m_planned) {
            if (p.release == release && p.end() > from && (!first || p.start() < first->start()))
                first = &p;
        }
        return first;
    }

    void sharedComponents() {
        const QList<Span> list = spans();
        for (int i = 0; i < list.size(); ++i) {
            for (int j = i + 1; j < list.size() && list.at(j).start < list.at(i).end; ++j) {
                const Span &a = list.at(i);
                const Span &b = list.at(j);
                const Overlap overlap = overlapOf(a.release->id, b.release->id);
                if (overlap.isEmpty())
                    continue;
                CalendarConflict c;
                c.kind = CalendarConflict::Kind::SharedComponent;
                c.key = u"component:r%1:r%2"_s.arg(a.release->id).arg(b.release->id);
                c.start = b.start;
                c.end = std::min(a.end, b.end);
                c.releaseIds = {a.release->id, b.release->id};
                c.releases = {a.release->name, b.release->name};
                c.components = sortedNames(overlap.all);
                for (const Planned &p : m_planned) {
                    if ((p.release == a.release || p.release == b.release) && p.start() < c.end && p.end() > c.start) {
                        c.deploymentIds.append(p.deployment->id);
                        if (!c.environments.contains(p.environment))
                            c.environments.append(p.environment);
                    }
                }
                QStringList what;
                if (!overlap.same.isEmpty())
                    what.append(tr("both change %1").arg(sortedNames(overlap.same).join(u", "_s)));
                if (!overlap.related.isEmpty())
                    what.append(
                        tr("change components that depend on each other (%1)").arg(overlap.related.join(u"; "_s)));
                c.summary = tr("%1 (%2 to %3) and %4 (%5 to %6) overlap and %7.")
                                .arg(a.release->name, at(a.start), at(a.end), b.release->name, at(b.start), at(b.end),
                                     what.join(tr(" and ")));
                c.fix = sharedComponentFix(a, b);
                m_found.append(c);
            }
        }
    }

    /// Let an emergency go first and build the other release on top of it; otherwise the later
    /// release waits for the earlier one, in a slot no freeze blocks.
    QString sharedComponentFix(const Span &a, const Span &b) const {
        const bool bGoesFirst = b.release->type == ReleaseType::Emergency && a.release->type != ReleaseType::Emergency;
        const Span &first = bGoesFirst ? b : a;
        const Span &waiting = bGoesFirst ? a : b;
        const Planned *next = firstPlanned(waiting.release, first.start);
        const QString slot = next ? freeSlot(*next, first.end) : tr("Move it to %1 or later").arg(at(first.end));
        if (bGoesFirst)
            return tr("Let the emergency %1 go first, then deploy the rest of %2 rebuilt on top of it. %3.")
                .arg(first.release->name, waiting.release->name, slot);
        return tr("Deploy %1 after %2 has finished, built and tested on top of it. %3.")
            .arg(waiting.release->name, first.release->name, slot);
    }

    void deploymentOrder() {
        QHash<Id, QList<const Planned *>> byEnvironment;
        for (const Planned &p : m_planned)
            byEnvironment[p.deployment->environmentId].append(&p);
        for (auto it = byEnvironment.cbegin(); it != byEnvironment.cend(); ++it) {
            QHash<QString, QString> state = byComponent(m_inventory.value(it.key()));
            const QList<const Planned *> &list = it.value();
            for (int i = 0; i < list.size(); ++i) {
                const Planned &p = *list.at(i);
                const Contents &own = m_content.value(p.release->id);
                QHash<QString, QString> after = state;
                after.insert(byComponent(own));
                for (const ComponentVersion &v : own) {
                    for (const VersionRelation &r : v.relations) {
                        if (r.kind != VersionRelation::Kind::Requires || satisfies(after, r))
                            continue;
                        reportOrder(p, v, r, list, i);
                    }
                }
                state = after;
            }
        }
    }

    /// A requirement unmet when `p` lands, delivered only by a later deployment to the same place.
    void reportOrder(const Planned &p, const ComponentVersion &v, const VersionRelation &r,
                     const QList<const Planned *> &list, int index) {
        for (int j = index + 1; j < list.size(); ++j) {
            const Planned &later = *list.at(j);
            if (later.release->id == p.release->id || !satisfies(byComponent(m_content.value(later.release->id)), r))
                continue;
            CalendarConflict c;
            c.kind = CalendarConflict::Kind::DeploymentOrder;
            c.key = u"order:d%1:d%2:%3"_s.arg(p.deployment->id).arg(later.deployment->id).arg(r.component.toLower());
            c.start = p.start();
            c.end = later.end();
            c.releaseIds = {p.release->id, later.release->id};
            c.deploymentIds = {p.deployment->id, later.deployment->id};
            c.releases = {p.release->name, later.release->name};
            c.components = sortedNames({v.componentName, r.component});
            c.environments = {p.environment};
            c.summary = tr("%1 deploys to %2 at %3, but its %4 %5 needs %6 %7, which only %8 brings there at %9: "
                           "until then %2 would be incompatible.")
                            .arg(p.release->name, p.environment, at(p.start()), v.componentName, v.version, r.component,
                                 r.range, later.release->name, at(later.start()));
            c.fix = tr("Deploy %1 after %2 (from %3), or %2 before %1.")
                        .arg(p.release->name, later.release->name, at(later.end()));
            m_found.append(c);
            return;
        }
    }

    const CalendarData &m_data;
    const QHash<Id, Contents> &m_content;
    const QHash<Id, Contents> &m_inventory;
    const QHash<QString, QSet<QString>> &m_related;
    QList<Planned> m_planned;
    QList<ChangeWindow> m_freezes;
    QList<ChangeWindow> m_maintenance;
    QList<CalendarConflict> m_found;
};

} // namespace

QList<CalendarConflict> ConflictFinder::find(const QDateTime &from, const QDateTime &to) const {
    QList<CalendarConflict> found = Search(*m_data, m_content, m_inventory, m_related, from, to).run();
    std::stable_sort(found.begin(), found.end(),
                     [](const CalendarConflict &a, const CalendarConflict &b) { return a.start < b.start; });
    return found;
}

QList<CalendarConflict> ConflictFinder::involving(const QList<CalendarConflict> &all, Id releaseId) {
    QList<CalendarConflict> result;
    for (const CalendarConflict &c : all) {
        if (c.releaseIds.contains(releaseId))
            result.append(c);
    }
    return result;
}

Result<QList<Finding>> calendarFindings(AssuranceSources sources, Id releaseId, const QDateTime &now) {
    auto data = CalendarData::load(sources);
    if (!data)
        return data.error();
    auto finder = ConflictFinder::load(sources, *data);
    if (!finder)
        return finder.error();
    QList<Finding> findings;
    const QDateTime from = now.toUTC().addDays(-1);
    for (const CalendarConflict &c : ConflictFinder::involving(finder->find(from, from.addYears(1)), releaseId)) {
        if (c.overridden)
            continue;
        Finding f;
        f.kind = Finding::Kind::CalendarConflict;
        f.severity = Finding::Severity::Warning;
        f.message = labelOf(c.kind) + u": "_s + c.summary;
        f.fix = c.fix;
        f.components = c.components;
        f.releaseId = releaseId;
        findings.append(f);
    }
    return findings;
}

} // namespace relm

#include "ConflictFinder.h"

#include "calendar/ConflictIndex.h"
#include "calendar/WindowOccurrences.h"
#include "changes/Workspace.h"
#include "domain/VersionNumber.h"
#include "i18n/ShownDates.h"
#include "signing/AssuranceSources.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <cstdio>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::ConflictFinder", text);
}

/// "2027-03-01 19:00 UTC" (written by hand: conflicts name many times, and format strings are slow).
QString at(const QDateTime &t) {
    if (shown_dates::style() != shown_dates::Style::Iso)
        return shown_dates::dateTime(t.toUTC());
    const QDateTime utc = t.toUTC();
    const QDate day = utc.date();
    const QTime time = utc.time();
    char text[40];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d %02d:%02d UTC", day.year(), day.month(), day.day(), time.hour(),
                  time.minute());
    return QString::fromLatin1(text);
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
    auto index = ConflictIndex::load(ws, data);
    if (!index)
        return index.error();
    ConflictFinder finder(data);
    finder.m_index = std::make_shared<const ConflictIndex>(std::move(index).value());
    return finder;
}

namespace {

/// Finds the conflicts of one kind at a time over the planned deployments of a period.
class Search {
public:
    Search(const CalendarData &data, const ConflictIndex &index, const QDateTime &from, const QDateTime &to)
        : m_data(data)
        , m_index(index)
        , m_from(from)
        , m_to(to) {
        QList<Planned> all;
        QHash<Id, std::pair<QDateTime, QDateTime>> spanOf; // release -> first start, last end
        for (const Deployment &d : data.deployments()) {
            if (d.outcome != DeploymentOutcome::Planned || !d.plannedStart.isValid())
                continue;
            const auto release = data.releases().constFind(d.releaseId);
            if (release == data.releases().constEnd())
                continue;
            Planned p{&d, &*release, data.environments().value(d.environmentId).name};
            all.append(p);
            if (p.start() < to && p.end() > from)
                m_planned.append(p);
            auto &[first, last] = spanOf[release->id];
            first = first.isValid() ? std::min(first, p.start()) : p.start();
            last = last.isValid() ? std::max(last, p.end()) : p.end();
        }
        const auto byStart = [](const Planned &a, const Planned &b) {
            return a.start() < b.start();
        };
        std::sort(m_planned.begin(), m_planned.end(), byStart);
        // A release whose span of planned deployments reaches into the period is judged by all of
        // them, so that its span (and a conflict over it) reads the same whatever period is searched,
        // even one that falls between two of its deployments.
        for (const Planned &p : std::as_const(all)) {
            const auto &[first, last] = spanOf.value(p.release->id);
            if (first < to && last > from)
                m_ofReleasesInPeriod.append(p);
        }
        std::sort(m_ofReleasesInPeriod.begin(), m_ofReleasesInPeriod.end(), byStart);
        for (const Planned &p : std::as_const(m_ofReleasesInPeriod))
            m_plannedOf[p.release->id].append(&p);
        // Windows expanded once over the period, the releases' spans, the days before and the months
        // after, where fixes look.
        QDateTime first = from;
        QDateTime last = to;
        for (const Planned &p : std::as_const(m_ofReleasesInPeriod)) {
            first = std::min(first, p.start());
            last = std::max(last, p.end());
        }
        first = first.addDays(-2);
        last = last.addDays(120);
        QList<ChangeWindow> freezes;
        for (const ChangeWindow &w : data.windows()) {
            if (w.kind == WindowKind::Freeze)
                freezes.append(w);
            else
                m_maintenance.append(window_occurrences::Table({w}, first, last));
        }
        m_freezes.emplace(freezes, first, last);
    }

    QList<CalendarConflict> run() {
        freezes();
        bookings();
        sharedComponents();
        deploymentOrder();
        return m_found;
    }

private:
    DeploymentTarget targetOf(const Planned &p) const {
        return {p.deployment->environmentId, p.release->targetService, m_index.changesOf(p.release->id).componentIds};
    }

    /// "2026.4 Autumn → Production": which deployment a fix moves.
    static QString named(const Planned &p) { return tr("%1 \u2192 %2").arg(p.release->name, p.environment); }

    /// The earliest start at or after `from` at which the deployment runs in no freeze, preferring a
    /// maintenance window that fits within the week after (not for an emergency release).
    QString freeSlot(const Planned &p, QDateTime from) const {
        const DeploymentTarget target = targetOf(p);
        const qint64 length = std::max<qint64>(p.length(), 60);
        for (int i = 0; i < 50; ++i) {
            const auto hits = m_freezes->touching(target, from, from.addSecs(length));
            if (hits.isEmpty())
                break;
            from = std::max_element(hits.cbegin(), hits.cend(), [](const auto &a, const auto &b) {
                       return a.end < b.end;
                   })->end;
        }
        // A maintenance window within the week after is the better slot; an emergency takes the first.
        if (p.release->type != ReleaseType::Emergency) {
            for (const window_occurrences::Table &window : m_maintenance) {
                for (const WindowOccurrence &o : window.startingIn(from, from.addDays(7))) {
                    if (window_occurrences::appliesTo(o.scope, target) && o.start.secsTo(o.end) >= length &&
                        m_freezes->touching(target, o.start, o.start.addSecs(length)).isEmpty())
                        return tr("Move %1 into the maintenance window \u201C%2\u201D at %3")
                            .arg(named(p), o.name, at(o.start));
                }
            }
        }
        return tr("Move %1 to %2 or later").arg(named(p), at(from));
    }

    QStringList affectedComponents(const Planned &p, const WindowScope &scope) const {
        QSet<QString> names;
        for (const ComponentVersion &v : m_index.changesOf(p.release->id).versions) {
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
            const auto hits = m_freezes->touching(targetOf(p), p.start(), p.end());
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
                                .arg(freeSlot(p, o.end), labelInSentence(o.overrideRole));
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
                    c.components = mergeSortedNames(m_index.changesOf(a.release->id).sortedNames,
                                                    m_index.changesOf(b.release->id).sortedNames);
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

    /// Each release's span of planned deployments, for the releases with one in the period.
    struct Span {
        const Release *release = nullptr;
        QDateTime start;
        QDateTime end;
    };

    QList<Span> spans() const {
        QHash<Id, Span> byRelease;
        for (const Planned &p : m_ofReleasesInPeriod) {
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
        const QHash<QString, QString> &ofA = m_index.changesOf(a).names;
        const QHash<QString, QString> &ofB = m_index.changesOf(b).names;
        for (auto x = ofA.cbegin(); x != ofA.cend(); ++x) {
            if (const auto same = ofB.constFind(x.key()); same != ofB.cend()) {
                o.same.insert(x.value());
                o.all.insert(x.value());
                o.all.insert(same.value());
            }
            for (const QString &related : m_index.relatedTo(x.key())) {
                const auto y = ofB.constFind(related);
                if (related == x.key() || y == ofB.cend())
                    continue;
                o.related.append(u"%1 \u2194 %2"_s.arg(x.value(), y.value()));
                o.all.insert(x.value());
                o.all.insert(y.value());
            }
        }
        o.related.sort(Qt::CaseInsensitive);
        return o;
    }

    /// The first planned deployment of the release that starts at or after `from`, to propose a slot for.
    const Planned *firstPlanned(const Release *release, const QDateTime &from) const {
        // m_plannedOf lists each release's deployments by start.
        for (const Planned *p : m_plannedOf.value(release->id)) {
            if (p->end() > from)
                return p;
        }
        return nullptr;
    }

    /// Pairs of releases whose spans overlap and that change a common or related component. Only
    /// releases the index says touch one of a release's components are compared with it.
    void sharedComponents() {
        const QList<Span> list = spans();
        QHash<Id, int> position;
        for (int i = 0; i < list.size(); ++i)
            position.insert(list.at(i).release->id, i);
        for (int i = 0; i < list.size(); ++i) {
            const Span &a = list.at(i);
            QList<int> later;
            for (Id other : m_index.releasesTouching(m_index.changesOf(a.release->id))) {
                const int j = position.value(other, -1);
                // Spans overlap, and the overlap falls in the period searched.
                const Span &b = j > i ? list.at(j) : a;
                if (j > i && b.start < a.end && b.start < m_to && std::min(a.end, b.end) > m_from)
                    later.append(j);
            }
            std::sort(later.begin(), later.end());
            for (int j : std::as_const(later)) {
                if (const Overlap overlap = overlapOf(a.release->id, list.at(j).release->id); !overlap.isEmpty())
                    m_found.append(sharedComponentConflict(a, list.at(j), overlap));
            }
        }
    }

    CalendarConflict sharedComponentConflict(const Span &a, const Span &b, const Overlap &overlap) const {
        CalendarConflict c;
        c.kind = CalendarConflict::Kind::SharedComponent;
        c.key = u"component:r%1:r%2"_s.arg(a.release->id).arg(b.release->id);
        c.start = b.start;
        c.end = std::min(a.end, b.end);
        c.releaseIds = {a.release->id, b.release->id};
        c.releases = {a.release->name, b.release->name};
        c.components = sortedNames(overlap.all);
        for (const Span *s : {&a, &b}) {
            for (const Planned *p : m_plannedOf.value(s->release->id)) {
                if (p->start() < c.end && p->end() > c.start) {
                    c.deploymentIds.append(p->deployment->id);
                    if (!c.environments.contains(p->environment))
                        c.environments.append(p->environment);
                }
            }
        }
        // A release's span runs from its first planned deployment to the end of its last.
        QStringList sentences{
            tr("The deployments of %1 (%2 to %3) overlap those of %4 (%5 to %6).")
                .arg(a.release->name, at(a.start), at(a.end), b.release->name, at(b.start), at(b.end))};
        if (!overlap.same.isEmpty())
            sentences.append(tr("Both change %1.").arg(sortedNames(overlap.same).join(u", "_s)));
        if (!overlap.related.isEmpty())
            sentences.append(tr("Components they change depend on each other: %1.").arg(overlap.related.join(u"; "_s)));
        c.summary = sentences.join(u' ');
        c.fix = sharedComponentFix(a, b);
        return c;
    }

    /// Let an emergency go first and build the other release on top of it; otherwise the later
    /// release waits for the earlier one, in a slot no freeze blocks.
    QString sharedComponentFix(const Span &a, const Span &b) const {
        const bool bGoesFirst = b.release->type == ReleaseType::Emergency && a.release->type != ReleaseType::Emergency;
        const Span &first = bGoesFirst ? b : a;
        const Span &waiting = bGoesFirst ? a : b;
        const Planned *next = firstPlanned(waiting.release, first.start);
        const QString slot =
            next ? freeSlot(*next, first.end) : tr("Move %1 to %2 or later").arg(waiting.release->name, at(first.end));
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
            // What the environment runs, by component number, as deployments land one after another.
            std::vector<const VersionNumber *> state(size_t(m_index.componentCount()), nullptr);
            const auto land = [&state](const KeyedVersions &versions) {
                for (const KeyedVersion &v : versions)
                    state[size_t(v.component)] = v.version ? &*v.version : nullptr;
            };
            land(m_index.inventoryOf(it.key()));
            const QList<const Planned *> &list = it.value();
            QHash<int, QList<int>> changers; // component number -> positions in list changing it
            for (int i = 0; i < list.size(); ++i) {
                for (const KeyedVersion &v : m_index.changesOf(list.at(i)->release->id).keyed)
                    changers[v.component].append(i);
            }
            for (int i = 0; i < list.size(); ++i) {
                const Planned &p = *list.at(i);
                const ReleaseChanges &own = m_index.changesOf(p.release->id);
                land(own.keyed);
                for (const Requirement &r : own.requirements) {
                    if (!r.satisfiedBy(state[size_t(r.component)]))
                        reportOrder(p, own, r, list, changers.value(r.component), i);
                }
            }
        }
    }

    /// `changers` are the positions in `list` of the deployments that change the required component.
    void reportOrder(const Planned &p, const ReleaseChanges &own, const Requirement &requirement,
                     const QList<const Planned *> &list, const QList<int> &changers, int index) {
        const ComponentVersion &v = own.versions.at(requirement.version);
        const VersionRelation &r = v.relations.at(requirement.relation);
        for (auto j = std::upper_bound(changers.cbegin(), changers.cend(), index); j != changers.cend(); ++j) {
            const Planned &later = *list.at(*j);
            if (later.release->id == p.release->id ||
                !requirement.satisfiedBy(m_index.changesOf(later.release->id).keyed))
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
    const ConflictIndex &m_index;
    const QDateTime m_from;
    const QDateTime m_to;
    QList<Planned> m_planned;            ///< planned deployments in the period, by start
    QList<Planned> m_ofReleasesInPeriod; ///< all planned deployments of releases whose span reaches the period
    QHash<Id, QList<const Planned *>> m_plannedOf; ///< release -> its planned deployments, by start
    std::optional<window_occurrences::Table> m_freezes;
    QList<window_occurrences::Table> m_maintenance; ///< one table per window, in the windows' order
    QList<CalendarConflict> m_found;
};

} // namespace

QList<CalendarConflict> ConflictFinder::find(const QDateTime &from, const QDateTime &to) const {
    QList<CalendarConflict> found = Search(*m_data, *m_index, from, to).run();
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

#include "FreezeCheck.h"

#include "storage/CalendarStore.h"
#include "storage/ReleaseStore.h"

#include <QCoreApplication>

namespace relm {

Result<FreezeCheck> FreezeCheck::load(CalendarStore &calendar, ReleaseStore &releases) {
    FreezeCheck check(releases);
    auto windows = calendar.windows();
    if (!windows)
        return windows.error();
    auto overrides = calendar.overrides();
    if (!overrides)
        return overrides.error();
    for (const ChangeWindow &w : *windows) {
        if (w.kind == WindowKind::Freeze)
            check.m_windows.append(w);
    }
    check.m_overrides = *overrides;
    return check;
}

Result<DeploymentTarget> FreezeCheck::targetOf(const Release &release, Id environmentId) {
    auto known = m_componentsOf.constFind(release.id);
    if (known == m_componentsOf.constEnd()) {
        QSet<Id> components;
        const bool anyByComponent = std::any_of(m_windows.cbegin(), m_windows.cend(),
                                                [](const ChangeWindow &w) { return !w.scope.componentIds.isEmpty(); });
        if (anyByComponent) {
            auto content = m_releases->content(release.id);
            if (!content)
                return content.error();
            for (const ComponentVersion &v : *content)
                components.insert(v.componentId);
        }
        known = m_componentsOf.insert(release.id, components);
    }
    return DeploymentTarget{environmentId, release.targetService, *known};
}

QList<WindowOccurrence> FreezeCheck::freezesFor(const DeploymentTarget &target, const QDateTime &start,
                                                const QDateTime &end) const {
    return window_occurrences::freezesTouching(m_windows, target, start, end);
}

Result<QList<FreezeHit>> FreezeCheck::hits(const Deployment &d, const Release &release, const QDateTime &start,
                                           const QDateTime &end) {
    QList<FreezeHit> result;
    if (m_windows.isEmpty())
        return result;
    auto target = targetOf(release, d.environmentId);
    if (!target)
        return target.error();
    for (const WindowOccurrence &o : freezesFor(*target, start, end)) {
        FreezeHit hit{o, std::nullopt};
        for (const FreezeOverride &ov : m_overrides) {
            if (ov.covers(o.windowId, d.id, d.plannedStart, d.plannedEnd))
                hit.override = ov;
        }
        result.append(hit);
    }
    return result;
}

QString describeHit(const FreezeHit &hit) {
    const QString freeze = window_occurrences::describe(hit.freeze);
    if (!hit.override)
        return freeze;
    return QCoreApplication::translate("relm::FreezeCheck", "%1, overridden by %2 (%3): %4")
        .arg(freeze, hit.override->printedName, labelOf(hit.override->role), hit.override->reason);
}

} // namespace relm

#include "CalendarChanges.h"

#include "calendar/FreezeCheck.h"
#include "changes/ChangeContext.h"
#include "domain/JsonCodec.h"
#include "domain/Validation.h"
#include "storage/DeploymentStore.h"
#include "storage/ReleaseStore.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::CalendarChanges", text);
}

Result<void> refused(const QString &message) {
    return makeError(ErrorCode::Invalid, message);
}

Result<ChangeWindow> overridableBy(ChangeContext &context, Id windowId) {
    auto window = context.calendar().window(windowId);
    if (!window)
        return window.error();
    if (window->kind != WindowKind::Freeze)
        return makeError(ErrorCode::Invalid,
                         tr("\u201C%1\u201D is a maintenance window: nothing is refused in it, so there is nothing "
                            "to override.")
                             .arg(window->name));
    if (!context.actor().roles.contains(window->overrideRole))
        return makeError(ErrorCode::Invalid,
                         tr("Only the %1 may override the freeze \u201C%2\u201D; %3 does not hold that role.")
                             .arg(labelInSentence(window->overrideRole), window->name, context.actor().displayName));
    return *window;
}

/// The rules an override must meet each time it is written; fills in who, when and for which slot.
Result<void> authorise(ChangeContext &context, FreezeOverride &o) {
    if (auto r = validation::checkText(o.reason, tr("An override needs the reason the deployment may run in the "
                                                    "freeze."));
        !r)
        return r;
    auto window = overridableBy(context, o.windowId);
    if (!window)
        return window.error();
    auto deployment = context.deployments().deployment(o.deploymentId);
    if (!deployment)
        return deployment.error();
    if (deployment->outcome != DeploymentOutcome::Planned)
        return refused(
            tr("Deployment #%1 has run already; an override is for a planned deployment.").arg(deployment->id));
    auto release = context.releases().release(deployment->releaseId);
    if (!release)
        return release.error();
    auto check = FreezeCheck::load(context.calendar(), context.releases());
    if (!check)
        return check.error();
    auto hits = check.value().hits(*deployment, *release);
    if (!hits)
        return hits.error();
    const auto hit =
        std::find_if(hits->cbegin(), hits->cend(), [&](const FreezeHit &h) { return h.freeze.windowId == window->id; });
    if (hit == hits->cend())
        return refused(tr("Deployment #%1 of %2 is not planned inside the freeze \u201C%3\u201D; it needs no "
                          "override.")
                           .arg(deployment->id)
                           .arg(release->name, window->name));
    if (hit->overridden())
        return makeError(ErrorCode::Conflict, tr("%1 overrode this freeze for deployment #%2 already: \u201C%3\u201D.")
                                                  .arg(hit->override->printedName)
                                                  .arg(deployment->id)
                                                  .arg(hit->override->reason));
    o.plannedStart = deployment->plannedStart.toUTC();
    o.plannedEnd = deployment->plannedEnd.toUTC();
    o.personId = context.actor().id;
    o.login = context.actor().login;
    o.printedName = context.actor().displayName;
    o.role = window->overrideRole;
    o.at = context.now().toUTC();
    return {};
}

Result<Id> releaseOf(ChangeContext &context, Id deploymentId) {
    auto deployment = context.deployments().deployment(deploymentId);
    if (!deployment)
        return deployment.error();
    return deployment->releaseId;
}

Result<void> store(ChangeContext &context, FreezeOverride &o, const QString &summary) {
    auto releaseId = releaseOf(context, o.deploymentId);
    if (!releaseId)
        return releaseId.error();
    auto id = context.calendar().insert(o);
    if (!id)
        return id.error();
    o.id = *id;
    context.notify({Entity::FreezeOverride, ChangeNotice::Kind::Created, o.id, *releaseId});
    return context.audit(u"freeze_override"_s, o.id, u"override"_s, *releaseId, summary, {}, json::toJson(o));
}

Result<void> remove(ChangeContext &context, const FreezeOverride &o, const QString &summary) {
    auto stored = context.calendar().freezeOverride(o.id);
    if (!stored)
        return stored.error();
    if (auto window = overridableBy(context, stored->windowId); !window)
        return window.error();
    auto releaseId = releaseOf(context, stored->deploymentId);
    if (!releaseId)
        return releaseId.error();
    if (auto r = context.calendar().removeOverride(o.id); !r)
        return r;
    context.notify({Entity::FreezeOverride, ChangeNotice::Kind::Removed, o.id, *releaseId});
    return context.audit(u"freeze_override"_s, o.id, u"withdraw"_s, *releaseId, summary, json::toJson(*stored), {});
}

} // namespace

OverrideFreeze::OverrideFreeze(Id windowId, Id deploymentId, QString reason) {
    m_override.windowId = windowId;
    m_override.deploymentId = deploymentId;
    m_override.reason = reason.trimmed();
}

QString OverrideFreeze::text() const {
    return tr("Override a freeze");
}

Result<void> OverrideFreeze::redo(ChangeContext &context) {
    m_override.id = 0;
    if (auto r = authorise(context, m_override); !r)
        return r;
    return store(context, m_override,
                 tr("%1 let deployment #%2 run in a freeze: %3")
                     .arg(m_override.printedName)
                     .arg(m_override.deploymentId)
                     .arg(m_override.reason));
}

Result<void> OverrideFreeze::undo(ChangeContext &context) {
    return remove(context, m_override,
                  tr("Undo: override of a freeze for deployment #%1").arg(m_override.deploymentId));
}

WithdrawOverride::WithdrawOverride(FreezeOverride freezeOverride)
    : m_override(std::move(freezeOverride)) {}

QString WithdrawOverride::text() const {
    return tr("Withdraw a freeze override");
}

Result<void> WithdrawOverride::redo(ChangeContext &context) {
    return remove(context, m_override,
                  tr("Withdrew the freeze override for deployment #%1").arg(m_override.deploymentId));
}

Result<void> WithdrawOverride::undo(ChangeContext &context) {
    m_override.id = 0;
    if (auto r = authorise(context, m_override); !r)
        return r;
    return store(context, m_override,
                 tr("Undo: withdrawal; %1 let deployment #%2 run in a freeze again: %3")
                     .arg(m_override.printedName)
                     .arg(m_override.deploymentId)
                     .arg(m_override.reason));
}

} // namespace relm

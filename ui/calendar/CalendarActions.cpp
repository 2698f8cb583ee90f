#include "CalendarActions.h"

#include "changes/CalendarChanges.h"
#include "changes/RecordChanges.h"
#include "changes/Workspace.h"
#include "i18n/ShownDates.h"
#include "storage/CalendarStore.h"
#include "storage/DeploymentStore.h"
#include "storage/ReleaseStore.h"
#include "undo/UndoController.h"
#include "widgets/MessageBar.h"

#include <QLocale>

namespace relm {

CalendarActions::CalendarActions(Workspace &workspace, UndoController &undo, MessageBar &messages, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_undo(undo)
    , m_messages(messages) {}

Result<void> CalendarActions::report(Result<void> result) {
    if (!result)
        m_messages.showError(result.errorMessage());
    else
        m_messages.clear();
    return result;
}

Result<void> CalendarActions::moveDeployment(Id deploymentId, const QDateTime &newStartUtc) {
    auto before = m_workspace.deployments().deployment(deploymentId);
    if (!before)
        return report(before.error());
    auto release = m_workspace.releases().release(before->releaseId);
    const QString name = release ? release->name : QString::number(before->releaseId);
    if (before->outcome != DeploymentOutcome::Planned)
        return report(makeError(ErrorCode::Invalid,
                                tr("The deployment of %1 ran already (%2); only planned deployments can be moved.")
                                    .arg(name, labelOf(before->outcome))));
    if (!newStartUtc.isValid())
        return report(makeError(ErrorCode::Invalid, tr("Choose a date and time to move the deployment to.")));
    const qint64 length = before->plannedEnd.isValid() ? before->plannedStart.secsTo(before->plannedEnd) : 3600;
    Deployment after = *before;
    after.plannedStart = newStartUtc.toUTC();
    after.plannedEnd = after.plannedStart.addSecs(length);
    const QString text = tr("Move the deployment of %1 to %2").arg(name, shown_dates::dateTime(after.plannedStart));
    return report(m_undo.perform(std::make_unique<EditRecord<Deployment>>(*before, after, text)));
}

Result<void> CalendarActions::overrideFreeze(Id windowId, Id deploymentId, const QString &reason) {
    return report(m_undo.perform(std::make_unique<OverrideFreeze>(windowId, deploymentId, reason)));
}

bool CalendarActions::hasOverrides(Id deploymentId) {
    auto overrides = m_workspace.calendar().overrides(deploymentId);
    return overrides && !overrides->isEmpty();
}

Result<void> CalendarActions::withdrawOverrides(Id deploymentId) {
    auto overrides = m_workspace.calendar().overrides(deploymentId);
    if (!overrides)
        return report(overrides.error());
    for (const FreezeOverride &o : *overrides) {
        if (auto r = report(m_undo.perform(std::make_unique<WithdrawOverride>(o))); !r)
            return r;
    }
    return {};
}

QList<WindowOccurrence> CalendarActions::unoverriddenFreezes(Id deploymentId) {
    auto deployment = m_workspace.deployments().deployment(deploymentId);
    if (!deployment || deployment->outcome != DeploymentOutcome::Planned)
        return {};
    auto release = m_workspace.releases().release(deployment->releaseId);
    auto check = FreezeCheck::load(m_workspace.calendar(), m_workspace.releases());
    if (!release || !check)
        return {};
    FreezeCheck freezes = std::move(check).value();
    auto hits = freezes.hits(*deployment, *release);
    QList<WindowOccurrence> result;
    for (const FreezeHit &hit : hits ? *hits : QList<FreezeHit>()) {
        if (!hit.overridden())
            result.append(hit.freeze);
    }
    return result;
}

} // namespace relm

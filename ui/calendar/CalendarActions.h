#pragma once

#include "Result.h"
#include "calendar/FreezeCheck.h"

#include <QObject>

namespace relm {

class MessageBar;
class UndoController;
class Workspace;

/// The edits the calendar makes, each one undo step through the UndoController: moving a planned
/// deployment (keeping its length) and overriding a freeze. Refusals go to the page's message bar.
class CalendarActions final : public QObject {
    Q_OBJECT

public:
    CalendarActions(Workspace &workspace, UndoController &undo, MessageBar &messages, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(CalendarActions)

    /// Moves a planned deployment to start at `newStartUtc`; one that ran already is refused.
    Result<void> moveDeployment(Id deploymentId, const QDateTime &newStartUtc);
    /// Lets the deployment run in the freeze, with a reason.
    Result<void> overrideFreeze(Id windowId, Id deploymentId, const QString &reason);
    /// The freezes the deployment's planned slot runs in that nobody overrode (empty on errors).
    QList<WindowOccurrence> unoverriddenFreezes(Id deploymentId);
    /// Takes back every override given for the deployment, as one undo step each.
    Result<void> withdrawOverrides(Id deploymentId);
    bool hasOverrides(Id deploymentId);

private:
    Result<void> report(Result<void> result);

    Workspace &m_workspace;
    UndoController &m_undo;
    MessageBar &m_messages;
};

} // namespace relm

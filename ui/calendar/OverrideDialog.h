#pragma once

#include "domain/ChangeWindow.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace relm {

class MessageBar;
class UndoController;
class Workspace;

/// Lets one planned deployment run in one freeze: shows the release, environment, planned slot,
/// the freeze occurrence it runs in and who may override it, and asks why. OK applies the override
/// as one undo step; a refusal (no reason, the wrong role) shows in the dialog, which stays open.
class OverrideDialog final : public QDialog {
    Q_OBJECT

public:
    OverrideDialog(Workspace &workspace, UndoController &undo, Id deploymentId, Id windowId, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(OverrideDialog)

    /// Opens the dialog (deleted on close) for the deployment and the freeze.
    static OverrideDialog *open(QWidget *parent, Workspace &workspace, UndoController &undo, Id deploymentId,
                                Id windowId);

    MessageBar *message() const { return m_message; }
    QPlainTextEdit *reason() const { return m_reason; }
    QLabel *facts() const { return m_facts; }
    /// The override as stored by a successful OK.
    const FreezeOverride &stored() const { return m_stored; }

    void accept() override;

private:
    QString describe();

    Workspace &m_workspace;
    UndoController &m_undo;
    Id m_deploymentId;
    Id m_windowId;
    MessageBar *m_message;
    QLabel *m_facts;
    QPlainTextEdit *m_reason;
    FreezeOverride m_stored;
};

} // namespace relm

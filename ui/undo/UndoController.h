#pragma once

#include "Result.h"

#include <QObject>

#include <memory>

class QUndoStack;

namespace relm {

class Change;
class Workspace;

/// Runs changes through the Workspace and keeps them on the undo stack. A change that fails is
/// not pushed; an undo or redo that fails (the data moved on underneath) is reported, not hidden.
class UndoController final : public QObject {
    Q_OBJECT

public:
    explicit UndoController(QObject *parent = nullptr);
    ~UndoController() override;
    Q_DISABLE_COPY_MOVE(UndoController)

    QUndoStack *stack() const { return m_stack; }
    void setWorkspace(Workspace *workspace);
    Workspace *workspace() const { return m_workspace; }

    /// Applies the change now and, when it succeeds, pushes it as one undo step.
    Result<void> perform(std::unique_ptr<Change> change);

Q_SIGNALS:
    /// An undo or redo from the stack failed; the message says why.
    void failed(const QString &message);

private:
    QUndoStack *m_stack;
    Workspace *m_workspace = nullptr;
};

} // namespace relm

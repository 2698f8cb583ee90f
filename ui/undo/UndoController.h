#pragma once

#include "Result.h"

#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

class QAction;
class QUndoStack;

namespace relm {

class Change;
class ChangeCommand;
class MessageBar;
class Workspace;
struct EditConflict;

/// Asks the person how to go on when a change was refused for a reason they can settle: the
/// window shows its dialogs; a test answers directly.
class ChangeRecovery {
public:
    virtual ~ChangeRecovery() = default;
    /// The server could not be reached or was busy, and nothing was saved: whether to send the
    /// same change again (the person's typed work is still in it).
    virtual bool tryAgain(const Error &error) = 0;
    /// Someone saved the record after this person read it: the fields to take from this
    /// person's edit (see ConflictingEdit::resolvedWith), or nullopt to keep theirs.
    virtual std::optional<QStringList> resolve(const EditConflict &conflict) = 0;
};

/// Runs changes through the Workspace and keeps them on the undo stack. A change that fails is
/// not pushed. Undo and redo are new writes, checked again: one the rules refuse (the data moved
/// on underneath, or the person may not make that change) is reported and leaves the history
/// where it was, so nothing is lost and the step can be tried again.
class UndoController final : public QObject {
    Q_OBJECT

public:
    explicit UndoController(QObject *parent = nullptr);
    ~UndoController() override;
    Q_DISABLE_COPY_MOVE(UndoController)

    QUndoStack *stack() const { return m_stack; }
    void setWorkspace(Workspace *workspace);
    Workspace *workspace() const { return m_workspace; }

    /// Who settles refused changes; without one, perform() only reports them.
    void setRecovery(ChangeRecovery *recovery) { m_recovery = recovery; }

    /// Applies the change now and, when it succeeds, pushes it as one undo step. A change refused
    /// because the server was out of reach, or because someone saved the same record meanwhile,
    /// goes to the recovery, and what it settles on is applied (and checked) as a new change.
    Result<void> perform(std::unique_ptr<Change> change);
    /// The change the last successful perform() applied: the one given, or what a conflict
    /// turned it into.
    const Change *lastPerformed() const { return m_lastPerformed; }

    /// Reverts the newest applied step; when refused, the history stays as it was.
    Result<void> undo() { return step(Direction::Undo); }
    /// Applies the step undone last again; when refused, the history stays as it was.
    Result<void> redo() { return step(Direction::Redo); }
    /// Edit menu commands that name the step ("Undo Add Task") and go through undo() and redo().
    QAction *createUndoAction(QObject *parent);
    QAction *createRedoAction(QObject *parent);

Q_SIGNALS:
    /// An undo or redo from the stack failed; the message says why.
    void failed(const QString &message);
    /// A change, an undo or a redo went through: a refusal shown before is no longer news.
    void wentThrough();

public:
    /// Clears an error shown in `bar` once a later change, undo or redo goes through, so a page
    /// never goes on showing a refusal that the user has moved past.
    void retireRefusalsIn(MessageBar *bar);

private:
    friend class ChangeCommand;
    enum class Direction { Undo, Redo };
    Result<void> step(Direction direction);
    bool mayTryAgain(const Error &error) const;
    const ChangeCommand *commandAt(int index) const;

    QUndoStack *m_stack;
    Workspace *m_workspace = nullptr;
    ChangeRecovery *m_recovery = nullptr;
    const Change *m_lastPerformed = nullptr;
    /// Set while the stack moves over a step this controller already applied or reverted.
    bool m_stepDone = false;
};

} // namespace relm

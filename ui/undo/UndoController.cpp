#include "UndoController.h"

#include "widgets/MessageBar.h"

#include "changes/Change.h"
#include "changes/EditConflict.h"
#include "changes/Workspace.h"
#include "storage/Database.h"

#include <QAction>
#include <QCoreApplication>
#include <QScopedValueRollback>
#include <QUndoCommand>
#include <QUndoStack>

namespace relm {

/// One step on the stack. The stack's own first redo() comes after perform() applied the change,
/// and undo() and redo() through the controller write before the stack moves: both are skipped.
/// Called by the stack directly (a QUndoStack::undo() elsewhere), it writes itself, and a refused
/// write drops the step, as the stack cannot stay where it was.
class ChangeCommand final : public QUndoCommand {
public:
    ChangeCommand(UndoController &controller, std::unique_ptr<Change> change)
        : QUndoCommand(change->text())
        , m_controller(controller)
        , m_change(std::move(change)) {}

    Change &change() const { return *m_change; }

    void redo() override {
        if (m_pushed) {
            m_pushed = false;
            return;
        }
        if (!m_controller.m_stepDone)
            report(m_controller.workspace()->apply(*m_change));
    }

    void undo() override {
        if (!m_controller.m_stepDone)
            report(m_controller.workspace()->revert(*m_change));
    }

private:
    void report(const Result<void> &result) {
        if (!result) {
            setObsolete(true);
            Q_EMIT m_controller.failed(result.errorMessage());
        }
    }

    UndoController &m_controller;
    std::unique_ptr<Change> m_change;
    bool m_pushed = true;
};

UndoController::UndoController(QObject *parent)
    : QObject(parent)
    , m_stack(new QUndoStack(this)) {}

UndoController::~UndoController() = default;

void UndoController::setWorkspace(Workspace *workspace) {
    m_stack->clear();
    m_workspace = workspace;
    m_lastPerformed = nullptr;
}

bool UndoController::mayTryAgain(const Error &error) const {
    // On a server these mean the connection broke or the records were busy: nothing was saved,
    // and the same change may well go through once the server answers again.
    return m_workspace->database().isServer() && (error.code == ErrorCode::Io || error.code == ErrorCode::Locked);
}

Result<void> UndoController::perform(std::unique_ptr<Change> change) {
    if (!m_workspace)
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("relm::UndoController", "No database is open."));
    for (;;) {
        const Result<void> result = m_workspace->apply(*change);
        if (result) {
            m_lastPerformed = change.get();
            m_stack->push(new ChangeCommand(*this, std::move(change)));
            Q_EMIT wentThrough();
            return {};
        }
        if (!m_recovery)
            return result;
        if (mayTryAgain(result.error())) {
            if (!m_recovery->tryAgain(result.error()))
                return result;
            continue;
        }
        const auto *edit = dynamic_cast<const ConflictingEdit *>(change.get());
        const std::optional<EditConflict> conflict = edit ? edit->conflict() : std::nullopt;
        if (!conflict)
            return result;
        const std::optional<QStringList> mine = m_recovery->resolve(*conflict);
        if (!mine)
            return makeError(ErrorCode::Conflict,
                             QCoreApplication::translate("relm::UndoController",
                                                         "Kept %1 as the other person saved it; your change "
                                                         "was not written.")
                                 .arg(conflict->what));
        change = edit->resolvedWith(*mine);
    }
}

const ChangeCommand *UndoController::commandAt(int index) const {
    return static_cast<const ChangeCommand *>(m_stack->command(index));
}

Result<void> UndoController::step(Direction direction) {
    const bool back = direction == Direction::Undo;
    if (!m_workspace || !(back ? m_stack->canUndo() : m_stack->canRedo()))
        return {};
    // Written first; the stack moves only when the write went through.
    Change &change = commandAt(back ? m_stack->index() - 1 : m_stack->index())->change();
    if (auto written = back ? m_workspace->revert(change) : m_workspace->apply(change); !written) {
        Q_EMIT failed(written.errorMessage());
        return written;
    }
    {
        const QScopedValueRollback done(m_stepDone, true);
        back ? m_stack->undo() : m_stack->redo();
    }
    Q_EMIT wentThrough();
    return {};
}

void UndoController::retireRefusalsIn(MessageBar *bar) {
    connect(this, &UndoController::wentThrough, bar, [bar] {
        if (bar->kind() == MessageBar::Kind::Error)
            bar->clear();
    });
}

namespace {

/// A command that follows the stack's next step: its name in the text, greyed out when none.
QAction *stepAction(QObject *parent, QUndoStack *stack, bool undo, const std::function<void()> &trigger) {
    auto *action = new QAction(parent);
    action->setIconText(undo ? UndoController::tr("Undo") : UndoController::tr("Redo"));
    const auto update = [action, stack, undo] {
        const QString step = undo ? stack->undoText() : stack->redoText();
        action->setEnabled(undo ? stack->canUndo() : stack->canRedo());
        action->setToolTip(step.isEmpty()
                               ? action->iconText()
                               : (undo ? UndoController::tr("Undo %1") : UndoController::tr("Redo %1")).arg(step));
        action->setText(step.isEmpty()
                            ? (undo ? UndoController::tr("&Undo") : UndoController::tr("&Redo"))
                            : (undo ? UndoController::tr("&Undo %1") : UndoController::tr("&Redo %1")).arg(step));
    };
    QObject::connect(stack, &QUndoStack::indexChanged, action, update);
    QObject::connect(stack, undo ? &QUndoStack::undoTextChanged : &QUndoStack::redoTextChanged, action, update);
    QObject::connect(action, &QAction::triggered, action, trigger);
    update();
    return action;
}

} // namespace

QAction *UndoController::createUndoAction(QObject *parent) {
    return stepAction(parent, m_stack, true, [this] { (void)undo(); });
}

QAction *UndoController::createRedoAction(QObject *parent) {
    return stepAction(parent, m_stack, false, [this] { (void)redo(); });
}

} // namespace relm

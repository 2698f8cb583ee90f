#include "UndoController.h"

#include "changes/Change.h"
#include "changes/Workspace.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <QUndoStack>

namespace relm {

namespace {

/// A change already applied once; the stack's first redo() is skipped.
class ChangeCommand final : public QUndoCommand {
public:
    ChangeCommand(UndoController &controller, std::unique_ptr<Change> change)
        : QUndoCommand(change->text())
        , m_controller(controller)
        , m_change(std::move(change)) {}

    void redo() override {
        if (m_applied) {
            m_applied = false; // pushed after perform() applied it
            return;
        }
        report(m_controller.workspace()->apply(*m_change));
    }

    void undo() override { report(m_controller.workspace()->revert(*m_change)); }

private:
    void report(const Result<void> &result) {
        if (!result) {
            setObsolete(true);
            Q_EMIT m_controller.failed(result.errorMessage());
        }
    }

    UndoController &m_controller;
    std::unique_ptr<Change> m_change;
    bool m_applied = true;
};

} // namespace

UndoController::UndoController(QObject *parent)
    : QObject(parent)
    , m_stack(new QUndoStack(this)) {}

UndoController::~UndoController() = default;

void UndoController::setWorkspace(Workspace *workspace) {
    m_stack->clear();
    m_workspace = workspace;
}

Result<void> UndoController::perform(std::unique_ptr<Change> change) {
    if (!m_workspace)
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("relm::UndoController", "No database is open."));
    if (auto r = m_workspace->apply(*change); !r)
        return r;
    m_stack->push(new ChangeCommand(*this, std::move(change)));
    return {};
}

} // namespace relm

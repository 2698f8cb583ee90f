#include "UndoController.h"

#include "changes/Change.h"
#include "changes/EditConflict.h"
#include "changes/Workspace.h"
#include "storage/Database.h"

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

} // namespace relm

#pragma once

#include "undo/UndoController.h"

#include <QObject>

class QWidget;

namespace relm {

/// The window's answers to refused changes: asks whether to send a change again after the
/// server was out of reach, and shows the ConflictDialog when someone saved the same record.
/// Owned by the window it asks over.
class ChangeRecoveryPrompts final : public QObject, public ChangeRecovery {
    Q_OBJECT

public:
    /// Asks over `window`; names the records a conflict's fields refer to from `undo`'s workspace.
    ChangeRecoveryPrompts(QWidget *window, const UndoController &undo);

    bool tryAgain(const Error &error) override;
    std::optional<QStringList> resolve(const EditConflict &conflict) override;

private:
    QWidget *m_window;
    const UndoController &m_undo;
};

} // namespace relm

#pragma once

#include "checks/ReleaseGate.h"

#include <QDialog>

class QDialogButtonBox;

namespace relm {

class GateChecklist;

/// Shown before a gated status move: the checklist of what passes and what is missing. When
/// everything passes it offers the move; otherwise the move is refused and only Close remains.
class GateDialog final : public QDialog {
    Q_OBJECT

public:
    GateDialog(const GateResult &result, const QString &releaseName, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(GateDialog)

    GateChecklist *checklist() const { return m_checklist; }
    /// The button that performs the move; null when the gate is closed.
    QPushButton *moveButton() const { return m_move; }

private:
    GateChecklist *m_checklist;
    QPushButton *m_move = nullptr;
};

} // namespace relm

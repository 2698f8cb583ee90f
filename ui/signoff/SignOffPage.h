#pragma once

#include "domain/Acceptance.h"

#include <QWidget>

#include <optional>

class QTableView;

namespace relm {

class CriteriaModel;
class GateChecklist;
class MessageBar;
class SignOffModel;
class UndoController;
class Workspace;

/// A release's Sign-off page: the gate to its next status as a live checklist, its acceptance
/// criteria with who accepted each, and every signature with its state (valid, or void when what it
/// signed has changed since). Criteria edits are undoable; signatures are permanent.
class SignOffPage final : public QWidget {
    Q_OBJECT

public:
    SignOffPage(Workspace &workspace, UndoController &undo, Id releaseId, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(SignOffPage)

    void addCriterion();
    void editSelectedCriterion();
    void removeSelectedCriterion();
    /// Opens the sign-off dialog for the selected criterion, or for the release when criterion is false.
    void signOff(bool criterion);
    void editPolicies();
    void reload();

    CriteriaModel *criteriaModel() const { return m_criteria; }
    SignOffModel *signOffModel() const { return m_signOffs; }
    QTableView *criteriaTable() const { return m_criteriaTable; }
    QTableView *signOffTable() const { return m_signOffTable; }
    GateChecklist *gate() const { return m_gate; }
    MessageBar *messageBar() const { return m_message; }

Q_SIGNALS:
    /// A dialog was opened (tests drive it through this).
    void dialogOpened(QDialog *dialog);

private:
    std::optional<AcceptanceCriterion> selectedCriterion(bool tell = true);

    Workspace &m_workspace;
    UndoController &m_undo;
    Id m_releaseId;
    MessageBar *m_message;
    GateChecklist *m_gate;
    CriteriaModel *m_criteria;
    SignOffModel *m_signOffs;
    QTableView *m_criteriaTable;
    QTableView *m_signOffTable;
};

} // namespace relm

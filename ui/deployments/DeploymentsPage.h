#pragma once

#include "domain/Deployment.h"

#include <QWidget>

class QTableView;

namespace relm {

class MessageBar;
class ReviewPanel;
class TextTableModel;
class UndoController;
class Workspace;

/// A release's Deployments page: its deployments per environment (plan, record a run, roll back),
/// the selected deployment's runbook (add steps, check them off), the known errors it ships with
/// (its own and those carried forward), and the post-release review.
class DeploymentsPage final : public QWidget {
    Q_OBJECT

public:
    DeploymentsPage(Workspace &workspace, UndoController &undo, Id releaseId, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(DeploymentsPage)

    void planDeployment();
    void recordRun();
    void rollBack(const QString &reason = {});
    void addStep();
    /// Checks the selected runbook step off, or reopens it when it is settled.
    void checkOffStep();
    /// Skips the selected runbook step; asks for the reason when none is given.
    void skipStep(const QString &reason = {});
    void addKnownError();
    void editKnownError();
    void reload();

    void selectDeployment(Id id);
    Id selectedDeployment() const;
    TextTableModel *deploymentsModel() const { return m_deployments; }
    TextTableModel *runbookModel() const { return m_runbook; }
    TextTableModel *knownErrorsModel() const { return m_knownErrors; }
    QTableView *runbookTable() const { return m_runbookTable; }
    QTableView *knownErrorTable() const { return m_knownErrorTable; }
    ReviewPanel *review() const { return m_review; }
    MessageBar *messageBar() const { return m_message; }

Q_SIGNALS:
    /// A dialog was opened (tests drive it through this).
    void dialogOpened(QDialog *dialog);

private:
    void reloadRunbook();
    void perform(std::unique_ptr<class Change> change);

    Workspace &m_workspace;
    UndoController &m_undo;
    Id m_releaseId;
    MessageBar *m_message;
    TextTableModel *m_deployments;
    TextTableModel *m_runbook;
    TextTableModel *m_knownErrors;
    QTableView *m_deploymentTable;
    QTableView *m_runbookTable;
    QTableView *m_knownErrorTable;
    ReviewPanel *m_review;
};

} // namespace relm

#pragma once

#include "Result.h"
#include "domain/Plan.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace relm {

/// Chooses the tasks a task waits for, without the mouse: each predecessor with its dependency type
/// and lag ("1 d", "-4h", "50%"). OK hands the links to the page, which applies them as one step;
/// the core checks them (no cycle) like any other link.
class PredecessorsDialog final : public QDialog {
    Q_OBJECT

public:
    /// A task that may be chosen: its id and its name as the list shows it.
    struct Candidate {
        Id id = 0;
        QString name;
    };

    PredecessorsDialog(const PlanTask &successor, const QList<Candidate> &candidates, const QList<PlanLink> &links,
                       QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(PredecessorsDialog)

    /// The predecessors as chosen, each a link into the task.
    QList<PlanLink> links() const { return m_links; }
    /// What OK does with the chosen links; when it refuses them the dialog stays open, saying why.
    using Apply = std::function<Result<void>(const QList<PlanLink> &links)>;
    void setApply(Apply apply) { m_apply = std::move(apply); }

    QListWidget *list() const { return m_list; }
    QComboBox *taskField() const { return m_task; }
    QComboBox *typeField() const { return m_type; }
    QLineEdit *lagField() const { return m_lag; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QString problem() const;

    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addPredecessor();
    void removePredecessor();
    void showCurrent();
    void takeFields();
    QString entryText(const PlanLink &link) const;
    QString nameOf(Id taskId) const;

    PlanTask m_successor;
    QList<Candidate> m_candidates;
    Apply m_apply;
    QList<PlanLink> m_links;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
    QComboBox *m_task;
    QComboBox *m_type;
    QLineEdit *m_lag;
    QLabel *m_problem;
    bool m_showing = false;
};

} // namespace relm

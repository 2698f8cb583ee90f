#pragma once

#include "domain/Plan.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace relm {

/// Chooses the tasks a task waits for, without the mouse: each predecessor with its dependency type
/// and lag ("1d", "-4h", "50%"). The links are only read back here; the page applies them as one
/// step, and the core checks them (no cycle) like any other link.
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

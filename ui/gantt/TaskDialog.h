#pragma once

#include "domain/Plan.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace relm {

class Workspace;

/// Adds or edits a task: name, duration and three-point estimate (in working days), milestone,
/// progress, date constraint, calendar, and whether it deploys (and where).
class TaskDialog final : public QDialog {
    Q_OBJECT

public:
    TaskDialog(Workspace &workspace, const PlanTask &task, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(TaskDialog)

    PlanTask task() const;
    /// Where a constraint's date starts when the task has none yet (its scheduled start).
    void setSuggestedDate(const QDateTime &date);
    QLineEdit *nameField() const { return m_name; }
    QComboBox *constraintField() const { return m_constraint; }
    QDateTimeEdit *constraintDateField() const { return m_constraintDate; }

private:
    PlanTask m_task;
    QLineEdit *m_name;
    QDoubleSpinBox *m_duration;
    QDoubleSpinBox *m_optimistic;
    QDoubleSpinBox *m_pessimistic;
    QCheckBox *m_milestone;
    QSpinBox *m_progress;
    QCheckBox *m_deployment;
    QCheckBox *m_emergency;
    QComboBox *m_environment;
    QComboBox *m_calendar;
    QComboBox *m_constraint;
    QDateTimeEdit *m_constraintDate;
};

} // namespace relm

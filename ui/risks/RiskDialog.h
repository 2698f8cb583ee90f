#pragma once

#include "domain/Risk.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace relm {

class Workspace;

/// Edits every field of a risk: what it is, its scores, owner, responses, status, review date and
/// the schedule task it would delay.
class RiskDialog final : public QDialog {
    Q_OBJECT

public:
    RiskDialog(Workspace &workspace, const Risk &risk, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(RiskDialog)

    Risk risk() const;
    QLineEdit *titleField() const { return m_title; }
    QComboBox *ownerField() const { return m_owner; }
    QComboBox *taskField() const { return m_task; }
    QDoubleSpinBox *delayField() const { return m_delay; }
    QPlainTextEdit *mitigationField() const { return m_mitigation; }

private:
    Risk m_risk;
    QLineEdit *m_title;
    QLineEdit *m_category;
    QPlainTextEdit *m_description;
    QSpinBox *m_likelihood;
    QSpinBox *m_impact;
    QComboBox *m_owner;
    QPlainTextEdit *m_mitigation;
    QPlainTextEdit *m_contingency;
    QComboBox *m_status;
    QDateEdit *m_review;
    QComboBox *m_task;
    QDoubleSpinBox *m_delay;
};

} // namespace relm

#pragma once

#include "changes/DeploymentChanges.h"
#include "domain/Deployment.h"
#include "domain/Directory.h"
#include "domain/Package.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace relm {

/// Plans a deployment: environment, package (or the whole release) and the window (UTC).
class PlanDeploymentDialog final : public QDialog {
    Q_OBJECT

public:
    PlanDeploymentDialog(Deployment deployment, const QList<Environment> &environments, const QList<Package> &packages,
                         QWidget *parent = nullptr);

    Deployment deployment() const;
    void setEnvironment(Id environmentId);

private:
    Deployment m_deployment;
    QComboBox *m_environment;
    QComboBox *m_package;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
};

/// Records how a deployment ran: outcome, actual start and end (UTC), notes, and whether it ran
/// as an authorised emergency (with the reason).
class RecordRunDialog final : public QDialog {
    Q_OBJECT

public:
    RecordRunDialog(const Deployment &deployment, const QDateTime &now, QWidget *parent = nullptr);

    RecordDeploymentRun::Run run() const;
    void setOutcome(DeploymentOutcome outcome);
    void setEmergency(const QString &reason);

private:
    QComboBox *m_outcome;
    QDateTimeEdit *m_start;
    QDateTimeEdit *m_end;
    QPlainTextEdit *m_notes;
    QCheckBox *m_emergency;
    QLineEdit *m_reason;
};

/// Adds a runbook step: title, owner, expected minutes, back-out step, point of no return.
class RunbookStepDialog final : public QDialog {
    Q_OBJECT

public:
    RunbookStepDialog(RunbookStep step, const QList<Person> &people, QWidget *parent = nullptr);

    RunbookStep step() const;

private:
    RunbookStep m_step;
    QLineEdit *m_title;
    QComboBox *m_owner;
    QSpinBox *m_minutes;
    QCheckBox *m_backout;
    QCheckBox *m_pointOfNoReturn;
};

/// Adds or edits a known error: title, symptom, workaround, reference, and the release that fixes it.
class KnownErrorDialog final : public QDialog {
    Q_OBJECT

public:
    KnownErrorDialog(KnownError error, const QList<std::pair<Id, QString>> &laterReleases, QWidget *parent = nullptr);

    KnownError error() const;

private:
    KnownError m_error;
    QLineEdit *m_title;
    QPlainTextEdit *m_symptom;
    QPlainTextEdit *m_workaround;
    QLineEdit *m_reference;
    QComboBox *m_fixedIn;
};

} // namespace relm

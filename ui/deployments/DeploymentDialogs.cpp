#include "DeploymentDialogs.h"

#include "i18n/ShownDates.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

QDateTimeEdit *utcEdit(const QDateTime &value, QWidget *parent) {
    auto *edit = new QDateTimeEdit(parent);
    edit->setTimeSpec(Qt::UTC);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(shown_dates::localeDateTimeFormat() + u" 'UTC'"_s);
    edit->setDateTime(value.toUTC());
    return edit;
}

QPlainTextEdit *textBox(const QString &text, int lines, QWidget *parent) {
    auto *edit = new QPlainTextEdit(text, parent);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 10);
    return edit;
}

void addButtons(QDialog *dialog, QFormLayout *form) {
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"ok"_s);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    form->addRow(buttons);
}

} // namespace

PlanDeploymentDialog::PlanDeploymentDialog(Deployment deployment, const QList<Environment> &environments,
                                           const QList<Package> &packages, QWidget *parent)
    : QDialog(parent)
    , m_deployment(std::move(deployment))
    , m_environment(new QComboBox(this))
    , m_package(new QComboBox(this))
    , m_from(utcEdit(m_deployment.plannedStart, this))
    , m_to(utcEdit(m_deployment.plannedEnd, this)) {
    setWindowTitle(tr("Plan a Deployment"));
    for (const Environment &e : environments)
        m_environment->addItem(environmentTitle(e.name, e.kind), e.id);
    m_package->addItem(tr("The whole release"), 0);
    for (const Package &p : packages)
        m_package->addItem(p.name, p.id);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Environment:"), m_environment);
    form->addRow(tr("&Package:"), m_package);
    form->addRow(tr("Window &from:"), m_from);
    form->addRow(tr("Window &to:"), m_to);
    addButtons(this, form);
}

void PlanDeploymentDialog::setEnvironment(Id environmentId) {
    m_environment->setCurrentIndex(std::max(0, m_environment->findData(environmentId)));
}

Deployment PlanDeploymentDialog::deployment() const {
    Deployment d = m_deployment;
    d.environmentId = m_environment->currentData().toLongLong();
    d.packageId = m_package->currentData().toLongLong();
    d.plannedStart = m_from->dateTime().toUTC();
    d.plannedEnd = m_to->dateTime().toUTC();
    return d;
}

namespace {

/// A run is recorded once it happened: its planned window where that lies in the past, else up to now.
std::pair<QDateTime, QDateTime> pastWindow(const Deployment &deployment, const QDateTime &now) {
    const QDateTime end = deployment.plannedEnd.isValid() ? std::min(deployment.plannedEnd, now) : now;
    const QDateTime start = deployment.plannedStart.isValid() ? std::min(deployment.plannedStart, end) : end;
    return {start, end};
}

} // namespace

RecordRunDialog::RecordRunDialog(const Deployment &deployment, const QDateTime &now, QWidget *parent)
    : QDialog(parent)
    , m_outcome(new QComboBox(this))
    , m_start(utcEdit(pastWindow(deployment, now).first, this))
    , m_end(utcEdit(pastWindow(deployment, now).second, this))
    , m_notes(textBox(deployment.notes, 3, this))
    , m_emergency(new QCheckBox(tr("Run as an authorised &emergency (past a closed gate or in a freeze)"), this))
    , m_reason(new QLineEdit(this)) {
    setWindowTitle(tr("Record Deployment #%1").arg(deployment.id));
    for (DeploymentOutcome o : {DeploymentOutcome::Succeeded, DeploymentOutcome::Failed, DeploymentOutcome::Partial})
        m_outcome->addItem(labelOf(o), int(o));
    m_reason->setPlaceholderText(tr("Why it cannot wait; recorded with your name"));
    m_reason->setEnabled(false);
    // The times a run took have passed; the core refuses future ones, the fields do not offer them.
    for (QDateTimeEdit *edit : {m_start, m_end})
        edit->setMaximumDateTime(now.toUTC());
    connect(m_emergency, &QCheckBox::toggled, m_reason, &QLineEdit::setEnabled);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Outcome:"), m_outcome);
    form->addRow(tr("&Started:"), m_start);
    form->addRow(tr("&Ended:"), m_end);
    form->addRow(tr("&Notes:"), m_notes);
    form->addRow(m_emergency);
    form->addRow(tr("&Reason:"), m_reason);
    auto *note = new QLabel(tr("Record the run once it has happened. Succeeded needs every runbook step checked off, "
                               "or skipped with a reason. A succeeded deployment updates what the environment runs; "
                               "what it ran before is kept for a rollback. In production, a run past a closed gate "
                               "or in a change freeze needs an authorised emergency."),
                            this);
    note->setWordWrap(true);
    form->addRow(note);
    addButtons(this, form);
}

void RecordRunDialog::setOutcome(DeploymentOutcome outcome) {
    m_outcome->setCurrentIndex(m_outcome->findData(int(outcome)));
}

void RecordRunDialog::setEmergency(const QString &reason) {
    m_emergency->setChecked(true);
    m_reason->setText(reason);
}

RecordDeploymentRun::Run RecordRunDialog::run() const {
    return {DeploymentOutcome(m_outcome->currentData().toInt()),
            m_start->dateTime().toUTC(),
            m_end->dateTime().toUTC(),
            m_notes->toPlainText().trimmed(),
            m_emergency->isChecked(),
            m_reason->text().trimmed()};
}

RunbookStepDialog::RunbookStepDialog(RunbookStep step, const QList<Person> &people, QWidget *parent)
    : QDialog(parent)
    , m_step(std::move(step))
    , m_title(new QLineEdit(m_step.title, this))
    , m_owner(new QComboBox(this))
    , m_minutes(new QSpinBox(this))
    , m_backout(new QCheckBox(tr("Part of the &back-out plan"), this))
    , m_pointOfNoReturn(new QCheckBox(tr("&Point of no return: no rollback once this is done"), this)) {
    setWindowTitle(tr("Runbook Step"));
    m_owner->addItem(tr("Nobody yet"), 0);
    for (const Person &p : people)
        m_owner->addItem(p.displayName, p.id);
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(m_step.ownerId)));
    m_minutes->setRange(0, 24 * 60);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setValue(m_step.expectedMinutes);
    m_backout->setChecked(m_step.backout);
    m_pointOfNoReturn->setChecked(m_step.pointOfNoReturn);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Step:"), m_title);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("&Expected:"), m_minutes);
    form->addRow(m_backout);
    form->addRow(m_pointOfNoReturn);
    addButtons(this, form);
}

RunbookStep RunbookStepDialog::step() const {
    RunbookStep s = m_step;
    s.title = m_title->text().trimmed();
    s.ownerId = m_owner->currentData().toLongLong();
    s.expectedMinutes = m_minutes->value();
    s.backout = m_backout->isChecked();
    s.pointOfNoReturn = m_pointOfNoReturn->isChecked();
    return s;
}

KnownErrorDialog::KnownErrorDialog(KnownError error, const QList<std::pair<Id, QString>> &laterReleases,
                                   QWidget *parent)
    : QDialog(parent)
    , m_error(std::move(error))
    , m_title(new QLineEdit(m_error.title, this))
    , m_symptom(textBox(m_error.symptom, 3, this))
    , m_workaround(textBox(m_error.workaround, 3, this))
    , m_reference(new QLineEdit(m_error.reference, this))
    , m_fixedIn(new QComboBox(this)) {
    setWindowTitle(m_error.id ? tr("Known Error #%1").arg(m_error.id) : tr("New Known Error"));
    m_fixedIn->addItem(tr("Not fixed yet"), 0);
    for (const auto &[id, name] : laterReleases)
        m_fixedIn->addItem(name, id);
    m_fixedIn->setCurrentIndex(std::max(0, m_fixedIn->findData(m_error.fixedInReleaseId)));
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Symptom:"), m_symptom);
    form->addRow(tr("&Workaround:"), m_workaround);
    form->addRow(tr("&Reference:"), m_reference);
    form->addRow(tr("&Fixed in:"), m_fixedIn);
    addButtons(this, form);
    resize(fontMetrics().averageCharWidth() * 80, sizeHint().height());
}

KnownError KnownErrorDialog::error() const {
    KnownError e = m_error;
    e.title = m_title->text().trimmed();
    e.symptom = m_symptom->toPlainText().trimmed();
    e.workaround = m_workaround->toPlainText().trimmed();
    e.reference = m_reference->text().trimmed();
    e.fixedInReleaseId = m_fixedIn->currentData().toLongLong();
    return e;
}

} // namespace relm

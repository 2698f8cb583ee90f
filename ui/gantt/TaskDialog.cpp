#include "TaskDialog.h"

#include "changes/Workspace.h"
#include "i18n/ShownDates.h"
#include "storage/DirectoryStore.h"
#include "storage/PlanStore.h"
#include "widgets/FocusFirst.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace relm {

namespace {
constexpr double minutesPerDay = 480.0;

QDoubleSpinBox *daysField(QWidget *parent, double value) {
    auto *field = new QDoubleSpinBox(parent);
    field->setRange(0, 10000);
    field->setDecimals(2);
    field->setSuffix(QObject::tr(" d"));
    field->setValue(value);
    return field;
}
} // namespace

TaskDialog::TaskDialog(Workspace &workspace, const PlanTask &task, QWidget *parent)
    : QDialog(parent)
    , m_task(task)
    , m_name(new QLineEdit(task.name, this))
    , m_duration(daysField(this, double(task.duration) / minutesPerDay))
    , m_optimistic(daysField(this, task.optimistic >= 0 ? double(task.optimistic) / minutesPerDay : 0))
    , m_pessimistic(daysField(this, task.pessimistic >= 0 ? double(task.pessimistic) / minutesPerDay : 0))
    , m_milestone(new QCheckBox(tr("Milestone"), this))
    , m_progress(new QSpinBox(this))
    , m_deployment(new QCheckBox(tr("Deploys (change-freeze windows apply)"), this))
    , m_emergency(new QCheckBox(tr("Authorised emergency: may deploy in a freeze"), this))
    , m_environment(new QComboBox(this))
    , m_calendar(new QComboBox(this))
    , m_constraint(new QComboBox(this))
    , m_constraintDate(new QDateTimeEdit(this)) {
    setWindowTitle(task.id ? tr("Edit %1").arg(task.name) : tr("New Task"));
    m_milestone->setChecked(task.milestone);
    m_progress->setRange(0, 100);
    m_progress->setSuffix(QStringLiteral(" %"));
    m_progress->setValue(task.percentComplete);
    m_deployment->setChecked(task.deployment);
    m_emergency->setChecked(task.emergency);
    m_environment->addItem(tr("None"), Id(0));
    if (auto environments = workspace.directory().environments()) {
        for (const Environment &e : *environments)
            m_environment->addItem(e.name, e.id);
    }
    m_environment->setCurrentIndex(std::max(0, m_environment->findData(task.environmentId)));
    m_calendar->addItem(tr("The release's calendar"), Id(0));
    if (auto calendars = workspace.plan().calendars()) {
        for (const PlanCalendar &c : *calendars)
            m_calendar->addItem(c.name, c.id);
    }
    m_calendar->setCurrentIndex(std::max(0, m_calendar->findData(task.calendarId)));
    for (const ConstraintType type :
         {ConstraintType::AsSoonAsPossible, ConstraintType::AsLateAsPossible, ConstraintType::StartNoEarlierThan,
          ConstraintType::StartNoLaterThan, ConstraintType::FinishNoEarlierThan, ConstraintType::FinishNoLaterThan,
          ConstraintType::MustStartOn, ConstraintType::MustFinishOn})
        m_constraint->addItem(constraintName(type), int(type));
    m_constraint->setCurrentIndex(std::max(0, m_constraint->findData(int(task.constraint))));
    m_constraint->setAccessibleName(tr("Date constraint"));
    m_constraintDate->setCalendarPopup(true);
    m_constraintDate->setDisplayFormat(shown_dates::localeDateTimeFormat());
    m_constraintDate->setDateTime(task.constraintDate.isValid() ? task.constraintDate
                                                                : QDateTime(QDate::currentDate(), QTime(8, 0)));
    m_constraintDate->setAccessibleName(tr("Constraint date"));
    const auto showConstraintDate = [this] {
        m_constraintDate->setEnabled(constraintHasDate(ConstraintType(m_constraint->currentData().toInt())));
    };
    connect(m_constraint, &QComboBox::currentIndexChanged, this, showConstraintDate);
    showConstraintDate();
    m_optimistic->setSpecialValueText(tr("as likely"));
    m_pessimistic->setSpecialValueText(tr("as likely"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Duration (most likely):"), m_duration);
    form->addRow(tr("&Optimistic:"), m_optimistic);
    form->addRow(tr("&Pessimistic:"), m_pessimistic);
    form->addRow(QString(), m_milestone);
    form->addRow(tr("P&rogress:"), m_progress);
    form->addRow(tr("&Environment:"), m_environment);
    form->addRow(tr("&Calendar:"), m_calendar);
    auto *constraintRow = new QHBoxLayout;
    constraintRow->addWidget(m_constraint, 1);
    constraintRow->addWidget(m_constraintDate);
    auto *constraintLabel = new QLabel(tr("Cons&traint:"), this);
    constraintLabel->setBuddy(m_constraint);
    form->addRow(constraintLabel, constraintRow);
    form->addRow(QString(), m_deployment);
    form->addRow(QString(), m_emergency);
    form->addRow(buttons);
    // The two boxes are made before the fields above them; Tab takes them where they are shown.
    chainTabOrder({m_constraintDate, m_deployment, m_emergency});
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_milestone, &QCheckBox::toggled, m_duration, &QWidget::setDisabled);
    m_duration->setDisabled(task.milestone);
}

PlanTask TaskDialog::task() const {
    PlanTask t = m_task;
    t.name = m_name->text().trimmed();
    t.milestone = m_milestone->isChecked();
    t.duration = t.milestone ? 0 : qint64(m_duration->value() * minutesPerDay);
    t.optimistic = m_optimistic->value() > 0 ? qint64(m_optimistic->value() * minutesPerDay) : -1;
    t.pessimistic = m_pessimistic->value() > 0 ? qint64(m_pessimistic->value() * minutesPerDay) : -1;
    t.percentComplete = m_progress->value();
    t.deployment = m_deployment->isChecked();
    t.emergency = m_emergency->isChecked();
    t.environmentId = m_environment->currentData().toLongLong();
    t.calendarId = m_calendar->currentData().toLongLong();
    t.constraint = ConstraintType(m_constraint->currentData().toInt());
    if (!constraintHasDate(t.constraint))
        t.constraintDate = {};
    else if (m_constraintDate->dateTime() != m_task.constraintDate || t.constraint != m_task.constraint)
        t.constraintDate = m_constraintDate->dateTime();
    return t;
}

void TaskDialog::setSuggestedDate(const QDateTime &date) {
    if (!m_task.constraintDate.isValid() && date.isValid())
        m_constraintDate->setDateTime(date);
}

} // namespace relm

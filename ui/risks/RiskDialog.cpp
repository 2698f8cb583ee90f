#include "RiskDialog.h"

#include "changes/Workspace.h"
#include "storage/DirectoryStore.h"
#include "storage/PlanStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace relm {

namespace {
constexpr double minutesPerDay = 480.0;

QSpinBox *ratingField(QWidget *parent, int value) {
    auto *field = new QSpinBox(parent);
    field->setRange(1, 5);
    field->setValue(value);
    return field;
}

QPlainTextEdit *textField(QWidget *parent, const QString &text) {
    auto *field = new QPlainTextEdit(text, parent);
    field->setTabChangesFocus(true);
    field->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    field->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    field->setFixedHeight(field->fontMetrics().lineSpacing() * 4);
    return field;
}
} // namespace

RiskDialog::RiskDialog(Workspace &workspace, const Risk &risk, QWidget *parent)
    : QDialog(parent)
    , m_risk(risk)
    , m_title(new QLineEdit(risk.title, this))
    , m_category(new QLineEdit(risk.category, this))
    , m_description(textField(this, risk.description))
    , m_likelihood(ratingField(this, risk.likelihood))
    , m_impact(ratingField(this, risk.impact))
    , m_owner(new QComboBox(this))
    , m_mitigation(textField(this, risk.mitigation))
    , m_contingency(textField(this, risk.contingency))
    , m_status(new QComboBox(this))
    , m_review(new QDateEdit(this))
    , m_task(new QComboBox(this))
    , m_delay(new QDoubleSpinBox(this)) {
    setWindowTitle(risk.id ? tr("Edit Risk") : tr("New Risk"));
    m_category->setPlaceholderText(tr("e.g. Technical, Supplier, Schedule"));
    m_likelihood->setToolTip(tr("1 rare, 2 unlikely, 3 possible, 4 likely, 5 almost certain"));
    m_impact->setToolTip(tr("1 negligible, 2 minor, 3 moderate, 4 major, 5 severe"));
    m_owner->addItem(tr("Nobody yet"), Id(0));
    if (auto people = workspace.directory().people()) {
        for (const Person &p : *people)
            m_owner->addItem(p.displayName, p.id);
    }
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(risk.ownerId)));
    for (const Risk::Status s : riskStatuses())
        m_status->addItem(riskStatusLabel(s), int(s));
    m_status->setCurrentIndex(std::max(0, m_status->findData(int(risk.status))));
    m_review->setCalendarPopup(true);
    m_review->setDate(risk.reviewDate.isValid() ? risk.reviewDate : QDate::currentDate().addDays(14));
    m_task->addItem(tr("No task"), Id(0));
    if (auto tasks = workspace.plan().tasks(risk.releaseId)) {
        for (const PlanTask &t : *tasks)
            m_task->addItem(t.name, t.id);
    }
    m_task->setCurrentIndex(std::max(0, m_task->findData(risk.taskId)));
    m_delay->setRange(0, 1000);
    m_delay->setDecimals(1);
    m_delay->setSuffix(tr(" d"));
    m_delay->setValue(double(risk.expectedDelay) / minutesPerDay);
    m_delay->setToolTip(tr("Working days the task slips if the risk happens"));
    auto followTask = [this] {
        m_delay->setEnabled(m_task->currentData().toLongLong() != 0);
    };
    connect(m_task, &QComboBox::currentIndexChanged, this, followTask);
    followTask();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Risk:"), m_title);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Likelihood (1–5):"), m_likelihood);
    form->addRow(tr("&Impact (1–5):"), m_impact);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("&Mitigation:"), m_mitigation);
    form->addRow(tr("C&ontingency:"), m_contingency);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("Re&view by:"), m_review);
    form->addRow(tr("&Threatens task:"), m_task);
    form->addRow(tr("D&elay if it happens:"), m_delay);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, sizeHint().height());
}

Risk RiskDialog::risk() const {
    Risk r = m_risk;
    r.title = m_title->text().trimmed();
    r.category = m_category->text().trimmed();
    r.description = m_description->toPlainText().trimmed();
    r.likelihood = m_likelihood->value();
    r.impact = m_impact->value();
    r.ownerId = m_owner->currentData().toLongLong();
    r.mitigation = m_mitigation->toPlainText().trimmed();
    r.contingency = m_contingency->toPlainText().trimmed();
    r.status = Risk::Status(m_status->currentData().toInt());
    r.reviewDate = m_review->date();
    r.taskId = m_task->currentData().toLongLong();
    r.expectedDelay = r.taskId ? qint64(m_delay->value() * minutesPerDay) : 0;
    return r;
}

} // namespace relm

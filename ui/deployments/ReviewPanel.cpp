#include "ReviewPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

QPlainTextEdit *box(QWidget *parent, int lines) {
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 10);
    return edit;
}

} // namespace

ReviewPanel::ReviewPanel(QWidget *parent)
    : QGroupBox(tr("Post-release review"), parent)
    , m_plan(new QLabel(this))
    , m_outcome(box(this, 2))
    , m_incidents(new QSpinBox(this))
    , m_incidentNotes(box(this, 2))
    , m_serviceLevels(new QComboBox(this))
    , m_lessons(box(this, 2))
    , m_followUps(box(this, 2))
    , m_complete(new QCheckBox(tr("Review co&mplete"), this))
    , m_save(new QPushButton(tr("Save Rev&iew"), this)) {
    m_plan->setWordWrap(true);
    m_incidents->setRange(0, 999);
    m_serviceLevels->addItem(tr("Not assessed"), int(ReleaseReview::ServiceLevels::Unknown));
    m_serviceLevels->addItem(tr("Met"), int(ReleaseReview::ServiceLevels::Met));
    m_serviceLevels->addItem(tr("Missed"), int(ReleaseReview::ServiceLevels::Missed));
    m_followUps->setPlaceholderText(tr("One action per line"));
    m_save->setObjectName(u"saveReview"_s);
    auto *form = new QFormLayout(this);
    form->addRow(m_plan);
    form->addRow(tr("O&utcome against plan:"), m_outcome);
    form->addRow(tr("Incidents caused:"), m_incidents);
    form->addRow(tr("About the incidents:"), m_incidentNotes);
    form->addRow(tr("&Service levels:"), m_serviceLevels);
    form->addRow(tr("Lesso&ns learned:"), m_lessons);
    form->addRow(tr("Follow-u&p actions:"), m_followUps);
    form->addRow(m_complete, m_save);
    connect(m_save, &QPushButton::clicked, this, [this] { Q_EMIT saveRequested(m_review, edited()); });
}

void ReviewPanel::setReview(Id releaseId, const std::optional<ReleaseReview> &review, const QString &planNote) {
    m_releaseId = releaseId;
    m_review = review;
    const ReleaseReview r = review.value_or(ReleaseReview{});
    m_plan->setText(planNote);
    m_outcome->setPlainText(r.outcome);
    m_incidents->setValue(r.incidents);
    m_incidentNotes->setPlainText(r.incidentNotes);
    m_serviceLevels->setCurrentIndex(m_serviceLevels->findData(int(r.serviceLevels)));
    m_lessons->setPlainText(r.lessons);
    m_followUps->setPlainText(r.followUps);
    m_complete->setChecked(r.complete);
}

void ReviewPanel::setFields(const QString &outcome, ReleaseReview::ServiceLevels levels, const QString &lessons,
                            bool complete) {
    m_outcome->setPlainText(outcome);
    m_serviceLevels->setCurrentIndex(m_serviceLevels->findData(int(levels)));
    m_lessons->setPlainText(lessons);
    m_complete->setChecked(complete);
}

ReleaseReview ReviewPanel::edited() const {
    ReleaseReview r = m_review.value_or(ReleaseReview{});
    r.releaseId = m_releaseId;
    r.outcome = m_outcome->toPlainText().trimmed();
    r.incidents = m_incidents->value();
    r.incidentNotes = m_incidentNotes->toPlainText().trimmed();
    r.serviceLevels = ReleaseReview::ServiceLevels(m_serviceLevels->currentData().toInt());
    r.lessons = m_lessons->toPlainText().trimmed();
    r.followUps = m_followUps->toPlainText().trimmed();
    r.complete = m_complete->isChecked();
    return r;
}

} // namespace relm

#pragma once

#include "domain/Deployment.h"

#include <QGroupBox>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace relm {

/// The post-release review form: outcome against plan (with the schedule slip it can compute),
/// incidents, service levels, lessons and follow-ups, and "complete" (which the move to Reviewed
/// needs). Emits saveRequested with the edited review.
class ReviewPanel final : public QGroupBox {
    Q_OBJECT

public:
    explicit ReviewPanel(QWidget *parent = nullptr);

    void setReview(Id releaseId, const std::optional<ReleaseReview> &review, const QString &planNote);
    ReleaseReview edited() const;

    void setFields(const QString &outcome, ReleaseReview::ServiceLevels levels, const QString &lessons, bool complete);
    QPushButton *saveButton() const { return m_save; }

Q_SIGNALS:
    void saveRequested(const std::optional<ReleaseReview> &before, const ReleaseReview &after);

private:
    std::optional<ReleaseReview> m_review;
    Id m_releaseId = 0;
    QLabel *m_plan;
    QPlainTextEdit *m_outcome;
    QSpinBox *m_incidents;
    QPlainTextEdit *m_incidentNotes;
    QComboBox *m_serviceLevels;
    QPlainTextEdit *m_lessons;
    QPlainTextEdit *m_followUps;
    QCheckBox *m_complete;
    QPushButton *m_save;
};

} // namespace relm

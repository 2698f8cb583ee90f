#pragma once

#include "domain/Acceptance.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace relm {

class FingerprintJob;

/// Adds or edits an acceptance criterion: what it asks, its category, the role that accepts it,
/// its status (a waiver needs a reason) and its evidence: a note, a link, and a file whose SHA-256
/// is computed off the UI thread.
class CriterionDialog final : public QDialog {
    Q_OBJECT

public:
    explicit CriterionDialog(const AcceptanceCriterion &criterion, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(CriterionDialog)

    AcceptanceCriterion criterion() const;
    /// Fingerprints a file as evidence (what "Attach File…" does after asking for it).
    void attachFile(const QString &path);
    FingerprintJob *fingerprintJob() const { return m_job; }

Q_SIGNALS:
    void fileAttached();

private:
    void check();

    AcceptanceCriterion m_criterion;
    QPlainTextEdit *m_description;
    QComboBox *m_category;
    QComboBox *m_role;
    QComboBox *m_status;
    QLineEdit *m_reason;
    QPlainTextEdit *m_note;
    QLineEdit *m_link;
    QLabel *m_file;
    QPushButton *m_attach;
    QPushButton *m_detach;
    FingerprintJob *m_job;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QString m_fileName;
    QString m_fileSha;
    QString m_fileError;
};

} // namespace relm

#pragma once

#include "domain/Package.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace relm {

class MessageBar;

/// Writes or edits a change request: what the organisation's change system calls it, what it
/// brings, what customers read about it and what stays internal. OK checks the field rules first
/// and keeps the dialog open, saying what to fix, when one is broken.
class ChangeRequestDialog final : public QDialog {
    Q_OBJECT

public:
    explicit ChangeRequestDialog(const ChangeRequest &change, QWidget *parent = nullptr);

    ChangeRequest change() const;

    void accept() override;

private:
    ChangeRequest m_change;
    MessageBar *m_message;
    QLineEdit *m_reference;
    QLineEdit *m_title;
    QComboBox *m_kind;
    QComboBox *m_status;
    QPlainTextEdit *m_summary;
    QPlainTextEdit *m_action;
    QPlainTextEdit *m_detail;
};

} // namespace relm

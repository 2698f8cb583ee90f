#pragma once

#include "domain/Release.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace relm {

class Workspace;

/// Asks for what a new release needs (name, type, owner, planned dates) and checks it as you type.
class NewReleaseDialog final : public QDialog {
    Q_OBJECT

public:
    NewReleaseDialog(Workspace &workspace, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(NewReleaseDialog)

    Release release() const;
    QLineEdit *nameField() const { return m_name; }
    QString problem() const;

private:
    void check();

    Workspace &m_workspace;
    QLineEdit *m_name;
    QLineEdit *m_version;
    QComboBox *m_type;
    QComboBox *m_owner;
    QLineEdit *m_service;
    QDateEdit *m_start;
    QDateEdit *m_end;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace relm

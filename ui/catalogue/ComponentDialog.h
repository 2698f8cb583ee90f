#pragma once

#include "domain/Component.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace relm {

class Workspace;

/// Adds or edits a component: name, kind, owner and description.
class ComponentDialog final : public QDialog {
    Q_OBJECT

public:
    ComponentDialog(Workspace &workspace, const Component &component, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ComponentDialog)

    Component component() const;
    QLineEdit *nameField() const { return m_name; }

private:
    void check();

    Component m_component;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QComboBox *m_owner;
    QLineEdit *m_description;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace relm

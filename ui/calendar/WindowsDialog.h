#pragma once

#include "domain/ChangeWindow.h"

#include <QDialog>

class QPushButton;
class QTableWidget;

namespace relm {

class MessageBar;
class UndoController;
class Workspace;

/// The freeze and maintenance windows, one row each (name, kind, how it repeats, zone, scope,
/// who may override), with New, Edit and Delete; each change is one undo step.
class WindowsDialog final : public QDialog {
    Q_OBJECT

public:
    WindowsDialog(Workspace &workspace, UndoController &undo, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(WindowsDialog)

    QTableWidget *table() const { return m_table; }
    MessageBar *message() const { return m_message; }
    /// The window on the current row, if any.
    std::optional<ChangeWindow> current() const;
    void newWindow();
    void editCurrent();
    void deleteCurrent();
    void reload();

private:
    QString scopeText(const WindowScope &scope) const;

    Workspace &m_workspace;
    UndoController &m_undo;
    MessageBar *m_message;
    QTableWidget *m_table;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QList<ChangeWindow> m_windows;
};

} // namespace relm

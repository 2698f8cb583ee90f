#pragma once

#include "domain/ChangeWindow.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace relm {

class MessageBar;
class RecurrenceEditor;
class ScopeEditor;
class UndoController;
class Workspace;

/// Creates or edits a freeze or maintenance window: its wall-clock times in a time zone, how it
/// repeats, what it applies to, why, and who may override it. A preview lists the next occurrences
/// in the window's zone and in the user's, so daylight saving shows. When the first start is not a
/// day the rule gives, it offers to move it there. OK applies the change as one undo step; a refusal
/// is shown in the dialog, which stays open with everything typed.
class WindowDialog final : public QDialog {
    Q_OBJECT

public:
    WindowDialog(Workspace &workspace, UndoController &undo, const ChangeWindow &window, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(WindowDialog)

    /// Opens a dialog for a new freeze (deleted on close); for menus and the calendar page.
    static WindowDialog *createNew(QWidget *parent, Workspace &workspace, UndoController &undo);
    /// A new freeze starting at the next full hour, for a week, in the system's time zone.
    static ChangeWindow newFreeze(const QDateTime &now);

    /// The window as the fields describe it.
    ChangeWindow window() const;
    /// The window as stored by the last successful OK.
    const ChangeWindow &stored() const { return m_stored; }

    MessageBar *message() const { return m_message; }
    /// The offer to move the first start to a day the rule gives (hidden when it follows).
    MessageBar *ruleHint() const { return m_ruleHint; }
    QLabel *preview() const { return m_preview; }
    RecurrenceEditor *recurrenceEditor() const { return m_recurrence; }
    ScopeEditor *scopeEditor() const { return m_scope; }
    /// Moves the first start (and the end with it) to the first day the rule gives.
    void startOnRuleDay();

    void accept() override;

private:
    void setFields(const ChangeWindow &window);
    void updatePreview();

    Workspace &m_workspace;
    UndoController &m_undo;
    ChangeWindow m_original;
    ChangeWindow m_stored;
    MessageBar *m_message;
    MessageBar *m_ruleHint;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QDateTimeEdit *m_start;
    QDateTimeEdit *m_end;
    QComboBox *m_zone;
    RecurrenceEditor *m_recurrence;
    ScopeEditor *m_scope;
    QPlainTextEdit *m_reason;
    QComboBox *m_role;
    QLabel *m_preview;
};

} // namespace relm

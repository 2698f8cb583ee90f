#pragma once

#include "domain/ChangeWindow.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace relm {

class MessageBar;
class UndoController;
class Workspace;

/// Creates or edits a change board meeting: title, wall-clock time in a zone, length, place,
/// members (each shown with their roles) and how far ahead its agenda looks. OK applies the change
/// as one undo step; a refusal shows in the dialog, which stays open.
class MeetingDialog final : public QDialog {
    Q_OBJECT

public:
    MeetingDialog(Workspace &workspace, UndoController &undo, const CabMeeting &meeting, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(MeetingDialog)

    /// Opens a dialog for a new meeting (deleted on close).
    static MeetingDialog *createNew(QWidget *parent, Workspace &workspace, UndoController &undo);
    /// A new meeting: tomorrow at 10:00 in the system's zone, with the change board as members.
    static CabMeeting newMeeting(Workspace &workspace);

    CabMeeting meeting() const;
    const CabMeeting &stored() const { return m_stored; }
    MessageBar *message() const { return m_message; }
    QListWidget *members() const { return m_members; }

    void accept() override;

private:
    Workspace &m_workspace;
    UndoController &m_undo;
    CabMeeting m_original;
    CabMeeting m_stored;
    MessageBar *m_message;
    QLineEdit *m_title;
    QDateTimeEdit *m_start;
    QComboBox *m_zone;
    QSpinBox *m_minutes;
    QLineEdit *m_location;
    QSpinBox *m_horizon;
    QListWidget *m_members;
};

} // namespace relm

#pragma once

#include "domain/ChangeWindow.h"

#include <QDialog>

class QPushButton;
class QTableWidget;

namespace relm {

class MessageBar;
class UndoController;
class Workspace;

/// The change board meetings, one row each (title, time, place, members), with New, Edit,
/// Delete (each one undo step) and Agenda, which opens the meeting's agenda and minutes.
class MeetingsDialog final : public QDialog {
    Q_OBJECT

public:
    MeetingsDialog(Workspace &workspace, UndoController &undo, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(MeetingsDialog)

    QTableWidget *table() const { return m_table; }
    MessageBar *message() const { return m_message; }
    std::optional<CabMeeting> current() const;
    void reload();

private:
    void editCurrent();
    void deleteCurrent();
    void showAgenda();
    void updateButtons();

    Workspace &m_workspace;
    UndoController &m_undo;
    MessageBar *m_message;
    QTableWidget *m_table;
    QList<QPushButton *> m_rowButtons;
    QList<CabMeeting> m_meetings;
};

} // namespace relm

#pragma once

#include "calendar/MeetingAgenda.h"
#include "notes/NotesDocument.h"

#include <QDialog>
#include <QFutureWatcher>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace relm {

class Workspace;

/// A change board meeting's agenda and minutes as the document they print as, kept current while
/// the meeting sits, with Export PDF written off the UI thread.
class AgendaDialog final : public QDialog {
    Q_OBJECT

public:
    AgendaDialog(Workspace &workspace, Id meetingId, QWidget *parent = nullptr);
    ~AgendaDialog() override;
    Q_DISABLE_COPY_MOVE(AgendaDialog)

    /// Opens the dialog (deleted on close) for the meeting.
    static AgendaDialog *open(QWidget *parent, Workspace &workspace, Id meetingId);

    const MeetingAgenda &agenda() const { return m_agenda; }
    const NotesDocument &document() const { return m_document; }
    QTextBrowser *preview() const { return m_preview; }
    QString status() const;
    /// Writes the document as a PDF to `path` in the background; exported() tells how it went.
    void exportTo(const QString &path);

Q_SIGNALS:
    void exported(bool ok);

private:
    void rebuild();
    void chooseFile();

    Workspace &m_workspace;
    Id m_meetingId;
    MeetingAgenda m_agenda;
    NotesDocument m_document;
    QTextBrowser *m_preview;
    QLabel *m_status;
    QPushButton *m_export;
    QFutureWatcher<QString> m_writing;
};

} // namespace relm

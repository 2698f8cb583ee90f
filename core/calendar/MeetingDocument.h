#pragma once

#include "Result.h"
#include "calendar/MeetingAgenda.h"
#include "notes/NotesDocument.h"

namespace relm {

class Workspace;

/// A meeting's agenda and minutes as a document the notes machinery previews and writes: a title
/// block with the time, place and horizon; the members; one section per release to decide on;
/// the minutes. Times are shown in the meeting's zone.
NotesDocument agendaDocument(const MeetingAgenda &agenda, const QDate &today, const NotesLook &look = {});

/// The look of change board documents: the organisation's branding with the change board template.
Result<NotesLook> changeBoardLook(Workspace &workspace);

/// Writes the agenda document as a PDF (see notes::writePdf; needs a QGuiApplication).
Result<void> writeAgendaPdf(const NotesDocument &document, const QString &path);

} // namespace relm

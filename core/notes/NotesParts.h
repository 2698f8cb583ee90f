#pragma once

#include "domain/NotesTemplate.h"
#include "domain/Package.h"

#include <QStringList>

namespace relm::notes {

/// Whether the template shows an optional field (see notes_catalogue::fields).
bool shows(const NotesTemplate &notesTemplate, const QString &field);

/// One line per change request of this kind that is not rejected: its public summary, with its
/// reference when the template shows references. For readers who see no internal detail a change
/// without a public summary is left out, and a warning for the author says so; the others read
/// its title instead.
QStringList changeLines(const QList<ChangeRequest> &changes, ChangeKind kind, const NotesTemplate &notesTemplate,
                        QStringList &warnings);

/// What users need to do because of the changes (those not rejected), one line each.
QStringList userActionLines(const QList<ChangeRequest> &changes);

} // namespace relm::notes

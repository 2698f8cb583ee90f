#pragma once

#include "Result.h"
#include "domain/Ids.h"
#include "domain/NotesTemplate.h"
#include "notes/NotesDocument.h"

#include <optional>

namespace relm {

class Workspace;

namespace notes {

/// Who a document is written for: each gets what the practice asks for that audience.
enum class Audience { Customer, Service, Technical, ChangeBoard };

std::optional<Audience> audienceFromKey(const QString &key);
QString audienceKey(Audience audience);

/// Builds the content of a release's notes for one audience (ChangeBoard: the change board pack),
/// as of `today`, from what the workspace holds now, following the audience's template and the
/// organisation's look.
Result<NotesDocument> build(Workspace &workspace, Id releaseId, Audience audience, const QDate &today);

/// The same with a template and look given (the template editor's live preview).
Result<NotesDocument> build(Workspace &workspace, Id releaseId, const NotesTemplate &notesTemplate,
                            const NotesBranding &branding, const QDate &today);

} // namespace notes

} // namespace relm

#pragma once

#include "Result.h"
#include "changes/Change.h"
#include "domain/NotesTemplate.h"
#include "notes/NotesDocument.h"

#include <memory>

namespace relm {

class NotesTemplateStore;

namespace notes {

/// The template an audience's notes follow: the stored one, else the audience's default; always
/// complete (every section listed once).
Result<NotesTemplate> templateFor(NotesTemplateStore &store, const QString &audience);
/// The organisation's look as stored, else Relm's own.
Result<NotesBranding> brandingOf(NotesTemplateStore &store);
/// How a document looks with this branding and this template's footer.
NotesLook lookOf(const NotesBranding &branding, const NotesTemplate &notesTemplate);

/// A logo from an image file's bytes (PNG, JPEG, SVG... whatever Qt reads), scaled down to at most
/// 800 × 240 pixels and stored as PNG; refused, saying so, when it is no image.
Result<QByteArray> logoFrom(const QByteArray &imageFile);

/// The templates and the look as one file (JSON) to move them between databases.
QByteArray exportTemplates(const QList<NotesTemplate> &templates, const NotesBranding &branding);
struct TemplateFile {
    QList<NotesTemplate> templates;
    NotesBranding branding;
};
/// Reads exportTemplates' file; a file of another kind or version is refused, saying so.
Result<TemplateFile> importTemplates(const QByteArray &data);

/// Every audience's template as it applies now (stored or default).
Result<QList<NotesTemplate>> currentTemplates(NotesTemplateStore &store);

/// The step that stores these templates and this look in place of what is stored (creating what
/// is not yet); null when nothing would change. A template equal to its audience's default while
/// none is stored stays unstored.
Result<std::unique_ptr<Change>> saveTemplates(NotesTemplateStore &store, const QList<NotesTemplate> &templates,
                                              const std::optional<NotesBranding> &branding, const QString &text);

} // namespace notes

} // namespace relm

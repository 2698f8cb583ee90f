#pragma once

#include "Result.h"
#include "domain/NotesTemplate.h"

#include <optional>

namespace relm {

class Database;

/// The notes templates (one per audience, where the organisation changed the default) and the
/// organisation's look.
class NotesTemplateStore final {
public:
    explicit NotesTemplateStore(Database &db);

    Result<QList<NotesTemplate>> templates();
    Result<NotesTemplate> notesTemplate(Id id);
    /// The stored template of an audience; nullopt when the audience uses its default.
    Result<std::optional<NotesTemplate>> templateFor(const QString &audience);
    Result<Id> insert(const NotesTemplate &notesTemplate);
    Result<void> update(const NotesTemplate &notesTemplate);
    Result<void> removeTemplate(Id id);

    /// The stored look; nullopt when the organisation has not set one.
    Result<std::optional<NotesBranding>> branding();
    Result<NotesBranding> branding(Id id);
    Result<Id> insert(const NotesBranding &branding);
    Result<void> update(const NotesBranding &branding);
    Result<void> removeBranding(Id id);

private:
    Result<QList<NotesTemplate>> queryTemplates(const QString &where, const QVariantList &values);
    Result<QList<NotesBranding>> queryBranding(const QString &where, const QVariantList &values);

    Database &m_db;
};

} // namespace relm

#include "NotesTemplateStore.h"

#include "domain/JsonCodec.h"
#include "storage/Database.h"
#include "storage/RowWriter.h"
#include "storage/StoreSupport.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::Store", text);
}

RowWriter templateWriter(Database &db) {
    return RowWriter(db, u"notes_templates"_s, {u"audience"_s, u"body"_s});
}

RowWriter brandingWriter(Database &db) {
    return RowWriter(db, u"notes_look"_s, {u"organisation"_s, u"logo_png"_s, u"primary_colour"_s, u"accent_colour"_s});
}

QVariantList templateValues(const NotesTemplate &t) {
    return {t.audience, QString::fromUtf8(QJsonDocument(json::templateBody(t)).toJson(QJsonDocument::Compact))};
}

QVariantList brandingValues(const NotesBranding &b) {
    return {b.organisation, QString::fromLatin1(b.logoPng.toBase64()), b.primaryColour, b.accentColour};
}

} // namespace

NotesTemplateStore::NotesTemplateStore(Database &db)
    : m_db(db) {}

Result<QList<NotesTemplate>> NotesTemplateStore::queryTemplates(const QString &where, const QVariantList &values) {
    auto q = m_db.exec(u"SELECT id, audience, body FROM notes_templates "_s + where + u" ORDER BY id"_s, values);
    if (!q)
        return q.error();
    QList<NotesTemplate> result;
    while ((*q)->next()) {
        const QSqlQuery &r = **q;
        // A body that does not read (edited outside Relm) gives the audience's default back.
        NotesTemplate t = json::templateFromBody(QJsonDocument::fromJson(r.value(2).toString().toUtf8()).object())
                              .value_or(NotesTemplate{});
        t.id = r.value(0).toLongLong();
        t.audience = r.value(1).toString();
        result.append(t);
    }
    (*q)->finish();
    return result;
}

Result<QList<NotesTemplate>> NotesTemplateStore::templates() {
    return queryTemplates({}, {});
}

Result<NotesTemplate> NotesTemplateStore::notesTemplate(Id id) {
    return single(queryTemplates(u"WHERE id = ?"_s, {id}), tr("Notes template #%1").arg(id));
}

Result<std::optional<NotesTemplate>> NotesTemplateStore::templateFor(const QString &audience) {
    auto rows = queryTemplates(u"WHERE audience = ?"_s, {audience});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<NotesTemplate>();
    return std::optional<NotesTemplate>(rows->constFirst());
}

Result<Id> NotesTemplateStore::insert(const NotesTemplate &t) {
    if (auto r = templateWriter(m_db).requireFree(u"audience"_s, t.audience, t.id,
                                                  tr("The %1 notes already have a template.").arg(t.audience));
        !r)
        return r.error();
    return templateWriter(m_db).insert(templateValues(t), t.id);
}

Result<void> NotesTemplateStore::update(const NotesTemplate &t) {
    return templateWriter(m_db).update(t.id, templateValues(t));
}

Result<void> NotesTemplateStore::removeTemplate(Id id) {
    return templateWriter(m_db).remove(id);
}

Result<QList<NotesBranding>> NotesTemplateStore::queryBranding(const QString &where, const QVariantList &values) {
    auto q = m_db.exec(u"SELECT id, organisation, logo_png, primary_colour, accent_colour FROM notes_look "_s + where +
                           u" ORDER BY id"_s,
                       values);
    if (!q)
        return q.error();
    QList<NotesBranding> result;
    while ((*q)->next()) {
        const QSqlQuery &r = **q;
        result.append(NotesBranding{r.value(0).toLongLong(), r.value(1).toString(),
                                    QByteArray::fromBase64(r.value(2).toString().toLatin1()), r.value(3).toString(),
                                    r.value(4).toString()});
    }
    (*q)->finish();
    return result;
}

Result<std::optional<NotesBranding>> NotesTemplateStore::branding() {
    auto rows = queryBranding({}, {});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<NotesBranding>();
    return std::optional<NotesBranding>(rows->constFirst());
}

Result<NotesBranding> NotesTemplateStore::branding(Id id) {
    return single(queryBranding(u"WHERE id = ?"_s, {id}), tr("The organisation's look"));
}

Result<Id> NotesTemplateStore::insert(const NotesBranding &b) {
    auto existing = branding();
    if (!existing)
        return existing.error();
    if (*existing && (*existing)->id != b.id)
        return makeError(ErrorCode::Conflict, tr("The organisation's look is set already; change it instead."));
    return brandingWriter(m_db).insert(brandingValues(b), b.id);
}

Result<void> NotesTemplateStore::update(const NotesBranding &b) {
    return brandingWriter(m_db).update(b.id, brandingValues(b));
}

Result<void> NotesTemplateStore::removeBranding(Id id) {
    return brandingWriter(m_db).remove(id);
}

} // namespace relm

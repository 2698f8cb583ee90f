#include "NotesTemplates.h"

#include "changes/RecordChanges.h"
#include "domain/JsonCodec.h"
#include "storage/NotesTemplateStore.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace relm::notes {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::notes", text);
}

const auto fileKind = u"relm-notes-templates"_s;
constexpr int fileVersion = 1;

} // namespace

Result<NotesTemplate> templateFor(NotesTemplateStore &store, const QString &audience) {
    auto stored = store.templateFor(audience);
    if (!stored)
        return stored.error();
    if (!*stored)
        return notes_catalogue::defaultTemplate(audience);
    return notes_catalogue::completed(**stored);
}

Result<NotesBranding> brandingOf(NotesTemplateStore &store) {
    auto stored = store.branding();
    if (!stored)
        return stored.error();
    return stored->value_or(NotesBranding{});
}

NotesLook lookOf(const NotesBranding &branding, const NotesTemplate &notesTemplate) {
    NotesLook look;
    look.organisation = branding.organisation;
    if (!branding.logoPng.isEmpty())
        look.logo = QImage::fromData(branding.logoPng, "PNG");
    if (QColor primary(branding.primaryColour); primary.isValid())
        look.primary = primary;
    if (QColor accent(branding.accentColour); accent.isValid())
        look.accent = accent;
    look.footer = notesTemplate.footer;
    return look;
}

Result<QByteArray> logoFrom(const QByteArray &imageFile) {
    QImage image = QImage::fromData(imageFile);
    if (image.isNull())
        return makeError(ErrorCode::Invalid, tr("This file is not an image Relm can read; use a PNG or JPEG logo."));
    if (image.width() > 800 || image.height() > 240)
        image = image.scaled(800, 240, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

QByteArray exportTemplates(const QList<NotesTemplate> &templates, const NotesBranding &branding) {
    QJsonArray list;
    for (const NotesTemplate &t : templates) {
        QJsonObject body = json::templateBody(t);
        body.insert(u"audience"_s, t.audience);
        list.append(body);
    }
    const QJsonObject look{{u"organisation"_s, branding.organisation},
                           {u"logo_png"_s, QString::fromLatin1(branding.logoPng.toBase64())},
                           {u"primary_colour"_s, branding.primaryColour},
                           {u"accent_colour"_s, branding.accentColour}};
    const QJsonObject file{
        {u"kind"_s, fileKind}, {u"version"_s, fileVersion}, {u"look"_s, look}, {u"templates"_s, list}};
    return QJsonDocument(file).toJson(QJsonDocument::Indented);
}

Result<TemplateFile> importTemplates(const QByteArray &data) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject() ||
        document.object().value(u"kind"_s).toString() != fileKind)
        return makeError(ErrorCode::Invalid,
                         tr("This is not a Relm notes template file: use the JSON file that Export\u2026 in Notes "
                            "Templates, or relm-cli template export, writes."));
    const QJsonObject file = document.object();
    if (file.value(u"version"_s).toInt() > fileVersion)
        return makeError(ErrorCode::Invalid, tr("The template file was written by a newer Relm (file version %1); "
                                                "update Relm to read it.")
                                                 .arg(file.value(u"version"_s).toInt()));
    TemplateFile result;
    const QJsonObject look = file.value(u"look"_s).toObject();
    for (const auto &[key, field] : {std::pair{u"organisation"_s, &result.branding.organisation},
                                     std::pair{u"primary_colour"_s, &result.branding.primaryColour},
                                     std::pair{u"accent_colour"_s, &result.branding.accentColour}}) {
        if (look.contains(key))
            *field = look.value(key).toString();
    }
    result.branding.logoPng = QByteArray::fromBase64(look.value(u"logo_png"_s).toString().toLatin1());
    QStringList seen;
    for (const QJsonValue &value : file.value(u"templates"_s).toArray()) {
        auto t = json::templateFromBody(value.toObject());
        const QString audience = value.toObject().value(u"audience"_s).toString();
        if (!value.isObject() || !t)
            return makeError(ErrorCode::Invalid,
                             tr("The template for \u201C%1\u201D in the file is damaged: a value has the wrong type.")
                                 .arg(audience));
        if (seen.contains(audience))
            return makeError(ErrorCode::Invalid, tr("The file holds two templates for \u201C%1\u201D.").arg(audience));
        seen.append(audience);
        t->audience = audience;
        result.templates.append(*t);
    }
    return result;
}

Result<QList<NotesTemplate>> currentTemplates(NotesTemplateStore &store) {
    QList<NotesTemplate> result;
    for (const QString &audience : notes_catalogue::audiences()) {
        auto t = templateFor(store, audience);
        if (!t)
            return t.error();
        result.append(*t);
    }
    return result;
}

namespace {

/// Creates the record when none is stored, else edits it; nothing when it did not change.
template<typename T>
std::unique_ptr<Change> saveChange(const std::optional<T> &stored, T updated) {
    if (!stored)
        return std::make_unique<CreateRecord<T>>(updated);
    updated.id = stored->id;
    if (*stored == updated)
        return nullptr;
    return std::make_unique<EditRecord<T>>(*stored, updated);
}

} // namespace

Result<std::unique_ptr<Change>> saveTemplates(NotesTemplateStore &store, const QList<NotesTemplate> &templates,
                                              const std::optional<NotesBranding> &branding, const QString &text) {
    auto change = std::make_unique<CompositeChange>(text);
    for (const NotesTemplate &t : templates) {
        auto stored = store.templateFor(t.audience);
        if (!stored)
            return stored.error();
        const std::optional<NotesTemplate> current = stored.value();
        NotesTemplate updated = notes_catalogue::completed(t);
        updated.id = current ? current->id : 0;
        const NotesTemplate inUse =
            current ? notes_catalogue::completed(*current) : notes_catalogue::defaultTemplate(t.audience);
        if (updated == inUse)
            continue;
        if (auto step = saveChange(current, updated))
            change->add(std::move(step));
    }
    if (branding) {
        auto stored = store.branding();
        if (!stored)
            return stored.error();
        if (stored.value() || *branding != NotesBranding{}) {
            if (auto step = saveChange(stored.value(), *branding))
                change->add(std::move(step));
        }
    }
    if (change->isEmpty())
        return std::unique_ptr<Change>();
    return std::unique_ptr<Change>(std::move(change));
}

} // namespace relm::notes

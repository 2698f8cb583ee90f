#include "CliCommands.h"
#include "CliContext.h"
#include "changes/RecordChanges.h"
#include "changes/Workspace.h"
#include "domain/JsonCodec.h"
#include "notes/NotesTemplates.h"
#include "storage/NotesTemplateStore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace relm::cli {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::cli", text);
}

/// Stores the templates and the look through the write door; prints "Nothing to change." when equal.
int save(CliContext &cli, const QList<NotesTemplate> &templates, const std::optional<NotesBranding> &branding,
         const QString &done) {
    auto change = notes::saveTemplates(cli.workspace().notesTemplates(), templates, branding, done);
    if (!change)
        return cli.fail(change.error());
    if (!change.value()) {
        cli.out() << tr("Nothing to change.") << Qt::endl;
        return ExitOk;
    }
    if (auto r = cli.workspace().apply(*change.value()); !r)
        return cli.fail(r.error());
    cli.out() << done << Qt::endl;
    return ExitOk;
}

std::optional<QString> audienceWord(CliContext &cli) {
    const QString audience = cli.word(1).trimmed().toLower();
    if (!notes_catalogue::audiences().contains(audience))
        return std::nullopt;
    return audience;
}

QStringList keysOf(const QString &option, CliContext &cli) {
    QStringList keys;
    for (const QString &key : cli.option(option).split(u',', Qt::SkipEmptyParts))
        keys.append(key.trimmed());
    return keys;
}

/// Applies template set's options; a malformed value gives the usage message to print.
std::optional<QString> applyOptions(CliContext &cli, NotesTemplate &t) {
    if (cli.isSet(u"title"_s))
        t.title = cli.option(u"title"_s);
    if (cli.isSet(u"footer"_s))
        t.footer = cli.option(u"footer"_s);
    for (const auto &[option, shown] : {std::pair{u"show"_s, true}, std::pair{u"hide"_s, false}}) {
        for (const QString &key : keysOf(option, cli)) {
            const auto at = std::find_if(t.sections.begin(), t.sections.end(),
                                         [&](const SectionChoice &c) { return c.key == key; });
            if (at == t.sections.end())
                return tr("\u201C%1\u201D is not a section; \u201Ctemplate show %2\u201D lists them.")
                    .arg(key, t.audience);
            at->shown = shown;
        }
    }
    if (cli.isSet(u"fields"_s)) {
        t.fields = keysOf(u"fields"_s, cli);
        for (const QString &f : std::as_const(t.fields)) {
            if (!notes_catalogue::field(f))
                return tr("\u201C%1\u201D is not a field; \u201Ctemplate show %2\u201D lists them.").arg(f, t.audience);
        }
    }
    for (const QString &heading : cli.parser().values(u"heading"_s)) {
        const qsizetype equals = heading.indexOf(u'=');
        const QString key = heading.left(equals).trimmed();
        const auto at =
            std::find_if(t.sections.begin(), t.sections.end(), [&](const SectionChoice &c) { return c.key == key; });
        if (equals < 0 || at == t.sections.end())
            return tr("--heading takes SECTION=TEXT, e.g. --heading new=\u201CWhat\u2019s new\u201D.");
        at->heading = heading.mid(equals + 1).trimmed();
    }
    return std::nullopt;
}

} // namespace

int brandingShow(CliContext &cli) {
    auto branding = notes::brandingOf(cli.workspace().notesTemplates());
    if (!branding)
        return cli.fail(branding.error());
    if (cli.json()) {
        cli.printJson(json::toJson(*branding));
        return ExitOk;
    }
    cli.out() << tr("Organisation: %1").arg(branding->organisation.isEmpty() ? tr("(not set)") : branding->organisation)
              << Qt::endl
              << tr("Logo: %1")
                     .arg(branding->logoPng.isEmpty() ? tr("none")
                                                      : tr("%1 bytes of PNG").arg(branding->logoPng.size()))
              << Qt::endl
              << tr("Colours: primary %1, accent %2").arg(branding->primaryColour, branding->accentColour) << Qt::endl;
    return ExitOk;
}

int brandingSet(CliContext &cli) {
    auto stored = cli.workspace().notesTemplates().branding();
    if (!stored)
        return cli.fail(stored.error());
    NotesBranding updated = stored->value_or(NotesBranding{});
    if (cli.isSet(u"organisation"_s))
        updated.organisation = cli.option(u"organisation"_s);
    for (const auto &[option, field] :
         {std::pair{u"primary"_s, &updated.primaryColour}, std::pair{u"accent"_s, &updated.accentColour}}) {
        if (!cli.isSet(option))
            continue;
        static const QRegularExpression colour(u"^#[0-9A-Fa-f]{6}$"_s);
        if (!colour.match(cli.option(option).trimmed()).hasMatch())
            return cli.usage(tr("--%1 takes a colour as #RRGGBB, e.g. #1F3A5F.").arg(option));
        *field = cli.option(option).trimmed();
    }
    if (cli.isSet(u"logo"_s)) {
        const QString path = cli.option(u"logo"_s);
        if (path.compare(u"none"_s, Qt::CaseInsensitive) == 0) {
            updated.logoPng.clear();
        } else {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return cli.fail(makeError(ErrorCode::Storage, tr("Cannot read %1: %2").arg(path, file.errorString())));
            auto logo = notes::logoFrom(file.read(16 * 1024 * 1024));
            if (!logo)
                return cli.fail(logo.error());
            updated.logoPng = *logo;
        }
    }
    return save(cli, {}, updated, tr("The organisation's look is saved; every document uses it from now on."));
}

int templateShow(CliContext &cli) {
    const auto audience = audienceWord(cli);
    if (!audience)
        return cli.usage(tr("template show takes an audience: customer, service, technical or cab."));
    auto t = notes::templateFor(cli.workspace().notesTemplates(), *audience);
    if (!t)
        return cli.fail(t.error());
    if (cli.json()) {
        cli.printJson(json::toJson(*t));
        return ExitOk;
    }
    cli.out() << tr("Title: %1").arg(t->title.isEmpty() ? notes_catalogue::defaultTitle(*audience) : t->title)
              << Qt::endl
              << tr("Footer: %1").arg(t->footer.isEmpty() ? tr("(none)") : t->footer) << Qt::endl
              << tr("Sections (key, shown, heading):") << Qt::endl;
    for (const SectionChoice &c : t->sections)
        cli.out() << u"  %1  %2  %3"_s.arg(c.key, -20)
                         .arg(c.shown ? tr("shown") : tr("hidden"), -7)
                         .arg(c.heading.isEmpty() ? notes_catalogue::headingOf(c.key) : c.heading)
                  << Qt::endl;
    cli.out() << tr("Fields shown: %1").arg(t->fields.isEmpty() ? tr("(none)") : t->fields.join(u", "_s)) << Qt::endl;
    QStringList all;
    for (const auto &f : notes_catalogue::fields())
        all.append(QString::fromLatin1(f.key));
    cli.out() << tr("Fields there are: %1").arg(all.join(u", "_s)) << Qt::endl;
    return ExitOk;
}

int templateSet(CliContext &cli) {
    const auto audience = audienceWord(cli);
    if (!audience)
        return cli.usage(tr("template set takes an audience: customer, service, technical or cab."));
    auto current = notes::templateFor(cli.workspace().notesTemplates(), *audience);
    if (!current)
        return cli.fail(current.error());
    NotesTemplate updated = *current;
    if (auto message = applyOptions(cli, updated))
        return cli.usage(*message);
    return save(cli, {updated}, std::nullopt, tr("The %1 template is saved.").arg(*audience));
}

int templateReset(CliContext &cli) {
    const auto audience = audienceWord(cli);
    if (!audience)
        return cli.usage(tr("template reset takes an audience: customer, service, technical or cab."));
    auto stored = cli.workspace().notesTemplates().templateFor(*audience);
    if (!stored)
        return cli.fail(stored.error());
    if (!*stored) {
        cli.out() << tr("The %1 notes use Relm's default already.").arg(*audience) << Qt::endl;
        return ExitOk;
    }
    RemoveRecord<NotesTemplate> remove(**stored);
    if (auto r = cli.workspace().apply(remove); !r)
        return cli.fail(r.error());
    cli.out() << tr("The %1 notes use Relm's default again.").arg(*audience) << Qt::endl;
    return ExitOk;
}

int templateExport(CliContext &cli) {
    const QString path = cli.option(u"output"_s);
    if (path.isEmpty())
        return cli.usage(tr("Say where to write it with -o FILE.json."));
    auto templates = notes::currentTemplates(cli.workspace().notesTemplates());
    if (!templates)
        return cli.fail(templates.error());
    auto branding = notes::brandingOf(cli.workspace().notesTemplates());
    if (!branding)
        return cli.fail(branding.error());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(notes::exportTemplates(*templates, *branding)) < 0 ||
        !file.commit())
        return cli.fail(makeError(ErrorCode::Storage, tr("Cannot write %1: %2").arg(path, file.errorString())));
    cli.out() << tr("Wrote %1 (%2 templates and the organisation's look).")
                     .arg(QFileInfo(path).absoluteFilePath())
                     .arg(templates->size())
              << Qt::endl;
    return ExitOk;
}

int templateImport(CliContext &cli) {
    QFile file(cli.word(1));
    if (cli.word(1).isEmpty())
        return cli.usage(tr("template import needs the JSON file that template export wrote."));
    if (!file.open(QIODevice::ReadOnly))
        return cli.fail(makeError(ErrorCode::Storage, tr("Cannot read %1: %2").arg(cli.word(1), file.errorString())));
    auto imported = notes::importTemplates(file.read(16 * 1024 * 1024));
    if (!imported)
        return cli.fail(imported.error());
    return save(cli, imported->templates, imported->branding,
                tr("Imported %1 templates and the organisation's look.").arg(imported->templates.size()));
}

} // namespace relm::cli

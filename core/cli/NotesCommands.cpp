#include "changes/Workspace.h"
#include "cli/CliCommands.h"
#include "cli/CliContext.h"
#include "notes/NotesBuilder.h"
#include "notes/NotesFormats.h"
#include "storage/ReleaseStore.h"

#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace relm::cli {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::cli", text);
}

int exportDocument(CliContext &cli, notes::Audience audience, notes::Format format) {
    const QString path = cli.option(u"output"_s);
    if (path.isEmpty())
        return cli.usage(tr("Say where to write it with -o FILE."));
    auto release = cli.workspace().releases().releaseByName(cli.word(1));
    if (!release)
        return cli.fail(release.error());
    auto document = notes::build(cli.workspace(), release->id, audience, cli.workspace().clock()().date());
    if (!document)
        return cli.fail(document.error());
    if (auto r = notes::write(*document, format, path); !r)
        return cli.fail(r.error());
    cli.out() << tr("Wrote %1 (%2).").arg(QFileInfo(path).absoluteFilePath(), document->title) << Qt::endl;
    return ExitOk;
}

} // namespace

int releaseNotes(CliContext &cli) {
    const auto audience = notes::audienceFromKey(cli.option(u"audience"_s));
    if (!audience || *audience == notes::Audience::ChangeBoard)
        return cli.usage(tr("--audience is customer, service or technical."));
    const auto format = notes::formatFromKey(cli.isSet(u"format"_s) ? cli.option(u"format"_s) : u"pdf"_s);
    if (!format)
        return cli.usage(tr("--format is pdf, html or md."));
    return exportDocument(cli, *audience, *format);
}

int changeBoardPack(CliContext &cli) {
    return exportDocument(cli, notes::Audience::ChangeBoard, notes::Format::Pdf);
}

} // namespace relm::cli

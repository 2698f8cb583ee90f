#include "CliCommands.h"
#include "CliContext.h"
#include "changes/Workspace.h"
#include "domain/Validation.h"
#include "notes/NotesBuilder.h"
#include "notes/NotesFormats.h"
#include "notes/RollupNotes.h"
#include "storage/DirectoryStore.h"
#include "storage/ReleaseStore.h"

#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace relm::cli {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::cli", text);
}

int write(CliContext &cli, const Result<NotesDocument> &document, notes::Format format) {
    if (!document)
        return cli.fail(document.error());
    for (const QString &warning : document->warnings)
        cli.err() << tr("Note: %1").arg(warning) << Qt::endl;
    const QString path = cli.option(u"output"_s);
    if (auto r = notes::write(*document, format, path); !r)
        return cli.fail(r.error());
    cli.out() << tr("Wrote %1 (%2).").arg(QFileInfo(path).absoluteFilePath(), document->title) << Qt::endl;
    return ExitOk;
}

/// A roll-up's bound: "#N" names a deployment, anything else is a day.
bool namesDeployment(const QString &bound) {
    return bound.trimmed().startsWith(u'#');
}

int rollup(CliContext &cli, notes::Audience audience, notes::Format format) {
    if (audience != notes::Audience::Customer && audience != notes::Audience::Service)
        return cli.usage(tr("Roll-up notes are for --audience customer or service."));
    if (!cli.isSet(u"from"_s) || !cli.isSet(u"to"_s))
        return cli.usage(tr("A roll-up needs --from and --to: days (YYYY-MM-DD) or deployment numbers (#42)."));
    const QString from = cli.option(u"from"_s);
    const QString to = cli.option(u"to"_s);
    auto environment = cli.workspace().directory().environmentByName(cli.option(u"env"_s));
    if (!environment)
        return cli.fail(environment.error());
    Result<notes::RollupRange> range = makeError(ErrorCode::Invalid, QString());
    if (namesDeployment(from) != namesDeployment(to))
        return cli.usage(tr("--from and --to are both days or both deployment numbers."));
    if (namesDeployment(from)) {
        bool okFrom = false;
        bool okTo = false;
        const Id first = from.trimmed().mid(1).toLongLong(&okFrom);
        const Id last = to.trimmed().mid(1).toLongLong(&okTo);
        if (!okFrom || !okTo)
            return cli.usage(tr("A deployment is given by its number, e.g. #42 (see deploy list)."));
        range = notes::rangeBetweenDeployments(cli.workspace(), first, last);
        if (range && range->environmentId != environment->id)
            return cli.fail(makeError(ErrorCode::Invalid,
                                      tr("Deployment #%1 did not go to %2.").arg(first).arg(environment->name)));
    } else {
        auto fromDay = validation::parseDate(from, u"--from"_s);
        auto toDay = validation::parseDate(to, u"--to"_s);
        if (!fromDay)
            return cli.usage(fromDay.errorMessage());
        if (!toDay)
            return cli.usage(toDay.errorMessage());
        range = notes::rangeOfDays(environment->id, *fromDay, *toDay);
    }
    if (!range)
        return cli.fail(range.error());
    return write(cli, notes::buildRollup(cli.workspace(), *range, audience, cli.workspace().clock()().date()), format);
}

} // namespace

int releaseNotes(CliContext &cli) {
    const QString audienceText =
        cli.isSet(u"audience"_s) || !cli.isSet(u"env"_s) ? cli.option(u"audience"_s) : u"customer"_s;
    const auto audience = notes::audienceFromKey(audienceText);
    if (!audience || *audience == notes::Audience::ChangeBoard)
        return cli.usage(tr("--audience is customer, service or technical."));
    const auto format = notes::formatFromKey(cli.isSet(u"format"_s) ? cli.option(u"format"_s) : u"pdf"_s);
    if (!format)
        return cli.usage(tr("--format is pdf, html or md."));
    if (cli.option(u"output"_s).isEmpty())
        return cli.usage(tr("Say where to write it with -o FILE."));
    if (cli.isSet(u"env"_s))
        return rollup(cli, *audience, *format);
    auto release = cli.workspace().releases().releaseByName(cli.word(1));
    if (!release)
        return cli.fail(release.error());
    return write(cli, notes::build(cli.workspace(), release->id, *audience, cli.workspace().clock()().date()), *format);
}

int changeBoardPack(CliContext &cli) {
    if (cli.option(u"output"_s).isEmpty())
        return cli.usage(tr("Say where to write it with -o FILE."));
    auto release = cli.workspace().releases().releaseByName(cli.word(1));
    if (!release)
        return cli.fail(release.error());
    return write(
        cli, notes::build(cli.workspace(), release->id, notes::Audience::ChangeBoard, cli.workspace().clock()().date()),
        notes::Format::Pdf);
}

} // namespace relm::cli

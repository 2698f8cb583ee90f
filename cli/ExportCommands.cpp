#include "CliCommands.h"
#include "CliContext.h"
#include "calendar/CalendarFeed.h"
#include "calendar/ICalendarWriter.h"
#include "changes/Workspace.h"
#include "domain/Validation.h"
#include "storage/DirectoryStore.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace relm::cli {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::cli", text);
}

/// The export's options from --service, --env, --from and --to; a usage or lookup error otherwise.
Result<ICalendarOptions> icalendarOptions(CliContext &cli) {
    ICalendarOptions options = ICalendarOptions::around(cli.workspace().clock()());
    options.filter.service = cli.option(u"service"_s).trimmed();
    if (cli.isSet(u"env"_s)) {
        auto environment = cli.workspace().directory().environmentByName(cli.option(u"env"_s));
        if (!environment)
            return environment.error();
        options.filter.environmentId = environment->id;
        options.calendarName = tr("Relm change calendar \u2013 %1").arg(environment->name);
    }
    if (cli.isSet(u"from"_s)) {
        auto day = validation::parseDate(cli.option(u"from"_s), u"--from"_s);
        if (!day)
            return day.error();
        options.from = day->startOfDay(Qt::UTC);
    }
    if (cli.isSet(u"to"_s)) {
        auto day = validation::parseDate(cli.option(u"to"_s), u"--to"_s);
        if (!day)
            return day.error();
        options.to = day->addDays(1).startOfDay(Qt::UTC); // the last day counts
    }
    if (options.to <= options.from)
        return makeError(ErrorCode::Invalid, tr("--to is before --from."));
    return options;
}

} // namespace

int exportICalendar(CliContext &cli) {
    auto options = icalendarOptions(cli);
    if (!options)
        return options.error().code == ErrorCode::NotFound ? cli.fail(options.error())
                                                           : cli.usage(options.errorMessage());
    auto ics = ICalendarWriter::exportFrom(cli.workspace(), *options);
    if (!ics)
        return cli.fail(ics.error());
    const QString path = cli.option(u"output"_s);
    if (path.isEmpty() || path == u"-"_s) {
        cli.out() << QString::fromUtf8(*ics);
        cli.out().flush();
        return ExitOk;
    }
    if (auto r = CalendarFeed::writeFile(path, *ics); !r)
        return cli.fail(r.error());
    cli.out() << tr("Wrote %1.").arg(QFileInfo(path).absoluteFilePath()) << Qt::endl;
    return ExitOk;
}

} // namespace relm::cli

#include "CliCommands.h"
#include "CliContext.h"
#include "changes/PlanChanges.h"
#include "changes/Workspace.h"
#include "import/MspdiExport.h"
#include "import/MspdiReader.h"
#include "import/MspdiWriter.h"
#include "import/PlanDateCheck.h"
#include "planning/ReleasePlanning.h"
#include "storage/ReleaseStore.h"

#include <QFileInfo>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace relm::cli {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::cli::MspdiCommands", text);
}

QJsonValue dateValue(const QDateTime &date) {
    return date.isValid() ? QJsonValue(date.toString(u"yyyy-MM-ddTHH:mm:ss"_s)) : QJsonValue();
}

} // namespace

int importMspdi(CliContext &cli) {
    // "import RELEASE FILE" and "import mspdi RELEASE FILE" read the same words from here.
    if (cli.word(1).isEmpty() || cli.word(2).isEmpty())
        return cli.usage(tr("import needs a release and a Microsoft Project XML file, e.g. import mspdi "
                            "\"2026.4 Autumn\" plan.xml."));
    if (!cli.word(3).isEmpty())
        return cli.usage(tr("import takes one release and one file; put names with spaces in quotes."));
    auto release = cli.workspace().releases().releaseByName(cli.word(1));
    if (!release)
        return cli.fail(release.error());
    const QString path = cli.word(2);
    auto imported = MspdiReader::read(path);
    if (!imported)
        return cli.fail(imported.error());
    ImportOptions options;
    options.moveToReleaseStart = cli.isSet(u"move-to-release-start"_s);
    ImportSchedule change(release->id, *imported, QFileInfo(path).fileName(), options);
    if (auto r = cli.workspace().apply(change); !r)
        return cli.fail(r.error());
    auto schedule = planning::scheduleRelease(cli.workspace(), release->id);
    if (!schedule) {
        (void)cli.workspace().revert(change);
        return cli.fail(schedule.error());
    }
    // Kept at its own dates, the plan is compared with those its tool computed.
    QList<DateDifference> differences;
    if (!options.moveToReleaseStart) {
        PlanFile plan;
        plan.schedule = *imported;
        plan.stored = imported->stored;
        differences = PlanDateCheck::differences(plan, *schedule, change.createdIds());
    }
    if (cli.json()) {
        cli.printJson(QJsonObject{{u"release"_s, release->name},
                                  {u"file"_s, path},
                                  {u"tasks"_s, change.taskCount()},
                                  {u"links"_s, int(imported->input.links.size())},
                                  {u"plan_start"_s, dateValue(change.planStart())},
                                  {u"moved_to_release_start"_s, options.moveToReleaseStart},
                                  {u"start"_s, dateValue(schedule->start)},
                                  {u"finish"_s, dateValue(schedule->finish)},
                                  {u"date_differences"_s, PlanDateCheck::toJson(differences)}});
        return ExitOk;
    }
    cli.out() << tr("Imported %1 tasks and %2 dependencies into %3.")
                     .arg(change.taskCount())
                     .arg(imported->input.links.size())
                     .arg(release->name)
              << Qt::endl;
    if (!schedule->start.isValid())
        cli.out() << tr("The file holds no tasks, so there is nothing to schedule.") << Qt::endl;
    else
        cli.out() << (options.moveToReleaseStart
                          ? tr("The plan was moved to the release's start; it runs from %1 to %2.")
                          : tr("The plan keeps the dates of the file; it runs from %1 to %2."))
                         .arg(schedule->start.toString(u"yyyy-MM-dd HH:mm"_s),
                              schedule->finish.toString(u"yyyy-MM-dd HH:mm"_s))
                  << Qt::endl;
    if (schedule->start.isValid() && !options.moveToReleaseStart)
        cli.out() << PlanDateCheck::summary(differences) << Qt::endl;
    return ExitOk;
}

int exportMspdi(CliContext &cli) {
    const QString name = cli.word(1);
    if (name.isEmpty())
        return cli.usage(tr("export mspdi needs a release name, e.g. export mspdi \"2026.4 Autumn\" -o "
                            "autumn.xml."));
    if (!cli.word(2).isEmpty())
        return cli.usage(tr("export mspdi takes one release name; put names with spaces in quotes."));
    const QString path = cli.option(u"output"_s);
    if (path.isEmpty())
        return cli.usage(tr("Say where to write the plan with -o FILE.xml."));
    auto release = cli.workspace().releases().releaseByName(name);
    if (!release)
        return cli.fail(release.error());
    auto document = mspdi_export::documentOf(cli.workspace(), release->id);
    if (!document)
        return cli.fail(document.error());
    if (auto written = MspdiWriter::writeFile(*document, path); !written)
        return cli.fail(written.error());
    if (cli.json()) {
        cli.printJson(QJsonObject{{u"release"_s, release->name},
                                  {u"file"_s, path},
                                  {u"tasks"_s, int(document->tasks.size())},
                                  {u"links"_s, int(document->links.size())},
                                  {u"calendars"_s, int(document->taskCalendars.size()) + 1},
                                  {u"start"_s, dateValue(document->start)},
                                  {u"finish"_s, dateValue(document->finish)}});
        return ExitOk;
    }
    cli.out() << tr("Wrote %1 tasks and %2 dependencies of %3 to %4 (Microsoft Project XML).")
                     .arg(document->tasks.size())
                     .arg(document->links.size())
                     .arg(release->name, path)
              << Qt::endl;
    return ExitOk;
}

} // namespace relm::cli

#include "PlanFileCommands.h"

#include "CliContext.h"
#include "changes/PlanFileChanges.h"
#include "changes/Workspace.h"
#include "import/PlanFileReader.h"
#include "import/PlanImportReport.h"
#include "storage/ReleaseStore.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace relm::cli {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::cli", text);
}

/// Reads the file, compares Relm's dates with the file's, and imports it into the release in one
/// step: a file that cannot be read or scheduled leaves the database as it was.
int importPlanFile(CliContext &cli, PlanFormat format, const QString &extension) {
    if (cli.word(1).isEmpty() || cli.word(2).isEmpty())
        return cli.usage(tr("import %1 needs a release and a .%1 file.").arg(extension));
    auto release = cli.workspace().releases().releaseByName(cli.word(1));
    if (!release)
        return cli.fail(release.error());
    auto plan = PlanFileReader::read(cli.word(2), format);
    if (!plan)
        return cli.fail(plan.error());
    const QString file = QFileInfo(cli.word(2)).fileName();
    std::optional<ImportPlanFile> change;
    auto report =
        PlanImportReport::ofImport(cli.workspace(), std::move(plan).value(), file,
                                   [&](std::shared_ptr<const PlanFile> read) -> Result<const ImportPlanFile *> {
                                       change.emplace(release->id, std::move(read), file);
                                       if (auto r = cli.workspace().apply(*change); !r)
                                           return r.error();
                                       return &*change;
                                   });
    if (!report)
        return cli.fail(report.error());
    report.value().release = release->name;
    if (cli.json())
        cli.printJson(report->toJson());
    else
        cli.out() << report->text() << Qt::endl;
    return ExitOk;
}

} // namespace

int importGanttProject(CliContext &cli) {
    return importPlanFile(cli, PlanFormat::GanttProject, u"gan"_s);
}

int importPlanner(CliContext &cli) {
    return importPlanFile(cli, PlanFormat::Planner, u"planner"_s);
}

} // namespace relm::cli

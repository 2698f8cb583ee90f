// relm-bench: measures Relm at realistic and large sizes and prints the figures as JSON.
// Timing never fails anything; README lists the figures.
#include "BackupBench.h"
#include "BenchSupport.h"
#include "CalendarBench.h"
#include "PlannerBench.h"
#include "PortfolioGenerator.h"
#include "ProcessBench.h"
#include "ProcessSetup.h"
#include "ServerBench.h"

#include "catalogue/CataloguePanel.h"
#include "changes/ReleaseChanges.h"
#include "changes/Workspace.h"
#include "checks/ReleaseChecks.h"
#include "dashboard/DashboardView.h"
#include "gantt/GanttExport.h"
#include "gantt/GanttModel.h"
#include "gantt/GanttTimeline.h"
#include "gantt/SchedulePage.h"
#include "import/CsvImport.h"
#include "import/MspdiExport.h"
#include "import/MspdiReader.h"
#include "import/MspdiWriter.h"
#include "notes/NotesBuilder.h"
#include "notes/NotesFormats.h"
#include "package/PackageDropper.h"
#include "package/PackageMime.h"
#include "planning/PlanCache.h"
#include "schedule/MonteCarlo.h"
#include "schedule/ScheduleGraph.h"
#include "schedule/Scheduler.h"
#include "storage/CalendarStore.h"
#include "storage/CatalogueStore.h"
#include "storage/DeploymentStore.h"
#include "storage/DirectoryStore.h"
#include "storage/PlanStore.h"

#include "storage/ReleaseStore.h"
#include "undo/UndoController.h"
#include <QRandomGenerator>

#include "navigator/NavigatorModel.h"
#include "navigator/NavigatorPanel.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include <QLineEdit>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTreeView>

using namespace relm;
using namespace Qt::Literals::StringLiterals;

using namespace relm::bench;

namespace {

/// A random acyclic schedule: every task links to up to three earlier ones, all link types mixed.
ScheduleInput syntheticSchedule(int tasks, int linksPerTask) {
    QRandomGenerator random(42);
    ScheduleInput input;
    input.projectStart = QDateTime(QDate(2026, 1, 5), QTime(8, 0));
    input.tasks.resize(size_t(tasks));
    for (int i = 0; i < tasks; ++i) {
        input.tasks[size_t(i)].id = QString::number(i);
        input.tasks[size_t(i)].duration = 60 * random.bounded(1, 40);
    }
    input.links.reserve(size_t(tasks) * size_t(linksPerTask));
    for (int i = 1; i < tasks; ++i) {
        for (int k = 0; k < linksPerTask; ++k) {
            const int from = std::max(0, i - 1 - random.bounded(std::min(i, 50)));
            input.links.push_back({from, i, LinkType(random.bounded(4)), 60 * random.bounded(-2, 5), 0.0, false});
        }
    }
    return input;
}

void benchmarkMonteCarlo(QJsonArray &results, int tasks, int iterations) {
    ScheduleInput input = syntheticSchedule(tasks, 3);
    for (ScheduleTask &t : input.tasks) {
        t.optimistic = t.duration * 8 / 10;
        t.pessimistic = t.duration * 15 / 10;
    }
    results.append(measure(u"montecarlo_%1k_tasks_%2k_iterations_2_threads"_s.arg(tasks / 1000).arg(iterations / 1000),
                           1, [&](int) {
                               auto result = MonteCarlo::run(input, {iterations, 2026, {}, 2});
                               verify(result && result->iterations == iterations, "every iteration runs");
                               verify(result->percentile(50) <= result->percentile(95), "percentiles are ordered");
                           }));
}

void benchmarkCpm(QJsonArray &results, int tasks, int repeats) {
    const ScheduleInput input = syntheticSchedule(tasks, 3);
    auto graph = ScheduleGraph::build(input);
    verify(graph.ok(), "the synthetic schedule is acyclic");
    const QString size = u"%1k_tasks_%2k_links"_s.arg(tasks / 1000).arg(input.links.size() / 1000);
    results.append(measure(u"cpm_passes_"_s + size, repeats,
                           [&](int) { verify(Scheduler::compute(input, *graph).ok(), "the schedule computes"); }));
    results.append(measure(u"cpm_with_graph_build_"_s + size, repeats,
                           [&](int) { verify(Scheduler::compute(input).ok(), "the schedule computes"); }));
}

/// A Microsoft Project XML file of the given size, written by Relm's writer (phases of 50 tasks,
/// random links inside each phase), then opened as relm-cli import opens it: read and scheduled.
void benchmarkMspdi(QJsonArray &results, const QString &folder, int tasks) {
    QRandomGenerator random(7);
    ImportedSchedule plan;
    plan.name = u"Generated"_s;
    ScheduleInput &input = plan.input;
    input.projectStart = QDateTime(QDate(2026, 1, 5), QTime(8, 0));
    int phase = -1;
    for (int i = 0; i < tasks; ++i) {
        ScheduleTask t;
        t.id = QString::number(i + 1);
        t.name = u"Task %1"_s.arg(i + 1);
        if (i % 50 == 0) {
            phase = i;
            t.name = u"Phase %1"_s.arg(i / 50 + 1);
        } else {
            t.parent = phase;
            t.duration = 60 * random.bounded(1, 40);
            if (i - phase > 1)
                input.links.push_back({phase + 1 + random.bounded(i - phase - 1), i, LinkType(random.bounded(4)),
                                       60 * random.bounded(-2, 5), 0.0, false});
        }
        if (i % 50 == 1 && phase >= 50) // each phase's work follows the last task of the one before
            input.links.push_back({phase - 1, i, LinkType::FinishToStart, 0, 0.0, false});
        input.tasks.push_back(t);
        plan.sourceUids.append(i + 1);
        plan.elapsed.append(false);
        plan.kept.append(KeptDates{});
    }
    const auto computed = Scheduler::compute(input);
    verify(computed.ok(), "the generated plan computes");
    const QString path = QDir(folder).filePath(u"generated-%1.xml"_s.arg(tasks));
    const QString size = u"%1k_tasks"_s.arg(tasks / 1000);
    // Written whenever the group runs: the open step reads the file (--only mspdi_open).
    measureOrRun(results, u"mspdi_write_"_s + size, 1, [&](int) {
        verify(MspdiWriter::writeFile(mspdi_export::documentOf(plan, *computed), path).ok(), "the file is written");
    });
    results.append(measure(u"mspdi_open_"_s + size, 3, [&](int) {
        const auto read = MspdiReader::read(path);
        verify(read.ok() && int(read->input.tasks.size()) == tasks, "the file reads back");
        verify(Scheduler::compute(read->input).ok(), "the file schedules");
    }));
}

/// `audit verify` over a trail of the given length, written as real changes would write it.
void benchmarkAuditVerify(QJsonArray &results, const QString &path, int entries) {
    auto db = Database::openSqlite(path);
    verify(db.ok(), "the audit database opens");
    AuditLog log(**db);
    const auto written = (*db)->transaction([&]() -> Result<void> {
        AuditEntry entry;
        entry.at = QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
        entry.actorId = 1;
        entry.actorLogin = u"alice"_s;
        entry.entity = u"task"_s;
        entry.action = u"update"_s;
        entry.releaseId = 1;
        for (int i = 0; i < entries; ++i) {
            entry.at = entry.at.addSecs(7);
            entry.entityId = 1 + i % 5000;
            entry.summary = u"Edit task Build %1"_s.arg(entry.entityId);
            entry.before = QJsonObject{{u"duration_minutes"_s, 480 + i % 100}, {u"name"_s, entry.summary}};
            entry.after = QJsonObject{{u"duration_minutes"_s, 960 + i % 100}, {u"name"_s, entry.summary}};
            if (auto r = log.append(entry); !r)
                return r.error();
        }
        return {};
    });
    verify(written.ok(), "the audit trail is written");
    results.append(measure(u"audit_verify_%1k_entries"_s.arg(entries / 1000), 3, [&](int) {
        const auto v = log.verify();
        verify(v.ok() && v->intact() && v->entries == entries, "the untouched trail verifies");
    }));
}

/// CSV import of a large file, from bytes to committed rows: a release's tasks (a fresh release
/// each round) and component versions (100 per component), each file one change at the write door.
void benchmarkCsvImport(QJsonArray &results, Workspace &workspace, int rows) {
    const auto importFile = [&](csv::RecordKind kind, const QByteArray &data, Id releaseId) {
        csv::ImportOptions options;
        options.kind = kind;
        options.releaseId = releaseId;
        options.source = u"bench.csv"_s;
        auto import = csv::prepareImport(workspace, data, {}, options);
        verify(import.ok(), "the CSV file is read without problems");
        verify(import->counts.created == rows || kind == csv::RecordKind::Components, "every row is new");
        verify(workspace.apply(*import.value().change).ok(), "the import is written");
    };
    QByteArray components = "name;kind\n";
    for (int c = 0; c < rows / 100; ++c)
        components += "csv-component-" + QByteArray::number(c) + ";application\n";
    importFile(csv::RecordKind::Components, components, 0);
    results.append(measure(u"csv_import_%1k_versions"_s.arg(rows / 1000), 3, [&](int round) {
        QByteArray data = "component;version;source\n";
        for (int i = 0; i < rows; ++i)
            data += "csv-component-" + QByteArray::number(i % (rows / 100)) + ";" + QByteArray::number(round) + "." +
                    QByteArray::number(i) + ";tag-" + QByteArray::number(i) + "\n";
        importFile(csv::RecordKind::Versions, data, 0);
    }));
    results.append(measure(u"csv_import_%1k_tasks"_s.arg(rows / 1000), 3, [&](int round) {
        Release target;
        target.name = u"CSV-%1"_s.arg(round);
        target.ownerId = workspace.actingPerson().id;
        CreateRelease create(target);
        verify(workspace.apply(create).ok(), "the release for the tasks is created");
        QByteArray data = "name,duration,percent_complete\n";
        for (int i = 0; i < rows; ++i)
            data += "Task " + QByteArray::number(i) + "," + QByteArray::number(1 + i % 5) + "d," +
                    QByteArray::number(i % 100) + "\n";
        importFile(csv::RecordKind::Tasks, data, create.release().id);
    }));
}

/// The results without the steps --only left out.
QJsonArray measured(const QJsonArray &results) {
    QJsonArray kept;
    for (const QJsonValue &result : results) {
        if (!result.toObject().isEmpty())
            kept.append(result);
    }
    return kept;
}

} // namespace

int main(int argc, char *argv[]) {
    prepareProcess(); // as relm and relm-cli do
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"quick"_s, u"Small sizes, for a smoke run."_s});
    parser.addOption({u"out"_s, u"Also write the JSON to this file."_s, u"file"_s});
    parser.addOption({u"only"_s, u"Run only the steps whose names contain this text."_s, u"text"_s});
    parser.process(app);
    g_only = parser.value(u"only"_s);

    PortfolioSize size;
    if (parser.isSet(u"quick"_s))
        size = PortfolioSize{50, 500, 3, 2, 5, 200};

    QTemporaryDir dir;
    QJsonArray results;
    const QString path = dir.filePath(u"portfolio.db"_s);

    const auto createPortfolio = [&](int) {
        auto ws = Workspace::openFile(path);
        if (!ws || !generatePortfolio(**ws, size))
            qFatal("generating the portfolio failed");
    };
    measureOrRun(results, u"create_portfolio_database"_s, 1, createPortfolio); // every later step works on it

    results.append(measure(u"open_database_and_show_navigator"_s, 5, [&](int) {
        auto ws = Workspace::openFile(path);
        if (!ws)
            qFatal("opening failed: %s", qPrintable(ws.errorMessage()));
        NavigatorPanel panel;
        panel.setWorkspace(ws->get());
        panel.resize(320, 800);
        panel.show();
        QCoreApplication::processEvents();
        panel.view()->viewport()->grab(); // the first frame is painted
    }));

    if (wantedGroup(u"cpm_"_s))
        benchmarkCpm(results, parser.isSet(u"quick"_s) ? 10000 : 100000, 7);
    if (wantedGroup(u"mspdi_"_s)) {
        benchmarkMspdi(results, dir.path(), parser.isSet(u"quick"_s) ? 2000 : 20000);
        benchmarkMspdi(results, dir.path(), parser.isSet(u"quick"_s) ? 10000 : 100000);
    }
    if (wantedGroup(u"cpm_"_s) && !parser.isSet(u"quick"_s))
        benchmarkCpm(results, 1000000, 3);
    if (wantedGroup(u"montecarlo"_s))
        benchmarkMonteCarlo(results, parser.isSet(u"quick"_s) ? 1000 : 10000, parser.isSet(u"quick"_s) ? 200 : 10000);
    if (wantedGroup(u"planner_"_s))
        bench::benchmarkPlannerFiles(results, dir.path(), parser.isSet(u"quick"_s),
                                     [](const QString &name, int repeats, const std::function<void(int)> &step) {
                                         return measure(name, repeats, step);
                                     });
    if (wantedGroup(u"process_"_s))
        bench::benchmarkWholeProcess(results, dir.path(), parser.isSet(u"quick"_s));
    if (wantedGroup(u"audit_verify"_s))
        benchmarkAuditVerify(results, dir.filePath(u"audit.db"_s), parser.isSet(u"quick"_s) ? 20000 : 1000000);

    auto ws = Workspace::openFile(path);
    if (!ws || !(*ws)->actAsDefault(u"user0"_s))
        qFatal("opening the portfolio failed");
    Workspace &workspace = **ws;
    const Id big = workspace.releases().releaseByName(u"BIG"_s)->id;

    results.append(measure(u"package_check_big_release"_s, 7, [&](int) {
        auto findings = release_checks::run(workspace, big);
        verify(findings.ok(), "the package check of BIG runs");
        verify(findings->isEmpty(), "BIG is consistent: every requirement is met inside it");
    }));

    if (wantedGroup(u"catalogue_filter"_s) || wantedGroup(u"drop_"_s)) {
        UndoController undo;
        undo.setWorkspace(&workspace);
        CataloguePanel catalogue(undo);
        catalogue.setWorkspace(&workspace);
        catalogue.resize(600, 900);
        catalogue.show();
        QCoreApplication::processEvents();
        const QString typed = u"component-00123"_s;
        results.append(measure(u"catalogue_filter_keystroke"_s, int(typed.size()), [&](int i) {
            catalogue.textFilter()->setText(typed.left(i + 1));
            QCoreApplication::processEvents();
            catalogue.view()->viewport()->grab(); // the updated view is painted
        }));
        verify(!wanted(u"catalogue_filter_keystroke"_s) || catalogue.view()->model()->rowCount() == 1,
               "the filter narrows the catalogue to one component");

        PackageDropper dropper(undo);
        auto versions = workspace.catalogue().versions();
        results.append(measure(u"drop_500_versions"_s, 3, [&](int round) {
            Release target;
            target.name = u"DROP-%1"_s.arg(round);
            target.ownerId = workspace.actingPerson().id;
            CreateRelease create(target);
            if (!workspace.apply(create))
                qFatal("creating the drop target failed");
            QList<package_mime::CatalogueItem> items;
            for (int i = 0; i < 500; ++i) {
                const ComponentVersion &v = versions->at((round * 500 + i) * 7 % versions->size());
                items.append({v.componentId, v.id});
            }
            auto data = package_mime::encode(items);
            const Id packageId = workspace.releases().packages(create.release().id)->first().id;
            verify(dropper.drop(data.get(), packageId, Qt::CopyAction), "the drop succeeds");
            QCoreApplication::processEvents();
            verify(workspace.releases().package(packageId)->contents.size() == 500, "all 500 versions arrive");
        }));
    }

    if (wantedGroup(u"gantt_"_s)) {
        // The Gantt chart: opening a very large release, one frame of it, and a bar drag in a large one.
        const int bigTasks = parser.isSet(u"quick"_s) ? 2000 : 100000;
        const int dragTasks = parser.isSet(u"quick"_s) ? 1000 : 10000;
        const bool openOrPaint = wantedGroup(u"gantt_open"_s) || wantedGroup(u"gantt_paint"_s);
        auto big = openOrPaint ? generateSchedule(workspace, u"GANTT-BIG"_s, bigTasks) : Result<Id>(Id(0));
        auto medium = generateSchedule(workspace, u"GANTT-10K"_s, dragTasks);
        verify(big.ok() && medium.ok(), "the schedules are generated");
        UndoController undo;
        undo.setWorkspace(&workspace);
        if (openOrPaint) {
            std::unique_ptr<SchedulePage> page;
            measureOrRun(results, u"gantt_open_%1k_tasks"_s.arg(bigTasks / 1000), 3, [&](int) {
                workspace.plans().forgetAll(); // opening reads and schedules the release
                page = std::make_unique<SchedulePage>(workspace, undo, *big);
                page->resize(1400, 900);
                page->show();
                QCoreApplication::processEvents();
                page->timeline()->viewport()->grab();
            });
            verify(page->model()->rowCount() == bigTasks, "every task has a row");
            results.append(measure(u"gantt_paint_frame_%1k_tasks"_s.arg(bigTasks / 1000), 20, [&](int i) {
                page->timeline()->setVerticalOffset((i * 7919 % bigTasks) * page->timeline()->rowHeight());
                page->timeline()->viewport()->repaint();
            }));
            page.reset();
        }

        if (wantedGroup(u"gantt_drag"_s)) {
            SchedulePage dragPage(workspace, undo, *medium);
            dragPage.resize(1400, 900);
            dragPage.show();
            QCoreApplication::processEvents();
            const Id taskId = dragPage.model()->taskAt(dragTasks / 2).task.id;
            const QDateTime start = dragPage.model()->taskAt(dragTasks / 2).start;
            results.append(
                measure(u"gantt_drag_bar_%1k_tasks_recompute_and_repaint"_s.arg(dragTasks / 1000), 5, [&](int i) {
                    dragPage.moveTask(taskId, start.addDays(i + 1));
                    dragPage.timeline()->viewport()->repaint();
                }));
            verify(dragPage.model()->taskAt(dragPage.model()->rowOf(taskId)).start > start, "the dragged task moved");
        }

        // The Gantt chart as a PDF (A4 landscape, one page across): read and schedule, lay out, write.
        QTemporaryDir out;
        results.append(measure(u"gantt_pdf_%1k_tasks"_s.arg(dragTasks / 1000), 3, [&](int) {
            auto chart = gantt::loadChart(workspace, *medium);
            verify(chart.ok() && chart->rows.size() == dragTasks, "the chart holds every task");
            auto pages = gantt::writePdf(*chart, out.filePath(u"gantt.pdf"_s), {});
            verify(pages.ok() && *pages > dragTasks / 60, "the PDF is written over many pages");
        }));
        // To look at it: RELM_SCREENSHOT_DIR, as the GUI tests use it.
        if (const QString keep = qEnvironmentVariable("RELM_SCREENSHOT_DIR");
            !keep.isEmpty() && wanted(u"gantt_pdf"_s)) {
            QFile::remove(QDir(keep).filePath(u"bench-gantt.pdf"_s));
            QFile::copy(out.filePath(u"gantt.pdf"_s), QDir(keep).filePath(u"bench-gantt.pdf"_s));
        }
    }

    if (wantedGroup(u"release_notes"_s)) {
        // Release notes of a release with 2,000 component versions and 200 known errors, as PDF.
        const int knownErrors = parser.isSet(u"quick"_s) ? 20 : 200;
        const auto seeded = workspace.database().transaction([&]() -> Result<void> {
            for (int i = 0; i < knownErrors; ++i) {
                const KnownError error{0,
                                       big,
                                       u"Known error %1 in the big release"_s.arg(i),
                                       u"Symptom %1: the screen shows a stale total after a refresh."_s.arg(i),
                                       u"Workaround %1: refresh twice."_s.arg(i),
                                       u"PRB-%1"_s.arg(i),
                                       0};
                if (auto r = workspace.deployments().insert(error); !r)
                    return r.error();
            }
            return {};
        });
        verify(seeded.ok(), "the known errors are written");
        QTemporaryDir out;
        results.append(measure(u"release_notes_pdf_big_release"_s, 3, [&](int) {
            auto document = notes::build(workspace, big, notes::Audience::Technical, QDate(2026, 11, 22));
            verify(document.ok(), "the notes are built");
            verify(notes::writePdf(*document, out.filePath(u"notes.pdf"_s)).ok(), "the PDF is written");
        }));
    }

    if (wantedGroup(u"dashboard"_s)) {
        // The dashboard over five years with 50,000 production deployments.
        const int deployments = parser.isSet(u"quick"_s) ? 2000 : 50000;
        auto production = workspace.directory().environmentByName(u"Production"_s);
        Id environmentId = production ? production->id : 0;
        const auto seeded = workspace.database().transaction([&]() -> Result<void> {
            if (environmentId == 0) {
                auto id =
                    workspace.directory().insert(Environment{0, u"Production"_s, EnvironmentKind::Production, 9, {}});
                if (!id)
                    return id.error();
                environmentId = *id;
            }
            auto releases = workspace.releases().releases();
            if (!releases)
                return releases.error();
            const QDateTime start(QDate(2021, 12, 1), QTime(18, 0), Qt::UTC);
            for (int i = 0; i < deployments; ++i) {
                const QDateTime at = start.addSecs(qint64(i) * (5LL * 365 * 86400 / deployments));
                Deployment d;
                d.releaseId = releases->at(i % releases->size()).id;
                d.environmentId = environmentId;
                d.actualStart = at;
                d.actualEnd = at.addSecs(3600);
                d.outcome = i % 9 == 0 ? DeploymentOutcome::Failed : DeploymentOutcome::Succeeded;
                if (auto r = workspace.deployments().insert(d); !r)
                    return r.error();
            }
            return {};
        });
        verify(seeded.ok(), "the deployments are written");
        DashboardView dashboard(workspace);
        dashboard.setMonths(60);
        dashboard.resize(1400, 1000);
        dashboard.show();
        QCoreApplication::processEvents();
        results.append(measure(u"dashboard_refresh_5_years_%1k_deployments"_s.arg(deployments / 1000), 5, [&](int) {
            dashboard.refresh();
            QCoreApplication::processEvents();
        }));
        int counted = 0;
        for (const MonthFigures &m : dashboard.metrics().months)
            counted += m.deployments;
        verify(counted >= deployments * 9 / 10, "the dashboard counts the deployments");
    }

    if (wantedGroup(u"calendar"_s))
        bench::benchmarkCalendar(results, workspace, parser.isSet(u"quick"_s));

    if (wantedGroup(u"csv_"_s))
        benchmarkCsvImport(results, workspace, parser.isSet(u"quick"_s) ? 2000 : 100000);

    if (wantedGroup(u"backup_"_s))
        bench::benchmarkBackup(results, workspace, dir.path());

    if (wantedGroup(u"server_"_s) || wantedGroup(u"sqlite_open"_s))
        bench::benchmarkServer(results, dir.path(), parser.isSet(u"quick"_s));

    const QJsonObject report{
        {u"benchmark"_s, u"relm-bench"_s},
        {u"version"_s, QStringLiteral(RELM_VERSION)},
        {u"size"_s, QJsonObject{{u"releases"_s, size.releases},
                                {u"components"_s, size.components},
                                {u"versions"_s, size.components * size.versionsPerComponent},
                                {u"package_items"_s, size.releases * size.packagesPerRelease * size.itemsPerPackage},
                                {u"big_release_versions"_s, size.bigReleaseVersions}}},
        {u"results"_s, measured(results)}};
    const QByteArray json = QJsonDocument(report).toJson(QJsonDocument::Indented);
    QTextStream(stdout) << json;
    if (parser.isSet(u"out"_s)) {
        QFile out(parser.value(u"out"_s));
        if (out.open(QIODevice::WriteOnly))
            out.write(json);
    }
    return 0;
}

#include "ProcessBench.h"

#include "BenchSupport.h"
#include "PlannerBench.h"

#include "import/MspdiExport.h"
#include "import/MspdiWriter.h"
#include "import/PlannerReader.h"
#include "schedule/Scheduler.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <vector>

extern char **environ;

namespace relm::bench {

namespace {

struct ProcessFigures {
    double wallMs = 0;
    double peakMb = 0;
    int exitCode = -1;
};

/// Runs a program to its end (offscreen, as alice), with the kernel's account of its peak memory.
ProcessFigures runProgram(const QStringList &arguments) {
    std::vector<QByteArray> storage;
    for (const QString &a : arguments)
        storage.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &a : storage)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("RELM_USER", "alice");

    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    if (posix_spawn(&pid, argv.front(), nullptr, nullptr, argv.data(), environ) != 0)
        qFatal("relm-bench: cannot start %s", argv.front());
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid)
        qFatal("relm-bench: lost %s", argv.front());
    ProcessFigures figures;
    figures.wallMs = timer.nsecsElapsed() / 1e6;
    figures.peakMb = usage.ru_maxrss / 1024.0; // kilobytes on Linux
    figures.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return figures;
}

/// A database with the demo, made once by the application itself; each run starts from a copy.
QString demoDatabase(const QString &folder) {
    const QString path = QDir(folder).filePath(u"process-demo.db"_s);
    if (!QFile::exists(path)) {
        const ProcessFigures made = runProgram({QStringLiteral(RELM_GUI_PATH), u"--exit-when-idle"_s, u"--db"_s, path});
        verify(made.exitCode == 0 && QFile::exists(path), "the demo database is made");
    }
    return path;
}

void openInApp(QJsonArray &results, const QString &folder, const QString &name, const QString &plan) {
    if (!wanted(name) || !QFile::exists(plan))
        return;
    const QString demo = demoDatabase(folder);
    const QString copy = QDir(folder).filePath(u"process-run.db"_s);
    double peak = 0;
    QJsonObject step = measure(
        name, 3,
        [&](int) {
            const ProcessFigures run =
                runProgram({QStringLiteral(RELM_GUI_PATH), u"--exit-when-idle"_s, u"--db"_s, copy, plan});
            verify(run.exitCode == 0, "relm opens the plan and exits");
            peak = std::max(peak, run.peakMb);
        },
        [&] {
            QFile::remove(copy);
            verify(QFile::copy(demo, copy), "a fresh copy of the demo database");
        });
    step.insert(u"peak_memory_mb"_s, peak);
    results.append(step);
}

/// The same plan as MS Project XML, as Relm writes it (with its computed dates).
QString writeMspdiFile(const QString &plannerPath) {
    const QString path = QFileInfo(plannerPath).path() + u'/' + QFileInfo(plannerPath).completeBaseName() + u".xml"_s;
    auto plan = PlannerReader::read(plannerPath);
    verify(plan.ok(), "the generated Planner file reads");
    const auto computed = Scheduler::compute(plan->schedule.input);
    verify(computed.ok(), "the generated plan computes");
    verify(MspdiWriter::writeFile(mspdi_export::documentOf(plan->schedule, *computed), path).ok(),
           "the MSPDI file is written");
    return path;
}

} // namespace

void benchmarkWholeProcess(QJsonArray &results, const QString &folder, bool quick) {
    // Each run opens into a fresh copy: the first is made here, the others after each run.
    const QString copy = QDir(folder).filePath(u"process-run.db"_s);
    QFile::remove(copy);
    verify(QFile::copy(demoDatabase(folder), copy), "a copy of the demo database");
    const QList<int> sizes = quick ? QList<int>{2000} : QList<int>{20000, 100000};
    for (int size : sizes) {
        const QString k = QString::number(size / 1000);
        const QString planner = u"process_open_planner_%1k_tasks"_s.arg(k);
        const QString mspdi = u"process_open_mspdi_%1k_tasks"_s.arg(k);
        if (!wanted(planner) && !wanted(mspdi))
            continue;
        const QString plannerFile = writePlannerFile(folder, size);
        openInApp(results, folder, planner, plannerFile);
        if (wanted(mspdi))
            openInApp(results, folder, mspdi, writeMspdiFile(plannerFile));
    }
}

} // namespace relm::bench

#include "PlannerBench.h"

#include "import/PlannerReader.h"
#include "schedule/Scheduler.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTextStream>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace relm::bench {

namespace {

/// Resident memory of this process in megabytes (Linux), -1 where it cannot be read.
double residentMegabytes() {
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

} // namespace

QString writePlannerFile(const QString &folder, int tasks) {
    const QString path = folder + u"/bench-%1.planner"_s.arg(tasks);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("relm-bench: cannot write %s", qPrintable(path));
    QTextStream out(&file);
    QRandomGenerator random(7);
    out << "<?xml version=\"1.0\"?>\n<project name=\"Bench\" project-start=\"20260105T000000Z\" calendar=\"1\">\n"
           "<calendars><day-types><day-type id=\"0\" name=\"Working\"/><day-type id=\"1\" name=\"Nonworking\"/>"
           "<day-type id=\"2\" name=\"Use base\"/><day-type id=\"3\" name=\"Half\"/></day-types>\n"
           "<calendar id=\"1\" name=\"Default\"><default-week mon=\"0\" tue=\"0\" wed=\"0\" thu=\"0\" fri=\"0\" "
           "sat=\"1\" sun=\"1\"/><overridden-day-types><overridden-day-type id=\"0\"><interval start=\"0800\" "
           "end=\"1200\"/><interval start=\"1300\" end=\"1700\"/></overridden-day-type><overridden-day-type id=\"3\">"
           "<interval start=\"0800\" end=\"1200\"/></overridden-day-type></overridden-day-types><days>\n";
    for (int year = 2026; year < 2060; ++year)
        out << "<day date=\"" << year << "1225\" type=\"day-type\" id=\"1\"/><day date=\"" << year
            << "1224\" type=\"day-type\" id=\"3\"/>\n";
    out << "</days></calendar></calendars>\n<tasks>\n";
    static const char *types[] = {"FS", "SS", "FF", "FS"};
    int id = 1;
    for (int phase = 0; id <= tasks; ++phase) {
        const int phaseId = id++;
        out << "<task id=\"" << phaseId << "\" name=\"Phase " << phase << "\" work=\"0\" type=\"normal\" "
            << "scheduling=\"fixed-work\">\n";
        for (int k = 0; k < 99 && id <= tasks; ++k, ++id) {
            out << "<task id=\"" << id << "\" name=\"Task " << id << "\" work=\"" << 3600 * random.bounded(1, 40)
                << "\" start=\"20260105T080000Z\" end=\"20260105T170000Z\" work-start=\"20260105T080000Z\" "
                   "type=\"normal\" scheduling=\"fixed-work\">";
            // Chained within the phase; a phase's first task follows the last task of the one before.
            const int predecessor = k > 0 ? id - 1 : phase > 0 ? phaseId - 1 : 0;
            if (predecessor > 0)
                out << "<predecessors><predecessor id=\"1\" predecessor-id=\"" << predecessor << "\" type=\""
                    << (k > 0 ? types[random.bounded(4)] : "FS") << "\" lag=\"" << 3600 * random.bounded(0, 8)
                    << "\"/></predecessors>";
            out << "</task>\n";
        }
        out << "</task>\n";
    }
    out << "</tasks>\n</project>\n";
    return path;
}

void benchmarkPlannerFiles(QJsonArray &results, const QString &folder, bool quick, const Measure &measure) {
    const QList<int> sizes = quick ? QList<int>{2000} : QList<int>{20000, 100000};
    for (int size : sizes) {
        const QString path = writePlannerFile(folder, size);
        double growth = 0;
        QJsonObject step = measure(u"planner_read_schedule_%1k_tasks"_s.arg(size / 1000), 3, [&](int) {
            const double before = residentMegabytes();
            auto plan = PlannerReader::read(path);
            if (!plan)
                qFatal("relm-bench: the generated Planner file is refused: %s", qPrintable(plan.errorMessage()));
            auto schedule = Scheduler::compute(plan->schedule.input);
            if (!schedule || schedule->times.size() != plan->schedule.input.tasks.size())
                qFatal("relm-bench: the generated Planner plan does not schedule: %s",
                       qPrintable(schedule.errorMessage()));
            growth = std::max(growth, residentMegabytes() - before);
        });
        if (!step.isEmpty()) {
            step.insert(u"memory_growth_mb"_s, growth);
            results.append(step);
        }
    }
}

} // namespace relm::bench

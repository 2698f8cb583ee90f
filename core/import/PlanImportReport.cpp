#include "PlanImportReport.h"

#include "changes/PlanFileChanges.h"
#include "changes/Workspace.h"
#include "planning/PlanCache.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

QString tr(const char *text, int n = -1) {
    return QCoreApplication::translate("relm::PlanImportReport", text, nullptr, n);
}

/// Names the file gives more than one task: Relm keeps task names unique within a release, so
/// the import adds " (2)", " (3)" to the later ones; the summary says so.
QStringList repeatedNames(const ScheduleInput &input) {
    QHash<QString, int> seen;
    QStringList repeated;
    for (const ScheduleTask &t : input.tasks) {
        const QString name = t.name.trimmed();
        if (++seen[name.toCaseFolded()] == 2 && !name.isEmpty())
            repeated.append(name);
    }
    return repeated;
}

/// What the file holds, without the comparison of dates.
PlanImportReport counted(const PlanFile &plan, const QString &file) {
    PlanImportReport report;
    report.file = file;
    report.format = plan.format;
    const ScheduleInput &input = plan.schedule.input;
    QSet<int> parents;
    for (const ScheduleTask &t : input.tasks) {
        if (t.parent >= 0)
            parents.insert(t.parent);
    }
    report.tasks = int(input.tasks.size());
    report.phases = int(parents.size());
    report.milestones =
        int(std::count_if(input.tasks.cbegin(), input.tasks.cend(), [](const ScheduleTask &t) { return t.milestone; }));
    report.links = int(input.links.size());
    report.calendars = plan.calendars;
    report.calendarDays = plan.calendarDays;
    report.projectStart = input.projectStart;
    report.notes = plan.notes;
    if (const QStringList repeated = repeatedNames(input); !repeated.isEmpty()) {
        constexpr int shown = 5;
        QStringList quoted;
        for (const QString &name : repeated.first(std::min<qsizetype>(shown, repeated.size())))
            quoted.append(u"\u201C%1\u201D"_s.arg(name));
        if (repeated.size() > shown)
            quoted.append(tr("and %1 more").arg(repeated.size() - shown));
        report.notes.append(tr("Task names repeat in the file (%1): task names are unique within a release, so "
                               "the later ones get \u201C (2)\u201D, \u201C (3)\u201D and so on.")
                                .arg(quoted.join(u", "_s)));
    }
    return report;
}

Result<QList<DateDifference>> differencesOf(const PlanFile &plan, const QString &file) {
    auto differences = PlanDateCheck::differences(plan);
    if (!differences)
        return makeError(differences.error().code,
                         tr("\u201C%1\u201D cannot be imported: %2").arg(file, differences.errorMessage()));
    return differences;
}

} // namespace

Result<PlanImportReport> PlanImportReport::of(const PlanFile &plan, const QString &file) {
    auto differences = differencesOf(plan, file);
    if (!differences)
        return differences.error();
    PlanImportReport report = counted(plan, file);
    report.differences = *differences;
    return report;
}

Result<PlanImportReport> PlanImportReport::ofImport(
    Workspace &workspace, PlanFile plan, const QString &file,
    const std::function<Result<const ImportPlanFile *>(std::shared_ptr<const PlanFile>)> &import) {
    const auto shared = std::make_shared<const PlanFile>(std::move(plan));
    auto imported = import(shared);
    if (!imported)
        return imported.error();
    PlanImportReport report = counted(*shared, file);
    report.release = (*imported)->releaseName();
    // The door scheduled the release before the import committed: this reads what it kept.
    auto schedule = workspace.plans().schedule(workspace, (*imported)->releaseId());
    if (schedule)
        report.differences = PlanDateCheck::differences(*shared, *schedule, (*imported)->taskIds());
    else // stored, so scheduled: only reading the schedule back failed; say so rather than hide the import
        report.notes.append(schedule.errorMessage());
    return report;
}

QString PlanImportReport::text() const {
    QStringList lines;
    lines.append(tr("Imported %1 (%2) into %3: %4 tasks (%5 phases, %6 milestones), %7 dependencies.")
                     .arg(file, format, release)
                     .arg(tasks)
                     .arg(phases)
                     .arg(milestones)
                     .arg(links));
    lines.append(tr("Calendars in the file: %1; the project calendar sets apart %2 days. The plan starts %3.")
                     .arg(calendars)
                     .arg(calendarDays)
                     .arg(projectStart.toString(u"yyyy-MM-dd HH:mm"_s)));
    lines.append(PlanDateCheck::summary(differences));
    lines.append(notes);
    return lines.join(u'\n');
}

QJsonObject PlanImportReport::toJson() const {
    return QJsonObject{{u"file"_s, file},
                       {u"format"_s, format},
                       {u"release"_s, release},
                       {u"tasks"_s, tasks},
                       {u"phases"_s, phases},
                       {u"milestones"_s, milestones},
                       {u"links"_s, links},
                       {u"calendars"_s, calendars},
                       {u"calendar_days"_s, calendarDays},
                       {u"project_start"_s, isoOrNull(projectStart)},
                       {u"notes"_s, QJsonArray::fromStringList(notes)},
                       {u"date_differences"_s, PlanDateCheck::toJson(differences)}};
}

} // namespace relm

#include "GanttChart.h"

#include "changes/Workspace.h"
#include "storage/PlanStore.h"

using namespace Qt::Literals::StringLiterals;

namespace relm::gantt {

Chart chartOf(const ReleaseSchedule &schedule, const QList<FreezeBand> &freezes,
              const QHash<Id, std::pair<QDateTime, QDateTime>> &baseline) {
    Chart chart;
    chart.title = schedule.releaseName;
    chart.start = schedule.start;
    chart.finish = schedule.finish;
    chart.freezes = freezes;
    if (schedule.timeline)
        chart.calendar = schedule.timeline->calendar();
    QHash<Id, int> rowOf;
    rowOf.reserve(schedule.tasks.size());
    for (int i = 0; i < schedule.tasks.size(); ++i)
        rowOf.insert(schedule.tasks.at(i).task.id, i);
    chart.rows.reserve(schedule.tasks.size());
    for (const ScheduledTask &t : schedule.tasks) {
        ChartRow row;
        row.name = t.task.name;
        // Phases nest; the walk stops at a parent outside the schedule (and at absurd depths).
        for (Id parent = t.task.parentId; parent != 0 && row.depth < 16; ++row.depth) {
            const int index = rowOf.value(parent, -1);
            parent = index >= 0 ? schedule.tasks.at(index).task.parentId : 0;
        }
        row.summary = t.times.summary;
        row.milestone = t.task.milestone;
        row.critical = t.times.critical;
        row.start = t.start;
        row.finish = t.finish;
        row.totalFloat = t.times.totalFloat;
        if (const auto saved = baseline.constFind(t.task.id); saved != baseline.constEnd()) {
            row.baselineStart = saved->first;
            row.baselineFinish = saved->second;
        }
        chart.rows.append(row);
    }
    for (const PlanLink &l : schedule.links) {
        const int from = rowOf.value(l.predecessorId, -1);
        const int to = rowOf.value(l.successorId, -1);
        if (from >= 0 && to >= 0) // links to other releases' tasks have no row here
            chart.links.append({from, to, l.type});
    }
    return chart;
}

Result<Chart> loadChart(Workspace &workspace, Id releaseId) {
    auto schedule = planning::scheduleRelease(workspace, releaseId);
    if (!schedule)
        return schedule.error();
    auto freezes =
        planning::freezeBands(workspace, releaseId, schedule->start.addDays(-30), schedule->finish.addDays(90));
    if (!freezes)
        return freezes.error();
    auto baselines = workspace.plan().baselines(releaseId);
    if (!baselines)
        return baselines.error();
    Chart chart =
        chartOf(*schedule, *freezes, baselines->isEmpty() ? decltype(PlanBaseline::dates)() : baselines->last().dates);
    if (!baselines->isEmpty())
        chart.baselineName = baselines->last().name;
    // Schedule times are calendar-local wall-clock times; so is the today line.
    const QDateTime now = workspace.clock()().toLocalTime();
    chart.today = QDateTime(now.date(), now.time());
    chart.produced = now.date();
    return chart;
}

Chart limitedTo(const Chart &chart, const QDateTime &from, const QDateTime &to) {
    Chart limited = chart;
    limited.rows.clear();
    limited.links.clear();
    limited.rangeStart = from;
    limited.rangeEnd = to;
    QList<int> newIndex(chart.rows.size(), -1);
    for (int i = 0; i < chart.rows.size(); ++i) {
        const ChartRow &row = chart.rows.at(i);
        if (row.finish < from || row.start > to)
            continue;
        newIndex[i] = int(limited.rows.size());
        limited.rows.append(row);
    }
    for (const ChartLink &l : chart.links) {
        if (newIndex.at(l.from) >= 0 && newIndex.at(l.to) >= 0)
            limited.links.append({newIndex.at(l.from), newIndex.at(l.to), l.type});
    }
    return limited;
}

QList<QPageSize::PageSizeId> papers() {
    return {QPageSize::A4, QPageSize::A3, QPageSize::Letter, QPageSize::Legal};
}

QString paperKey(QPageSize::PageSizeId paper) {
    switch (paper) {
    case QPageSize::A3:
        return u"A3"_s;
    case QPageSize::Letter:
        return u"Letter"_s;
    case QPageSize::Legal:
        return u"Legal"_s;
    default:
        return u"A4"_s;
    }
}

std::optional<QPageSize::PageSizeId> paperFromKey(const QString &key) {
    for (const QPageSize::PageSizeId paper : papers()) {
        if (paperKey(paper).compare(key.trimmed(), Qt::CaseInsensitive) == 0)
            return paper;
    }
    return std::nullopt;
}

} // namespace relm::gantt

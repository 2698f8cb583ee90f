#pragma once

#include "Result.h"
#include "domain/Plan.h"
#include "planning/ReleasePlanning.h"
#include "schedule/WorkCalendar.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPageLayout>
#include <QPageSize>
#include <QString>

#include <optional>

namespace relm {

class Workspace;

namespace gantt {

/// One row of a printed schedule: a task, milestone or phase with its computed dates.
struct ChartRow {
    QString name;
    int depth = 0; ///< 0 at top level, 1 inside a phase, ...
    bool summary = false;
    bool milestone = false;
    bool critical = false;
    QDateTime start; ///< calendar-local
    QDateTime finish;
    qint64 totalFloat = 0;   ///< working minutes
    QDateTime baselineStart; ///< invalid when the row has no baseline
    QDateTime baselineFinish;
};

/// A dependency between two rows (indexes into Chart::rows).
struct ChartLink {
    int from = -1;
    int to = -1;
    LinkType type = LinkType::FinishToStart;
};

/// Everything a printed Gantt chart shows, copied out of the database so that it can be drawn on
/// any thread: rows in plan order, links, freeze windows, the working calendar and the dates of the
/// title block.
struct Chart {
    QString title;        ///< the release's name
    QString baselineName; ///< the baseline the ghost bars show, empty without one
    QDateTime start;      ///< the schedule's start and finish, calendar-local
    QDateTime finish;
    QDateTime statusDate; ///< invalid: the schedule has no status date
    QDateTime today;      ///< calendar-local; the today line
    QDate produced;       ///< the day the export was made
    QList<ChartRow> rows;
    QList<ChartLink> links;
    QList<FreezeBand> freezes;
    WorkCalendar calendar = WorkCalendar::standard(); ///< shades non-working days
    QDateTime rangeStart;                             ///< when both are valid, only this range of dates is drawn
    QDateTime rangeEnd;
};

/// A computed schedule as a chart: depths from the phases, links between its own tasks, the
/// baseline's dates where it has them.
Chart chartOf(const ReleaseSchedule &schedule, const QList<FreezeBand> &freezes,
              const QHash<Id, std::pair<QDateTime, QDateTime>> &baseline = {});

/// A release's chart from the database: its schedule, the freeze windows, its latest baseline,
/// today and the production date from the workspace's clock.
Result<Chart> loadChart(Workspace &workspace, Id releaseId);

/// Keeps the rows that overlap [from, to] (and the links between them), and draws only that range.
Chart limitedTo(const Chart &chart, const QDateTime &from, const QDateTime &to);

/// "A4", "A3", "Letter", "Legal" (any case).
std::optional<QPageSize::PageSizeId> paperFromKey(const QString &key);
QString paperKey(QPageSize::PageSizeId paper);
/// The paper sizes an export offers, in the order to offer them.
QList<QPageSize::PageSizeId> papers();

} // namespace gantt
} // namespace relm

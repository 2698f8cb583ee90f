#include "CalendarBench.h"

#include "BenchSupport.h"
#include "calendar/CalendarEvents.h"
#include "calendar/CalendarPage.h"
#include "calendar/ConflictFinder.h"
#include "calendar/MonthView.h"
#include "changes/Workspace.h"
#include "storage/CalendarStore.h"
#include "storage/Database.h"
#include "storage/DeploymentStore.h"
#include "storage/DirectoryStore.h"
#include "storage/ReleaseStore.h"
#include "undo/UndoController.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace relm::bench {

namespace {

/// The Change Calendar tab as the user meets it: opening it on a busy month (read, conflicts of the
/// year ahead, first frame painted), then one frame per step to the next month or week.
void benchmarkCalendarPage(QJsonArray &results, Workspace &workspace, const QDate &busyDay) {
    UndoController undo;
    undo.setWorkspace(&workspace);
    std::unique_ptr<CalendarPage> page;
    // The whole calendar's conflicts are searched in the background once the tab shows: measured
    // to the frame that marks them, and waited for before the next step.
    const auto allConflictsMarked = [&] {
        while (page && page->source().isSearching())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    };
    measureOrRun(
        results, u"calendar_tab_open_and_paint"_s, 5,
        [&](int) {
            page = std::make_unique<CalendarPage>(workspace, undo);
            page->resize(1366, 768);
            page->showDate(busyDay);
            page->show();
            QCoreApplication::processEvents();
            page->grab();
        },
        allConflictsMarked);
    results.append(measure(u"calendar_tab_open_all_conflicts_marked"_s, 5, [&](int) {
        page = std::make_unique<CalendarPage>(workspace, undo);
        page->resize(1366, 768);
        page->showDate(busyDay);
        page->show();
        allConflictsMarked();
        page->grab();
    }));
    if (!page)
        return;
    verify(!page->source().events(page->monthView()->rangeStartUtc(), page->monthView()->rangeEndUtc()).isEmpty(),
           "the month shows events");
    const auto stepFrames = [&](const QString &name, CalendarPage::Mode mode, int steps) {
        page->setMode(mode);
        QCoreApplication::processEvents();
        QDate day = busyDay;
        results.append(measure(name, steps, [&](int) {
            day = mode == CalendarPage::Mode::Week ? day.addDays(7) : day.addMonths(1);
            page->showDate(day);
            QCoreApplication::processEvents();
            page->grab();
        }));
    };
    stepFrames(u"calendar_month_step_frame"_s, CalendarPage::Mode::Month, 24);
    stepFrames(u"calendar_week_step_frame"_s, CalendarPage::Mode::Week, 52);
}

} // namespace

void benchmarkCalendar(QJsonArray &results, Workspace &workspace, bool quick) {
    // Five years of weekly deployments of 50 services (about 13,000) with recurring freezes. The
    // services share three environments and many components, so their releases clash.
    const int services = quick ? 5 : 50;
    const int weeks = 261;
    auto releases = workspace.releases().releases();
    verify(releases && !releases->isEmpty(), "the portfolio is there");
    const auto seeded = workspace.database().transaction([&]() -> Result<void> {
        auto environments = workspace.directory().environments();
        if (!environments)
            return environments.error();
        for (int i = int(environments->size()); i < 3; ++i) {
            const Environment made{0,
                                   u"Calendar environment %1"_s.arg(i + 1),
                                   i == 2 ? EnvironmentKind::Production : EnvironmentKind::Test,
                                   i + 1,
                                   {}};
            if (auto id = workspace.directory().insert(made); !id)
                return id.error();
        }
        environments = workspace.directory().environments();
        if (!environments)
            return environments.error();
        const QDateTime start(QDate(2025, 1, 6), QTime(19, 0), Qt::UTC);
        for (int s = 0; s < services; ++s) {
            for (int w = 0; w < weeks; ++w) {
                Deployment d;
                // Each service ships one release a quarter, deployed a step further every week.
                d.releaseId = releases->at((s * 20 + w / 13) % releases->size()).id;
                d.environmentId = environments->at((s + w) % environments->size()).id;
                d.plannedStart = start.addDays(7 * w + s % 5).addSecs(3600 * (s % 4));
                d.plannedEnd = d.plannedStart.addSecs(2 * 3600);
                if (auto r = workspace.deployments().insert(d); !r)
                    return r.error();
            }
        }
        ChangeWindow monthEnd;
        monthEnd.name = u"Month-end close"_s;
        monthEnd.start = QDateTime(QDate(2025, 1, 31), QTime(18, 0));
        monthEnd.end = QDateTime(QDate(2025, 2, 1), QTime(6, 0));
        monthEnd.timeZone = "Europe/Berlin";
        monthEnd.recurrence.frequency = Recurrence::Frequency::Monthly;
        monthEnd.recurrence.monthDay = -1;
        ChangeWindow weekend = monthEnd;
        weekend.name = u"Weekend freeze"_s;
        weekend.start = QDateTime(QDate(2025, 1, 4), QTime(12, 0));
        weekend.end = QDateTime(QDate(2025, 1, 5), QTime(12, 0));
        weekend.timeZone = "America/New_York";
        weekend.recurrence = *Recurrence::fromRuleText(u"FREQ=WEEKLY;BYDAY=SA"_s);
        ChangeWindow sunday = weekend;
        sunday.name = u"Sunday maintenance"_s;
        sunday.kind = WindowKind::Maintenance;
        sunday.start = QDateTime(QDate(2025, 1, 5), QTime(2, 0));
        sunday.end = QDateTime(QDate(2025, 1, 5), QTime(6, 0));
        sunday.recurrence = *Recurrence::fromRuleText(u"FREQ=WEEKLY;BYDAY=SU"_s);
        for (const ChangeWindow &w : {monthEnd, weekend, sunday}) {
            if (auto r = workspace.calendar().insert(w); !r)
                return r.error();
        }
        return {};
    });
    verify(seeded.ok(), "the calendar is written");
    const QDateTime from(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime to = from.addYears(5);
    std::optional<CalendarData> data;
    measureOrRun(results, u"calendar_open_month_%1k_deployments"_s.arg(services * weeks / 1000), 5, [&](int) {
        auto loaded = CalendarData::load(workspace);
        verify(loaded.ok(), "the calendar loads");
        data.emplace(std::move(*loaded));
        const auto month = data->events(from.addMonths(30), from.addMonths(31));
        verify(!month.isEmpty(), "a month has events");
    });
    results.append(measure(u"calendar_events_5_years"_s, 5, [&](int) {
        verify(data->events(from, to).size() >= services * weeks, "five years list every deployment");
    }));
    std::optional<ConflictFinder> finder;
    measureOrRun(results, u"calendar_conflicts_load"_s, 3, [&](int) {
        auto loaded = ConflictFinder::load(workspace, *data);
        verify(loaded.ok(), "the conflict finder loads");
        finder.emplace(std::move(*loaded));
    });
    results.append(measure(u"calendar_conflicts_find_5_years"_s, 5,
                           [&](int) { verify(!finder->find(from, to).isEmpty(), "the freezes are found"); }));
    benchmarkCalendarPage(results, workspace, QDate(2027, 6, 15));
}

} // namespace relm::bench

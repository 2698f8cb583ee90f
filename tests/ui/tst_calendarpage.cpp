#include "DemoWindow.h"
#include "TestSupport.h"
#include "changes/CalendarChanges.h"
#include "storage/CalendarStore.h"

#include "calendar/AgendaModel.h"
#include "calendar/CalendarFilterBar.h"
#include "calendar/CalendarMime.h"
#include "calendar/CalendarPage.h"
#include "calendar/ConflictModel.h"
#include "calendar/ConflictPanel.h"
#include "calendar/MonthView.h"
#include "calendar/WeekView.h"
#include "shell/MainWindow.h"
#include "storage/DeploymentStore.h"
#include "storage/DirectoryStore.h"
#include "storage/ReleaseStore.h"
#include "undo/UndoController.h"
#include "widgets/MessageBar.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QElapsedTimer>
#include <QMimeData>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace relm;
using namespace Qt::Literals::StringLiterals;

/// The Change Calendar as a release manager uses it: read the month, filter, move planned
/// deployments by method, keyboard and drop, and undo.
class TestCalendarPage final : public QObject {
    Q_OBJECT

private:
    test::TempFolder m_folder;
    std::unique_ptr<MainWindow> m_window;
    CalendarPage *m_page = nullptr;

    Workspace &ws() { return *m_window->workspace(); }
    QUndoStack *undoStack() { return m_window->undoController()->stack(); }
    Deployment deployment(const QString &release, const QString &environment) {
        const Id releaseId = ws().releases().releaseByName(release)->id;
        const Id environmentId = ws().directory().environmentByName(environment)->id;
        const auto deployments = ws().deployments().deployments(releaseId); // kept: the loop reads it
        for (const Deployment &d : *deployments) {
            if (d.environmentId == environmentId)
                return d;
        }
        return {};
    }
    Deployment stored(Id id) { return *ws().deployments().deployment(id); }
    Deployment hotfix() { return deployment(u"Hotfix 2026.3.1"_s, u"Production"_s); }
    static QString uidOf(const Deployment &d) { return u"deployment-%1"_s.arg(d.id); }
    /// The agenda row of an event, after showing the month it starts in.
    QModelIndex agendaRow(const Deployment &d) {
        m_page->setMode(CalendarPage::Mode::Agenda);
        m_page->showDate(d.plannedStart.toLocalTime().date());
        return m_page->agendaModel()->indexOf(uidOf(d));
    }
    void shoot(const QString &name) {
        m_window->resize(1366, 768);
        QApplication::processEvents();
        test::saveScreenshot(m_window.get(), name);
    }

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }

    void init() {
        m_window = test::openDemoWindow(m_folder.path(QString::fromLatin1(QTest::currentTestFunction()) + u".db"_s),
                                        {1366, 768});
        QVERIFY(m_window);
        m_page = m_window->openCalendar();
        QVERIFY(m_page);
    }

    void cleanup() {
        m_page = nullptr;
        m_window.reset();
    }

    void opensOnceFromTheViewMenu() {
        QAction *action = m_window->findChild<QAction *>(u"viewCalendar"_s);
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
        action->trigger();
        action->trigger();
        QCOMPARE(m_window->findChildren<CalendarPage *>().size(), 1);
        auto *tabs = m_window->findChild<QTabWidget *>();
        QCOMPARE(tabs->currentWidget(), m_page);
    }

    void agendaListsDeploymentsOnTheirDates() {
        for (const Deployment &d : {hotfix(), deployment(u"2026.4 Autumn"_s, u"Production"_s),
                                    deployment(u"2026.4 Autumn"_s, u"Staging"_s)}) {
            QVERIFY(d.id != 0);
            const QModelIndex row = agendaRow(d);
            QVERIFY2(row.isValid(), qPrintable(uidOf(d)));
            QCOMPARE(row.parent().data(AgendaModel::DateRole).toDate(), d.plannedStart.toLocalTime().date());
            QCOMPARE(row.data(AgendaModel::MovableRole).toBool(), d.outcome == DeploymentOutcome::Planned);
            const QString title = row.siblingAtColumn(AgendaModel::TitleColumn).data().toString();
            QVERIFY2(title.contains(ws().releases().release(d.releaseId)->name), qPrintable(title));
            QVERIFY(!row.siblingAtColumn(AgendaModel::TimeColumn).data().toString().isEmpty());
        }
        QAbstractItemModelTester tester(m_page->agendaModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void filteringByEnvironmentHidesOthers() {
        const Deployment staging = deployment(u"2026.4 Autumn"_s, u"Staging"_s);
        const Deployment production = hotfix();
        QVERIFY(agendaRow(staging).isValid());
        QComboBox *environments = m_page->filterBar()->environmentBox();
        QCOMPARE(environments->itemText(0), u"All"_s);
        environments->setCurrentIndex(environments->findText(u"Production"_s));
        QVERIFY(!agendaRow(staging).isValid());
        QVERIFY(agendaRow(production).isValid());
        environments->setCurrentIndex(0);
        QVERIFY(agendaRow(staging).isValid());
    }

    void movingAPlannedDeploymentIsOneUndoStep() {
        const Deployment before = hotfix();
        QCOMPARE(before.outcome, DeploymentOutcome::Planned);
        const QDateTime target = before.plannedStart.addDays(2).addSecs(-3600);
        const int steps = undoStack()->count();
        QVERIFY(m_page->moveDeployment(before.id, target));
        QCOMPARE(stored(before.id).plannedStart, target);
        QCOMPARE(stored(before.id).plannedEnd, before.plannedEnd.addDays(2).addSecs(-3600));
        QCOMPARE(undoStack()->count(), steps + 1);
        // The calendar shows it on its new day.
        QTRY_COMPARE(agendaRow(stored(before.id)).parent().data(AgendaModel::DateRole).toDate(),
                     target.toLocalTime().date());
        undoStack()->undo();
        QCOMPARE(stored(before.id).plannedStart, before.plannedStart);
        QCOMPARE(stored(before.id).plannedEnd, before.plannedEnd);
    }

    void movingADeploymentThatRanIsRefused() {
        const Deployment ran = deployment(u"2026.4 Autumn"_s, u"Staging"_s);
        QCOMPARE(ran.outcome, DeploymentOutcome::Succeeded);
        const int steps = undoStack()->count();
        QVERIFY(!m_page->moveDeployment(ran.id, ran.plannedStart.addDays(1)));
        QCOMPARE(stored(ran.id), ran);
        QCOMPARE(undoStack()->count(), steps);
        QVERIFY(!m_page->messageBar()->text().isEmpty());
        QCOMPARE(m_page->messageBar()->kind(), MessageBar::Kind::Error);
    }

    void altArrowKeysMoveTheSelectedDeployment() {
        const Deployment before = hotfix();
        m_page->setMode(CalendarPage::Mode::Month);
        m_page->showDate(before.plannedStart.toLocalTime().date());
        MonthView *month = m_page->monthView();
        month->setFocus();
        QVERIFY(month->selectEvent(uidOf(before)));
        QTest::keyClick(month, Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(stored(before.id).plannedStart, before.plannedStart.addDays(1));
        QTRY_VERIFY(month->selectedEvent() && month->selectedEvent()->start == before.plannedStart.addDays(1));

        m_page->setMode(CalendarPage::Mode::Week);
        WeekView *week = m_page->weekView();
        QVERIFY(week->selectEvent(uidOf(before)));
        QTest::keyClick(week, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(stored(before.id).plannedStart, before.plannedStart.addDays(1).addSecs(30 * 60));
        undoStack()->undo();
        undoStack()->undo();
        QCOMPARE(stored(before.id).plannedStart, before.plannedStart);
    }

    void arrowKeysAndTabWalkTheMonth() {
        const Deployment d = hotfix();
        const QDate day = d.plannedStart.toLocalTime().date();
        m_page->setMode(CalendarPage::Mode::Month);
        m_page->showDate(day);
        MonthView *month = m_page->monthView();
        month->setFocus();
        QTest::keyClick(month, Qt::Key_Down);
        QCOMPARE(m_page->date(), day.addDays(7));
        QTest::keyClick(month, Qt::Key_Up);
        QTest::keyClick(month, Qt::Key_Left);
        QTest::keyClick(month, Qt::Key_Right);
        QCOMPARE(month->selectedDay(), day);
        QVERIFY(!month->eventsOn(day).isEmpty());
        QTest::keyClick(month, Qt::Key_Tab);
        QVERIFY(month->selectedEvent());
        QCOMPARE(month->selectedDay(), day);
    }

    void arrowKeysWalkTheWeekBySlotAndDay() {
        const QDate sunday = QDate(2026, 12, 6);
        m_page->setMode(CalendarPage::Mode::Week);
        m_page->showDate(sunday);
        WeekView *week = m_page->weekView();
        week->setFocus();
        const int slot = week->selectedSlot();
        QTest::keyClick(week, Qt::Key_Down);
        QCOMPARE(week->selectedSlot(), slot + WeekView::kSlotMinutes);
        QTest::keyClick(week, Qt::Key_Up);
        QCOMPARE(week->selectedSlot(), slot);
        const QDate first = week->firstDay();
        const QDate last = first.addDays(6);
        m_page->showDate(last);
        QTest::keyClick(week, Qt::Key_Right);
        QCOMPARE(m_page->date(), last.addDays(1));
        QCOMPARE(week->firstDay(), first.addDays(7));
        QVERIFY(m_page->periodText().contains(QString::number(week->firstDay().weekNumber())));
    }

    void aFullDaysMoreLinkOpensItsWeek() {
        const QDate day = hotfix().plannedStart.toLocalTime().date();
        m_window->resize(1366, 600); // a short window: the day cannot show all its events
        m_page->setMode(CalendarPage::Mode::Month);
        m_page->showDate(day);
        QApplication::processEvents();
        MonthView *month = m_page->monthView();
        month->viewport()->grab(); // painting lays out "+N more"
        const QRectF cell = month->dayRect(day);
        QVERIFY(cell.isValid());
        QVERIFY(month->eventsOn(day).size() >= 2);
        const QPoint more(int(cell.right()) - 6, int(cell.top()) + month->fontMetrics().height() / 2 + 2);
        QTest::mouseClick(month->viewport(), Qt::LeftButton, {}, more);
        QCOMPARE(m_page->mode(), CalendarPage::Mode::Week);
        QCOMPARE(m_page->weekView()->selectedDay(), day);
    }

    void theWeekOpensAtItsFirstDeployment() {
        const QDate day = hotfix().plannedStart.toLocalTime().date();
        m_page->setMode(CalendarPage::Mode::Week);
        m_page->showDate(day.addDays(-21)); // another week first, so that showing this one scrolls
        m_page->showDate(day);
        WeekView *week = m_page->weekView();
        int first = -1; // the chosen day's first deployment
        for (const CalendarEvent &e : week->events()) {
            const QDateTime local = e.start.toLocalTime();
            if (e.kind == CalendarEvent::Kind::Deployment && local.date() == day) {
                const int minutes = local.time().hour() * 60 + local.time().minute();
                first = first < 0 ? minutes : std::min(first, minutes);
            }
        }
        QVERIFY(first >= 0);
        QCOMPARE(week->selectedSlot(), first / WeekView::kSlotMinutes * WeekView::kSlotMinutes);
        QVERIFY(week->verticalScrollBar()->value() > 0); // not left at midnight or at 06:00 for an evening slot
    }

    void aBlockDraggedSidewaysInTheWeekKeepsItsTime() {
        const QDateTime hotfixStart = hotfix().plannedStart;
        const QDate day = hotfixStart.toLocalTime().date();
        m_page->setMode(CalendarPage::Mode::Week);
        m_page->showDate(day);
        WeekView *week = m_page->weekView();
        week->scrollToHour(std::max(0, hotfixStart.toLocalTime().time().hour() - 1));
        week->viewport()->grab(); // painting lays out the blocks the mouse finds
        // Grabbed by the hotfix's own block, an hour into it (another deployment may overlap it
        // and share the day's column)...
        const QDateTime grabbedAt = hotfixStart.addSecs(3600);
        const QRect block = week->eventRect(uidOf(hotfix()), hotfixStart);
        QVERIFY(!block.isEmpty());
        const QPoint grab(block.center().x(), week->pointAt(grabbedAt).y());
        QVERIFY(block.contains(grab));
        QTest::mousePress(week->viewport(), Qt::LeftButton, {}, grab);
        QTest::mouseRelease(week->viewport(), Qt::LeftButton, {}, grab);
        QVERIFY(week->selectedEvent() && week->selectedEvent()->movable);
        const Id id = week->selectedEvent()->id;
        const QDateTime start = stored(id).plannedStart;
        // ...and dropped at the same time of day on the next day (the day before on a Sunday).
        const int days = day.dayOfWeek() == 7 ? -1 : 1;
        const QPoint at = week->pointAt(grabbedAt.addDays(days));
        QMimeData mime;
        mime.setData(calendar_mime::deploymentType(), QByteArray::number(id));
        QDragEnterEvent enter(at, Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(week->viewport(), &enter);
        QDragMoveEvent move(at, Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(week->viewport(), &move);
        QDropEvent drop(at, Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(week->viewport(), &drop);
        QCOMPARE(stored(id).plannedStart, start.addDays(days)); // the time of day is kept
    }

    void theAgendaStartsAtTheChosenDay() {
        const QDate day = hotfix().plannedStart.toLocalTime().date().addDays(-3);
        m_page->setMode(CalendarPage::Mode::Agenda);
        m_page->showDate(day);
        AgendaModel *agenda = m_page->agendaModel();
        QVERIFY(agenda->rowCount() > 0);
        for (int row = 0; row < agenda->rowCount(); ++row)
            QVERIFY(agenda->index(row, 0).data(AgendaModel::DateRole).toDate() >= day);
        QVERIFY2(m_page->periodText().contains(QLocale().toString(day, QLocale::ShortFormat)),
                 qPrintable(m_page->periodText()));
        // A window's kind is said once: "Freeze", not "FREEZE Freeze".
        for (int row = 0; row < agenda->rowCount(); ++row) {
            const QModelIndex dayRow = agenda->index(row, 0);
            for (int child = 0; child < agenda->rowCount(dayRow); ++child) {
                const QString kind = agenda->index(child, AgendaModel::KindColumn, dayRow).data().toString();
                QVERIFY2(kind.count(u"freeze"_s, Qt::CaseInsensitive) <= 1, qPrintable(kind));
            }
        }
    }

    void droppingOnAnotherDayKeepsTheTimeOfDay() {
        const Deployment before = hotfix();
        const QDate day = before.plannedStart.toLocalTime().date();
        m_page->setMode(CalendarPage::Mode::Month);
        m_page->showDate(day);
        MonthView *month = m_page->monthView();
        // A day in the same six weeks, a week later or earlier.
        const QDate target = month->dayRect(day.addDays(7)).isValid() ? day.addDays(7) : day.addDays(-7);
        const QPoint at = month->dayRect(target).center().toPoint();
        QMimeData mime;
        mime.setData(calendar_mime::deploymentType(), QByteArray::number(before.id));
        QDragEnterEvent enter(at, Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(month->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDragMoveEvent move(at, Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(month->viewport(), &move);
        QVERIFY(move.isAccepted());
        QDropEvent drop(at, Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(month->viewport(), &drop);
        const QDateTime start = stored(before.id).plannedStart.toLocalTime();
        QCOMPARE(start.date(), target);
        QCOMPARE(start.time(), before.plannedStart.toLocalTime().time());
        QCOMPARE(calendar_mime::decodeDeployment(&mime), before.id);
    }

    void conflictsShowInThePanelAndOnTheirEvents() {
        const Deployment d = hotfix();
        CalendarConflict c;
        c.kind = CalendarConflict::Kind::EnvironmentBooking;
        c.key = u"environment:test"_s;
        c.summary = u"Production is booked twice"_s;
        c.fix = u"Move one deployment"_s;
        c.start = d.plannedStart;
        c.end = d.plannedEnd;
        c.releaseIds = {d.releaseId};
        c.deploymentIds = {d.id};
        c.releases = {u"Hotfix 2026.3.1"_s};
        c.environments = {u"Production"_s};
        m_page->setMode(CalendarPage::Mode::Agenda);
        m_page->showDate(d.plannedStart.toLocalTime().date().addMonths(-2));
        m_page->showConflicts({c});

        ConflictModel *model = m_page->conflictPanel()->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 1);
        QVERIFY(model->index(0, ConflictModel::KindColumn).data().toString().contains(u"\u26A0"_s));
        QCOMPARE(model->index(0, ConflictModel::FixColumn).data().toString(), c.fix);
        QCOMPARE(model->index(0, ConflictModel::EnvironmentsColumn).data().toString(), u"Production"_s);
        QVERIFY(m_page->conflictPanel()->heading().contains(u'1'));

        // Choosing the conflict shows its day and selects the deployment.
        m_page->conflictPanel()->table()->selectRow(0);
        QCOMPARE(m_page->date(), d.plannedStart.toLocalTime().date());
        QVERIFY(m_page->selectedEvent());
        QCOMPARE(m_page->selectedEvent()->uid, uidOf(d));
        const QModelIndex row = m_page->agendaModel()->indexOf(uidOf(d));
        QVERIFY(!row.siblingAtColumn(AgendaModel::ConflictsColumn).data().toString().isEmpty());
        const QString tip = row.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(c.summary) && tip.contains(c.fix), qPrintable(tip));

        m_page->setMode(CalendarPage::Mode::Month);
        QVERIFY(m_page->monthView()->selectEvent(uidOf(d)));
        QCOMPARE(m_page->monthView()->selectedEvent()->conflicts.size(), 1);
        shoot(u"calendar-conflict.png"_s);
    }

    void theConflictFinderFeedsThePanel() {
        // The demo's Autumn production deployment is planned near the year-end freeze.
        const Deployment autumn = deployment(u"2026.4 Autumn"_s, u"Production"_s);
        m_page->refresh();
        const QList<CalendarConflict> found = m_page->source().conflicts();
        QCOMPARE(m_page->conflictPanel()->model()->rowCount(), found.size());
        if (found.isEmpty())
            QVERIFY(m_page->conflictPanel()->heading().contains(u"none"_s));
        for (const CalendarConflict &c : found) {
            if (c.deploymentIds.contains(autumn.id)) {
                QVERIFY(agendaRow(autumn).isValid());
                QVERIFY(!agendaRow(autumn).siblingAtColumn(AgendaModel::ConflictsColumn).data().toString().isEmpty());
            }
        }
    }

    void conflictsYearsAheadAreFoundInTheBackground() {
        // Two releases booking Production at once, three years ahead: past the year searched at once.
        const QDateTime start(QDate::currentDate().addYears(3), QTime(20, 0));
        Deployment a = hotfix();
        Deployment b = deployment(u"2026.4 Autumn"_s, u"Production"_s);
        for (Deployment *d : {&a, &b}) {
            d->id = 0;
            d->outcome = DeploymentOutcome::Planned;
            d->plannedStart = start;
            d->plannedEnd = start.addSecs(3600);
            auto id = ws().deployments().insert(*d);
            QVERIFY(id.ok());
            d->id = *id;
        }
        m_page->refresh();
        const auto bothFar = [&](const CalendarConflict &c) {
            return c.kind == CalendarConflict::Kind::EnvironmentBooking && c.deploymentIds.contains(a.id) &&
                   c.deploymentIds.contains(b.id);
        };
        QTRY_VERIFY(!m_page->source().isSearching());
        const QList<CalendarConflict> all = m_page->source().conflicts();
        QVERIFY(std::any_of(all.cbegin(), all.cend(), bothFar));
        // Searched through, the panel lists every conflict ahead, and the month marks it.
        const QList<CalendarConflict> listed = m_page->conflictPanel()->model()->conflicts();
        QVERIFY(std::any_of(listed.cbegin(), listed.cend(), bothFar));
        m_page->setMode(CalendarPage::Mode::Month);
        m_page->showDate(start.date());
        QVERIFY(m_page->monthView()->selectEvent(uidOf(a)));
        QVERIFY(!m_page->monthView()->selectedEvent()->conflicts.isEmpty());
    }

    void overrideFreezeAsksTheLeadsDialogWhenConnected() {
        const Deployment autumn = deployment(u"2026.4 Autumn"_s, u"Production"_s);
        QSignalSpy spy(m_page, &CalendarPage::overrideRequested);
        m_page->setMode(CalendarPage::Mode::Agenda);
        QVERIFY(agendaRow(autumn).isValid());
        QVERIFY(m_page->selectEvent(uidOf(autumn)));
        auto *action = m_page->findChild<QAction *>(u"calendarOverrideFreeze"_s);
        if (!action->isEnabled())
            QSKIP("The demo's Autumn production deployment is not in a freeze.");
        action->trigger();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<Id>(), autumn.id);
        QVERIFY(spy.at(0).at(1).value<Id>() != 0);

        QSignalSpy newWindow(m_page, &CalendarPage::newWindowRequested);
        m_page->findChild<QAction *>(u"calendarNewWindow"_s)->trigger();
        QCOMPARE(newWindow.count(), 1);
    }

    void anOverrideIsWithdrawnFromTheCalendarAsOneUndoStep() {
        const Deployment autumn = deployment(u"2026.4 Autumn"_s, u"Production"_s);
        QVERIFY(ws().actAs(u"erik"_s));
        const Id yearEnd = ws().calendar().windowByName(u"Year-end change freeze"_s)->id;
        OverrideFreeze give(yearEnd, autumn.id, u"Board agreed: the VAT fix"_s);
        if (!ws().apply(give))
            QSKIP("The demo's Autumn production deployment is not in the year-end freeze.");
        m_page->refresh();
        m_page->setMode(CalendarPage::Mode::Agenda);
        QVERIFY(agendaRow(autumn).isValid());
        QVERIFY(m_page->selectEvent(uidOf(autumn)));
        auto *withdraw = m_page->findChild<QAction *>(u"calendarWithdrawOverride"_s);
        QVERIFY(withdraw->isEnabled());
        withdraw->trigger();
        QVERIFY(ws().calendar().overrides(autumn.id)->isEmpty());
        undoStack()->undo();
        QCOMPARE(ws().calendar().overrides(autumn.id)->size(), 1);
    }

    void paintsMonthWeekAndAgendaAt1366x768() {
        m_page->setMode(CalendarPage::Mode::Month);
        m_page->showDate(QDate::currentDate());
        shoot(u"calendar-month.png"_s);
        m_page->showDate(QDate::currentDate().addDays(14));
        shoot(u"calendar-month-freeze.png"_s);
        m_page->setMode(CalendarPage::Mode::Week);
        m_page->showDate(hotfix().plannedStart.toLocalTime().date());
        shoot(u"calendar-week.png"_s);
        m_page->showDate(deployment(u"2026.4 Autumn"_s, u"Production"_s).plannedStart.toLocalTime().date());
        m_page->weekView()->scrollToHour(14);
        shoot(u"calendar-week-freeze.png"_s);
        m_page->setMode(CalendarPage::Mode::Agenda);
        m_page->showDate(QDate::currentDate());
        shoot(u"calendar-agenda.png"_s);
        QVERIFY(!m_page->monthView()->grab().isNull());
        QVERIFY(!m_page->periodText().isEmpty());
    }

    void paintingAFullMonthStaysCheap() {
        // 13,000 events over five years: the month view only gets the visible six weeks.
        QList<CalendarEvent> events;
        const QDateTime start(QDate::currentDate(), QTime(8, 0));
        for (int i = 0; i < 13000; ++i) {
            CalendarEvent e;
            e.kind = CalendarEvent::Kind::Deployment;
            e.id = i + 1;
            e.uid = u"deployment-%1"_s.arg(i + 1);
            e.title = u"Release %1 \u2192 Production"_s.arg(i);
            e.start = start.addSecs(qint64(i) * 3 * 3600).toUTC();
            e.end = e.start.addSecs(3600);
            events.append(e);
        }
        MonthView *month = m_page->monthView();
        m_page->setMode(CalendarPage::Mode::Month);
        QList<CalendarEvent> visible;
        for (const CalendarEvent &e : events) {
            if (e.start < month->rangeEndUtc() && e.end > month->rangeStartUtc())
                visible.append(e);
        }
        QElapsedTimer timer;
        timer.start();
        month->setEvents(visible, {});
        QVERIFY(!month->grab().isNull());
        qInfo("month with %lld events set and painted in %lld ms", qlonglong(visible.size()), timer.elapsed());
    }
};

QTEST_MAIN(TestCalendarPage)
#include "tst_calendarpage.moc"

#include "DemoWindow.h"
#include "TestSupport.h"

#include "changes/RecordChanges.h"
#include "gantt/GanttExportDialog.h"
#include "gantt/GanttModel.h"
#include "gantt/GanttTimeline.h"
#include "gantt/MonteCarloPanel.h"
#include "gantt/MspdiImportDialog.h"
#include "gantt/PredecessorsDialog.h"
#include "gantt/SchedulePage.h"
#include "gantt/TaskDialog.h"
#include "gantt/WorkDays.h"
#include "import/MspdiReader.h"
#include "release/ReleaseTab.h"
#include "shell/MainWindow.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/PlanStore.h"
#include "storage/ReleaseStore.h"
#include "undo/UndoController.h"
#include "widgets/MessageBar.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QWidgetAction>

using namespace relm;
using namespace Qt::Literals::StringLiterals;

/// The Gantt chart as a release manager uses it: drag bars and links with the mouse, undo them.
class TestSchedulePage final : public QObject {
    Q_OBJECT

private:
    test::TempFolder m_folder;
    std::unique_ptr<MainWindow> m_window;
    SchedulePage *m_page = nullptr;

    Workspace &ws() { return *m_window->workspace(); }
    GanttModel *model() { return m_page->model(); }
    GanttTimeline *timeline() { return m_page->timeline(); }
    int row(const QString &name) {
        for (int r = 0; r < model()->rowCount(); ++r) {
            if (model()->taskAt(r).task.name == name)
                return r;
        }
        return -1;
    }
    PlanTask stored(const QString &name) { return *ws().plan().task(model()->taskAt(row(name)).task.id); }
    void drag(const QPoint &from, const QPoint &to, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        QWidget *viewport = timeline()->viewport();
        QTest::mousePress(viewport, Qt::LeftButton, modifiers, from);
        QTest::mouseMove(viewport, (from + to) / 2);
        QTest::mouseMove(viewport, to);
        QTest::mouseRelease(viewport, Qt::LeftButton, modifiers, to);
    }

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }

    void init() {
        m_window = test::openDemoWindow(m_folder.path(QString::fromLatin1(QTest::currentTestFunction()) + u".db"_s));
        QVERIFY(m_window);
        ReleaseTab *tab = m_window->openRelease(ws().releases().releaseByName(u"2026.4 Autumn"_s)->id);
        m_page = tab->schedulePage();
        tab->setCurrentWidget(m_page);
        timeline()->setToday(QDateTime(QDate::currentDate(), QTime(12, 0)));
    }

    void cleanup() {
        m_page = nullptr;
        m_window.reset();
    }

    void showsTheComputedSchedule() {
        QAbstractItemModelTester tester(model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model()->rowCount(), 13);
        QVERIFY(model()->problem().isEmpty());
        QVERIFY(m_page->message().contains(u"Year-end change freeze"_s));
        const QModelIndex deploy = model()->index(row(u"Deploy to Production"_s), 0);
        QVERIFY(deploy.data(GanttModel::CriticalRole).toBool());
        QVERIFY(deploy.data(GanttModel::BaselineStartRole).toDateTime().isValid()); // the demo baseline
        QVERIFY(model()->index(row(u"Roll-out"_s), 0).data(GanttModel::SummaryRole).toBool());
        // A phase's duration is the span of its tasks (Planner files give phases none of their own).
        const ScheduledTask &rollOut = model()->taskAt(row(u"Roll-out"_s));
        const double spanDays = double(rollOut.times.earlyFinish - rollOut.times.earlyStart) / 480.0;
        QVERIFY(spanDays > 0);
        QCOMPARE(model()->index(row(u"Roll-out"_s), GanttModel::DurationColumn).data().toString(),
                 GanttModel::tr("%1 d").arg(QLocale().toString(spanDays, 'g', 4)));
        QVERIFY(model()->index(row(u"Change board approval"_s), 0).data(GanttModel::MilestoneRole).toBool());
        QCOMPARE(model()->links().size(), 10); // the link to Winter leaves this release
        // The release notes are drafted as late as possible: they end as the change board meets.
        const ScheduledTask &notes = model()->taskAt(row(u"Draft release notes"_s));
        QCOMPARE(notes.task.constraint, ConstraintType::AsLateAsPossible);
        QCOMPARE(notes.times.earlyFinish, model()->taskAt(row(u"Change board approval"_s)).times.earlyStart);
        QVERIFY(notes.times.earlyStart > model()->schedule().tasks.front().times.earlyStart);
        timeline()->scrollTo(model()->schedule().start);
        test::saveScreenshot(m_window.get(), u"schedule.png"_s);
    }

    void dragABarToMoveItThenUndo() {
        timeline()->scrollTo(model()->schedule().start);
        const int r = row(u"Performance test"_s);
        const QRect bar = timeline()->barRect(r);
        const QDateTime before = model()->taskAt(r).start;
        drag(bar.center(), bar.center() + QPoint(int(5 * timeline()->scale().pixelsPerDay()), 0));
        const PlanTask moved = stored(u"Performance test"_s);
        QCOMPARE(moved.constraint, ConstraintType::StartNoEarlierThan);
        QVERIFY(model()->taskAt(row(u"Performance test"_s)).start > before);
        QCOMPARE(m_window->undoController()->stack()->count(), 1);
        m_window->undoController()->stack()->undo();
        QCOMPARE(stored(u"Performance test"_s).constraint, ConstraintType::AsSoonAsPossible);
        QCOMPARE(model()->taskAt(row(u"Performance test"_s)).start, before);
    }

    void theTaskDialogSetsAnyDateConstraint() {
        const int r = row(u"Performance test"_s);
        const ScheduledTask before = model()->taskAt(r);
        const QDateTime finishOn = before.finish.addDays(7);
        bool answered = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<TaskDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QComboBox *constraint = dialog->constraintField();
            QCOMPARE(constraint->count(), 8);
            QVERIFY(!dialog->constraintDateField()->isEnabled()); // as soon as possible has no date
            // The date starts at the task's scheduled start, ready to adjust.
            QCOMPARE(dialog->constraintDateField()->dateTime(), before.start);
            constraint->setCurrentIndex(constraint->findData(int(ConstraintType::MustFinishOn)));
            QVERIFY(dialog->constraintDateField()->isEnabled());
            dialog->constraintDateField()->setDateTime(finishOn);
            test::saveScreenshot(dialog, u"task-dialog.png"_s);
            answered = true;
            dialog->accept();
        });
        // Opened from the keyboard: Enter on the task's row.
        m_page->table()->setCurrentIndex(m_page->table()->model()->index(r, GanttModel::NameColumn));
        QTest::keyClick(m_page->table(), Qt::Key_Return);
        QVERIFY(answered);
        const PlanTask stored = this->stored(u"Performance test"_s);
        QCOMPARE(stored.constraint, ConstraintType::MustFinishOn);
        QCOMPARE(stored.constraintDate, finishOn);
        const ScheduledTask after = model()->taskAt(row(u"Performance test"_s));
        QCOMPARE(after.finish, finishOn);
        const QString tip = model()->index(row(u"Performance test"_s), 0).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(constraintName(ConstraintType::MustFinishOn)), qPrintable(tip));
        m_window->undoController()->stack()->undo();
        QCOMPARE(this->stored(u"Performance test"_s).constraint, before.task.constraint);
        QCOMPARE(model()->taskAt(row(u"Performance test"_s)).start, before.start);
    }

    void dragTheEndToChangeTheDuration() {
        timeline()->scrollTo(model()->schedule().start);
        const int r = row(u"Build release candidate"_s);
        const QRect bar = timeline()->barRect(r);
        const qint64 before = stored(u"Build release candidate"_s).duration;
        drag(QPoint(bar.right() - 1, bar.center().y()),
             QPoint(bar.right() + int(2 * timeline()->scale().pixelsPerDay()), bar.center().y()));
        QVERIFY(stored(u"Build release candidate"_s).duration > before);
        m_window->undoController()->stack()->undo();
        QCOMPARE(stored(u"Build release candidate"_s).duration, before);
    }

    void shiftDragLinksTwoTasksAndRefusesACycle() {
        timeline()->scrollTo(model()->schedule().start);
        const int links = int(model()->links().size());
        const QRect performance = timeline()->barRect(row(u"Performance test"_s));
        const QRect staging = timeline()->barRect(row(u"Deploy to Staging"_s));
        drag(performance.center(), staging.center(), Qt::ShiftModifier);
        QCOMPARE(model()->links().size(), links + 1);
        // Linking back would close a cycle: refused, explained, and nothing kept.
        const QRect build = timeline()->barRect(row(u"Build release candidate"_s));
        QUndoStack *stack = m_window->undoController()->stack();
        const int steps = stack->count();
        const int audits = int(m_window->workspace()->auditLog().entries()->size());
        drag(timeline()->barRect(row(u"Deploy to Staging"_s)).center(), build.center(), Qt::ShiftModifier);
        QCOMPARE(model()->links().size(), links + 1);
        QVERIFY2(m_page->message().contains(u"cycle"_s), qPrintable(m_page->message()));
        QVERIFY(model()->problem().isEmpty());
        // The refused link never reached the undo stack, so Redo cannot replay it, and nothing was
        // written, not even an audit entry.
        QCOMPARE(stack->count(), steps);
        QVERIFY(!stack->canRedo());
        QCOMPARE(int(m_window->workspace()->auditLog().entries()->size()), audits);
        // Undo the good link, and Redo writes it again (checked again, and allowed).
        stack->undo();
        QCOMPARE(model()->links().size(), links);
        stack->redo();
        QCOMPARE(model()->links().size(), links + 1);
    }

    QList<PlanLink> linksInto(const QString &name) {
        const Id id = model()->taskAt(row(name)).task.id;
        QList<PlanLink> into;
        // A local: a range-for over a member of the temporary Result would outlive it (C++20).
        const Result<QList<PlanLink>> links = ws().plan().links();
        for (const PlanLink &link : *links) {
            if (link.successorId == id)
                into.append(link);
        }
        return into;
    }
    /// Opens the predecessors of `name` with Ctrl+L on its row, and runs `answer` in the dialog.
    void withPredecessorsOf(const QString &name, const std::function<void(PredecessorsDialog *)> &answer) {
        bool answered = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<PredecessorsDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            const auto close = qScopeGuard([dialog] {
                if (dialog->isVisible()) // a failed check inside would leave it open
                    dialog->reject();
            });
            answer(dialog);
            answered = true;
        });
        m_page->table()->setFocus();
        m_page->table()->setCurrentIndex(m_page->table()->model()->index(row(name), GanttModel::NameColumn));
        QTest::keyClick(m_page->table(), Qt::Key_L, Qt::ControlModifier);
        QVERIFY(answered);
    }

    void predecessorsAreChosenWithoutTheMouseAsOneStep() {
        const QList<PlanLink> before = linksInto(u"Deploy to Staging"_s);
        QVERIFY(!before.isEmpty());
        const Id performance = model()->taskAt(row(u"Performance test"_s)).task.id;
        QUndoStack *stack = m_window->undoController()->stack();
        const int steps = stack->count();
        withPredecessorsOf(u"Deploy to Staging"_s, [&](PredecessorsDialog *dialog) {
            QCOMPARE(dialog->list()->count(), before.size());
            // Take the first predecessor away, and add the performance test, start to start, a day later.
            dialog->list()->setCurrentRow(0);
            QTest::keyClick(dialog->list(), Qt::Key_Delete);
            QCOMPARE(dialog->list()->count(), before.size() - 1);
            QTest::keyClick(dialog->addButton(), Qt::Key_Space);
            QCOMPARE(dialog->list()->count(), before.size());
            QComboBox *task = dialog->taskField();
            task->setCurrentIndex(task->findData(performance));
            dialog->typeField()->setCurrentIndex(dialog->typeField()->findData(int(LinkType::StartToStart)));
            // A lag that is not working time is named, and OK waits until it is mended.
            QTest::keyClicks(dialog->lagField(), u"soon"_s);
            dialog->accept();
            QVERIFY2(dialog->problem().contains(u"soon"_s), qPrintable(dialog->problem()));
            QCOMPARE(dialog->result(), int(QDialog::Rejected));
            dialog->lagField()->clear();
            QTest::keyClicks(dialog->lagField(), u"1d"_s);
            QVERIFY(dialog->problem().isEmpty());
            QVERIFY2(dialog->list()->currentItem()->text().contains(u"lag 1 d"_s),
                     qPrintable(dialog->list()->currentItem()->text()));
            test::saveScreenshot(dialog, u"predecessors-dialog.png"_s);
            dialog->accept();
        });
        const QList<PlanLink> after = linksInto(u"Deploy to Staging"_s);
        QCOMPARE(after.size(), before.size());
        QVERIFY(!after.contains(before.first()));
        const auto added = std::find_if(after.cbegin(), after.cend(),
                                        [&](const PlanLink &l) { return l.predecessorId == performance; });
        QVERIFY(added != after.cend());
        QCOMPARE(added->type, LinkType::StartToStart);
        QCOMPARE(added->lag, 480);
        // The chart draws the new link at once.
        const QList<GanttModel::RowLink> drawn = model()->links();
        QVERIFY(std::any_of(drawn.cbegin(), drawn.cend(), [&](const GanttModel::RowLink &l) {
            return l.from == row(u"Performance test"_s) && l.to == row(u"Deploy to Staging"_s) &&
                   l.type == LinkType::StartToStart;
        }));
        // One step, undone as one; the task stays the one in hand.
        const Id staging = model()->taskAt(row(u"Deploy to Staging"_s)).task.id;
        QCOMPARE(m_page->selectedTaskId(), staging);
        QCOMPARE(stack->count(), steps + 1);
        QVERIFY(m_window->undoController()->undo());
        QCOMPARE(linksInto(u"Deploy to Staging"_s), before);
        QCOMPARE(m_page->selectedTaskId(), staging);
        QVERIFY(m_window->undoController()->redo());
        QCOMPARE(linksInto(u"Deploy to Staging"_s).size(), after.size());
    }

    void aLagReadsAsTheTableShowsIt() {
        // In German the table writes "1,5 T"; the dialog shows and reads the same, and the forms
        // relm-cli takes.
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        PlanLink link;
        link.lag = 720;
        const QString shown = shownLag(link);
        PlanLink read;
        const bool readBack = readLag(read, shown);
        PlanLink share;
        const bool readShare = readLag(share, u"12,5%"_s);
        PlanLink lead;
        const bool readLead = readLag(lead, u"-4h"_s);
        PlanLink wrong;
        const bool readWrong = readLag(wrong, u"bald"_s);
        QLocale::setDefault(before);
        QVERIFY2(readBack && read.lag == 720, qPrintable(shown));
        QVERIFY(readShare && share.lagIsPercent && share.lagPercent == 12.5);
        QVERIFY(readLead && lead.lag == -240);
        QVERIFY(!readWrong);
    }

    void aPredecessorThatClosesACycleIsRefusedAndWritesNothing() {
        const Id staging = model()->taskAt(row(u"Deploy to Staging"_s)).task.id;
        const QList<PlanLink> before = linksInto(u"Build release candidate"_s);
        QUndoStack *stack = m_window->undoController()->stack();
        const int steps = stack->count();
        const int audits = int(ws().auditLog().entries()->size());
        withPredecessorsOf(u"Build release candidate"_s, [&](PredecessorsDialog *dialog) {
            QTest::keyClick(dialog->addButton(), Qt::Key_Space);
            dialog->taskField()->setCurrentIndex(dialog->taskField()->findData(staging));
            dialog->accept();
            // The refusal shows in the dialog, which stays open with the choices to mend.
            QVERIFY2(dialog->problem().contains(u"cycle"_s), qPrintable(dialog->problem()));
            QVERIFY(dialog->isVisible());
            QCOMPARE(dialog->links().size(), before.size() + 1);
            dialog->reject();
        });
        QCOMPARE(linksInto(u"Build release candidate"_s), before);
        QCOMPARE(stack->count(), steps);
        QCOMPARE(int(ws().auditLog().entries()->size()), audits);
        // Without a selected task the command says what to do.
        m_page->table()->clearSelection();
        m_page->table()->setCurrentIndex({});
        m_page->editPredecessors();
        QVERIFY2(m_page->message().contains(u"Select the task"_s), qPrintable(m_page->message()));
    }

    void aPlanStoredUnschedulableShowsItsErrorAndCanBeMended() {
        // A database written by an older Relm (or another tool) may hold a plan that cannot be
        // scheduled. It opens; the release says why instead of taking the window down.
        const QString path = ws().database().location();
        const Id autumn = ws().releases().releaseByName(u"2026.4 Autumn"_s)->id;
        m_page = nullptr;
        m_window.reset();
        {
            auto opened = Workspace::openFile(path);
            QVERIFY(opened);
            Workspace &raw = **opened;
            auto tasks = *raw.plan().tasks(autumn);
            auto named = [&](const QString &name) {
                return std::find_if(tasks.cbegin(), tasks.cend(), [&](const PlanTask &t) { return t.name == name; })
                    ->id;
            };
            // Written past the rules, straight into the store, as old or foreign data would be.
            QVERIFY(raw.plan().insert(PlanLink{0, named(u"Early-life support"_s), named(u"Build release candidate"_s),
                                               LinkType::FinishToStart, 0, 0, false}));
        }
        m_window = test::openDemoWindow(path);
        QVERIFY(m_window);
        ReleaseTab *tab = m_window->openRelease(autumn);
        m_page = tab->schedulePage();
        tab->setCurrentWidget(m_page);
        QVERIFY2(model()->problem().contains(u"cycle"_s), qPrintable(model()->problem()));
        QVERIFY(model()->problem().contains(u"Build release candidate"_s));
        // Edits that leave it unschedulable are refused; taking the bad link away mends it.
        const auto tasks = *ws().plan().tasks(autumn);
        const PlanTask task = *std::find_if(tasks.cbegin(), tasks.cend(),
                                            [](const PlanTask &t) { return t.name == u"Performance test"_s; });
        PlanTask renamed = task;
        renamed.name = u"Load test"_s;
        QVERIFY(!m_window->undoController()->perform(std::make_unique<EditRecord<PlanTask>>(task, renamed)));
        const PlanLink bad = ws().plan().links(autumn)->last();
        QVERIFY(m_window->undoController()->perform(std::make_unique<RemoveRecord<PlanLink>>(bad)));
        QVERIFY2(model()->problem().isEmpty(), qPrintable(model()->problem()));
        QCOMPARE(model()->rowCount(), int(tasks.size()));
    }

    void exportDialogProposesANameAndTheBarSaysWhereItWent() {
        const std::unique_ptr<GanttExportDialog> dialog = m_page->exportDialog();
        const QString day = ws().clock()().toLocalTime().date().toString(Qt::ISODate);
        QCOMPARE(QFileInfo(dialog->path()).fileName(), u"2026.4 Autumn-schedule-%1.pdf"_s.arg(day));
        QCOMPARE(QFileInfo(dialog->path()).absolutePath(),
                 QFileInfo(GanttExportDialog::lastFolder()).absoluteFilePath());
        QVERIFY2(dialog->summary().contains(u"1 page"_s), qPrintable(dialog->summary()));
        dialog->findChild<QSpinBox *>(u"exportPagesWide"_s)->setValue(3);
        QVERIFY2(dialog->summary().contains(u"3 pages"_s), qPrintable(dialog->summary()));
        dialog->setPng(true);
        QVERIFY(dialog->path().endsWith(u"-schedule-%1.png"_s.arg(day)));
        QVERIFY(dialog->findChild<QSpinBox *>(u"exportPngWidth"_s)->isVisibleTo(dialog.get()));
        QVERIFY(!dialog->findChild<QComboBox *>(u"exportPaper"_s)->isVisibleTo(dialog.get()));
        dialog->setPng(false);
        QVERIFY(dialog->path().endsWith(u".pdf"_s));
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        test::saveScreenshot(dialog.get(), u"gantt-export-dialog.png"_s);
        dialog->hide();

        // Written off the UI thread; then the message bar says where, with a button to open it.
        const QString path = m_folder.path(u"chart.pdf"_s);
        dialog->setPath(path);
        QSignalSpy finished(m_page, &SchedulePage::exportFinished);
        m_page->exportChart(dialog->settings());
        QVERIFY(finished.wait(30000));
        QVERIFY(finished.first().first().toBool());
        QVERIFY2(m_page->message().contains(u"Saved to"_s), qPrintable(m_page->message()));
        QVERIFY(m_page->message().contains(u"chart.pdf"_s));
        auto *open = m_page->findChild<QToolButton *>(u"messageAction"_s);
        QVERIFY(open && !open->isHidden());
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QCOMPARE(pdf.read(5), QByteArray("%PDF-"));
        QCOMPARE(pdf.size() > 2000, true);
        test::keepForLooking(path, u"gantt-from-the-window.pdf"_s);
        // The next export starts in the same folder.
        QCOMPARE(QFileInfo(m_page->exportDialog()->path()).absolutePath(), QFileInfo(path).absolutePath());

        // A picture of the range in view.
        GanttExportSettings picture = dialog->settings();
        picture.png = true;
        picture.rangeInView = true;
        picture.path = m_folder.path(u"view.png"_s);
        picture.image.width = 1000;
        timeline()->scrollTo(model()->schedule().start);
        m_page->exportChart(picture);
        QVERIFY(finished.wait(30000));
        QCOMPARE(QImage(picture.path).width(), 1000);

        // A folder that does not exist: said plainly, nothing written.
        picture.path = u"/nonexistent/folder/x.png"_s;
        m_page->exportChart(picture);
        QVERIFY(finished.wait(30000));
        QVERIFY(!finished.last().first().toBool());
        QVERIFY2(m_page->message().contains(u"could not be exported"_s), qPrintable(m_page->message()));
        QVERIFY(m_page->message().contains(u"/nonexistent/folder/x.png"_s));
        QVERIFY(open->isHidden());
    }

    void exportToMsProjectXmlAndImportItAgain() {
        // The action sits beside Export… in the Import/Export menu: an action of the toolbar (a
        // widget would be left out of the "»" menu when the page is narrow).
        auto *action = m_page->findChild<QAction *>(u"scheduleExportMspdi"_s);
        QVERIFY(action && action->isVisible());
        auto *transfer = m_page->findChild<QAction *>(u"scheduleTransfer"_s);
        QVERIFY(transfer && !qobject_cast<QWidgetAction *>(transfer) && transfer->menu()->actions().contains(action));
        QVERIFY(m_page->findChild<QToolBar *>()->actions().contains(transfer));
        QVERIFY(m_page->mspdiExportPath().endsWith(u"2026.4 Autumn.xml"_s));
        const QString path = m_folder.path(u"autumn.xml"_s);
        QVERIFY(m_page->exportMspdi(path));
        QVERIFY2(m_page->message().contains(u"Saved to"_s), qPrintable(m_page->message()));
        const auto read = MspdiReader::read(path);
        QVERIFY2(read, qPrintable(read.errorMessage()));
        QCOMPARE(int(read->input.tasks.size()), model()->rowCount());
        QVERIFY(!m_page->exportMspdi(u"/nonexistent/folder/autumn.xml"_s));
        QVERIFY2(m_page->message().contains(u"could not be exported"_s), qPrintable(m_page->message()));

        // The import dialog: a file is needed; the plan keeps its dates unless asked to move.
        MspdiImportDialog dialog;
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        dialog.findChild<QLineEdit *>(u"mspdiImportPath"_s)->setText(path);
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.path(), path);
        QVERIFY(!dialog.options().moveToReleaseStart);
        dialog.findChild<QCheckBox *>(u"mspdiImportMove"_s)->setChecked(true);
        QVERIFY(dialog.options().moveToReleaseStart);

        // Imported again into the release: twice the tasks, one undo step.
        const int before = model()->rowCount();
        QUndoStack *stack = m_window->undoController()->stack();
        const int steps = stack->count();
        m_page->importFile(path);
        QCOMPARE(model()->rowCount(), 2 * before);
        QCOMPARE(stack->count(), steps + 1);
        stack->undo();
        QCOMPARE(model()->rowCount(), before);
    }

    void slipAgainstTheBaselineAndConflicts() {
        const QModelIndex uat = model()->index(row(u"User acceptance on Staging"_s), GanttModel::SlipColumn);
        QCOMPARE(uat.data(GanttModel::SlipRole).toLongLong(), 3 * 480); // the demo's three extra days
        QCOMPARE(uat.data().toString(), u"3 d"_s);
        QVERIFY(model()->headerData(GanttModel::SlipColumn, Qt::Horizontal).toString().contains(u"Plan of record"_s));
        // Conflicts span every release, so they are checked just after the page settles.
        QTRY_VERIFY2(m_page->message().contains(u"Staging is booked twice"_s), qPrintable(m_page->message()));
        QVERIFY(m_page->message().contains(u"Hotfix 2026.3.1"_s));
        // The chart frames the release's own tasks in a double booking, as its legend says.
        const auto framed = [this](const QString &name) {
            return model()->index(row(name), 0).data(GanttModel::ConflictRole).toBool();
        };
        QVERIFY(framed(u"Deploy to Staging"_s) || framed(u"User acceptance on Staging"_s));
    }

    void severalWarningsFoldIntoOneLineUntilAskedFor() {
        // Autumn warns of its freeze and of environments booked twice: the bar shows the first with
        // a count and a Show All button (tst_messagebar tries the folding), so the Gantt keeps its rows.
        QTRY_VERIFY2(m_page->message().count(u'\n') >= 1, qPrintable(m_page->message()));
        auto *button = m_page->findChild<MessageBar *>()->findChild<QToolButton *>(u"messageAction"_s);
        QVERIFY(button && button->isVisible());
        QCOMPARE(button->text(), u"Show All"_s);
    }

    void monteCarloRunsInTheBackground() {
        MonteCarloPanel *panel = m_page->monteCarlo();
        m_page->findChild<QAction *>(u"scheduleMonteCarlo"_s)->setChecked(true);
        QVERIFY(panel->isVisible());
        panel->iterationsField()->setValue(1000);
        panel->targetField()->setDate(model()->schedule().finish.date().addDays(14));
        QSignalSpy finished(panel, &MonteCarloPanel::finished);
        panel->run();
        QVERIFY(finished.wait(20000)); // the result arrives through the event loop
        QVERIFY(!panel->isRunning());
        QVERIFY2(panel->summary().contains(u"P80"_s), qPrintable(panel->summary()));
        QVERIFY(panel->summary().contains(u"1000 iterations"_s));
        QVERIFY(panel->summary().contains(u"chance of finishing"_s));
        QVERIFY(panel->chart()->chart()->series().size() == 1);
        test::saveScreenshot(m_window.get(), u"montecarlo.png"_s);
    }

    void portfolioGanttShowsEveryReleaseAndTheirLinks() {
        SchedulePage *portfolio = m_window->openPortfolioGantt();
        GanttModel *all = portfolio->model();
        QAbstractItemModelTester tester(all, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(all->isPortfolio());
        QStringList releases;
        QStringList conflicting;
        for (int r = 0; r < all->rowCount(); ++r) {
            if (all->taskAt(r).task.id < 0)
                releases.append(all->taskAt(r).task.name);
            if (all->index(r, 0).data(GanttModel::ConflictRole).toBool())
                conflicting.append(all->taskAt(r).task.name);
        }
        QCOMPARE(releases, (QStringList{u"2026.4 Autumn"_s, u"Hotfix 2026.3.1"_s, u"2027.1 Winter"_s}));
        // Autumn's acceptance and the hotfix's regression test, both on Staging. The demo's dates
        // follow today's, so on some days another pair overlaps too.
        QVERIFY2(conflicting.contains(u"User acceptance on Staging"_s), qPrintable(conflicting.join(u", "_s)));
        QVERIFY2(conflicting.contains(u"Regression test on Staging"_s), qPrintable(conflicting.join(u", "_s)));
        bool crossRelease = false;
        for (const GanttModel::RowLink &l : all->links())
            crossRelease = crossRelease || all->taskAt(l.from).task.releaseId != all->taskAt(l.to).task.releaseId;
        QVERIFY(crossRelease);
        QVERIFY(portfolio->message().contains(u"booked twice"_s));
        QVERIFY(!portfolio->findChild<QAction *>(u"scheduleAddTask"_s)->isVisible());
        QCOMPARE(m_window->openPortfolioGantt(), portfolio); // one tab
        const gantt::Chart chart = portfolio->chart();
        QCOMPARE(chart.title, u"Portfolio"_s);
        QCOMPARE(chart.rows.first().depth, 0); // a release row
        QCOMPARE(chart.rows.at(1).depth, 1);   // its first task
        portfolio->timeline()->scrollTo(all->schedule().tasks.first().start);
        test::saveScreenshot(m_window.get(), u"portfolio.png"_s);
    }

    void aHolidayInTheReleaseCalendarMovesTheDates() {
        const int r = row(u"Early-life support"_s);
        const ScheduledTask before = model()->taskAt(r);
        WorkCalendar calendar = WorkCalendar::standard();
        calendar.addHoliday(before.start.date());
        m_page->applyCalendar(u"Autumn calendar"_s, calendar);
        const ScheduledTask after = model()->taskAt(row(u"Early-life support"_s));
        QVERIFY2(after.start > before.start, qPrintable(after.start.toString(Qt::ISODate)));
        QVERIFY(ws().releases().releaseByName(u"2026.4 Autumn"_s)->calendarId != 0);
        QCOMPARE(m_window->undoController()->stack()->count(), 1); // created and assigned in one step
        m_window->undoController()->stack()->undo();
        QCOMPARE(model()->taskAt(row(u"Early-life support"_s)).start, before.start);
        QCOMPARE(ws().releases().releaseByName(u"2026.4 Autumn"_s)->calendarId, Id(0));
        // A second edit changes the calendar in place.
        m_window->undoController()->stack()->redo();
        calendar.addHoliday(before.start.date().addDays(1));
        m_page->applyCalendar(u"Autumn calendar"_s, calendar);
        QCOMPARE(ws().plan().calendars()->size(), 1);
    }

    void zoomChangesTheScale() {
        const double days = timeline()->scale().pixelsPerDay();
        timeline()->zoomOut();
        QVERIFY(timeline()->scale().pixelsPerDay() < days);
        timeline()->zoomIn();
        timeline()->zoomIn();
        QVERIFY(timeline()->scale().pixelsPerDay() > days);
        // At hours, the row above them names each day in full.
        for (int step = 0; step < 4 && timeline()->scale().zoom() != TimeScale::Zoom::Hours; ++step)
            timeline()->zoomIn();
        QCOMPARE(timeline()->scale().zoom(), TimeScale::Zoom::Hours);
        const QDateTime morning(QDate(2026, 12, 10), QTime(9, 0));
        QCOMPARE(timeline()->scale().majorTicks(morning, morning.addSecs(4 * 3600)).value(0).label,
                 QLocale().toString(morning.date(), u"ddd d MMM yyyy"_s));
    }
};

QTEST_MAIN(TestSchedulePage)
#include "tst_schedulepage.moc"

#include "DemoWindow.h"
#include "TestSupport.h"

#include "changes/Workspace.h"
#include "gantt/SchedulePage.h"
#include "release/ReleaseTab.h"
#include "shell/ActingPersonPicker.h"
#include "shell/LaunchRequest.h"
#include "shell/MainWindow.h"
#include "shell/PlanOpener.h"
#include "storage/Database.h"
#include "storage/DirectoryStore.h"
#include "storage/PlanStore.h"
#include "storage/ReleaseStore.h"
#include "undo/UndoController.h"
#include "widgets/MessageBar.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QTest>
#include <QUndoStack>

using namespace relm;
using namespace Qt::Literals::StringLiterals;

/// Opening another tool's plan file in the real main window: shown at once as a new release on its
/// Schedule page, asked about afterwards.
class TestPlanOpen final : public QObject {
    Q_OBJECT

private:
    test::TempFolder m_folder;

    static QString dataFile(const QString &name) {
        return qEnvironmentVariable("RELM_SOURCE_DIR", QDir::currentPath()) + u"/tests/data/plans/"_s + name;
    }
    QString database() const { return m_folder.path(QString::fromLatin1(QTest::currentTestFunction()) + u".db"_s); }

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }

    void aPlanOpensAsANewReleaseOnItsSchedulePage() {
        auto window = test::openDemoWindow(database());
        QVERIFY(window);
        const int releasesBefore = int(window->workspace()->releases().releases()->size());
        auto opened = window->planOpener()->open(dataFile(u"small.gan"_s));
        QVERIFY2(opened, qPrintable(opened.errorMessage()));
        QVERIFY(!QApplication::activeModalWidget()); // nothing stood between the file and the plan
        auto release = window->workspace()->releases().release(*opened);
        QVERIFY(release);
        QCOMPARE(release->name, u"small"_s);
        QCOMPARE(release->plannedStart, QDate(2026, 1, 5));
        ReleaseTab *tab = window->currentReleaseTab();
        QVERIFY(tab);
        QCOMPARE(tab->releaseId(), *opened);
        QCOMPARE(tab->currentWidget(), static_cast<QWidget *>(tab->schedulePage()));
        QVERIFY2(window->windowTitle().contains(u"small.gan"_s), qPrintable(window->windowTitle()));
        QVERIFY2(window->messageBar()->text().contains(u"Imported small.gan (GanttProject)"_s),
                 qPrintable(window->messageBar()->text()));
        QCOMPARE(window->workspace()->plan().tasks(*opened)->size(), 8);
        // One undo step takes it all out again.
        window->undoController()->stack()->undo();
        QCOMPARE(int(window->workspace()->releases().releases()->size()), releasesBefore);
    }

    void aBrokenPlanIsRefusedWithItsLineAndNothingChanges() {
        auto window = test::openDemoWindow(database());
        QVERIFY(window);
        const QString path = m_folder.path(u"broken.planner"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<?xml version=\"1.0\"?>\n<project project-start=\"20260105T000000Z\">\n<tasks>\n"
                   "<task id=\"1\" name=\"A\" work=\"lots\"/>\n</tasks>\n</project>\n");
        file.close();
        const int releasesBefore = int(window->workspace()->releases().releases()->size());
        auto opened = window->planOpener()->open(path);
        QVERIFY(!opened);
        QVERIFY2(opened.errorMessage().contains(u"line 4: task \u201CA\u201D (id 1) has work=\u201Clots\u201D"_s),
                 qPrintable(opened.errorMessage()));
        QCOMPARE(int(window->workspace()->releases().releases()->size()), releasesBefore);
        QVERIFY(!window->undoController()->stack()->canUndo());
    }

    void openingWithADatabaseAsksWhoActsOnlyAfterThePlanIsShown() {
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString path = database();
        auto opened = window.planOpener()->openWithDatabase(path, dataFile(u"small.planner"_s));
        QVERIFY2(opened, qPrintable(opened.errorMessage()));
        // The plan is there first, imported as the default person ...
        ReleaseTab *tab = window.currentReleaseTab();
        QVERIFY(tab);
        QCOMPARE(tab->currentWidget(), static_cast<QWidget *>(tab->schedulePage()));
        const QString guessed = window.workspace()->actingPerson().login;
        QVERIFY(!guessed.isEmpty());
        if (guessed == operatingSystemUser())
            QSKIP("this machine's user is in the demo data: nothing to ask");
        // ... and then Relm asks, without blocking.
        auto *ask = window.findChild<QInputDialog *>(u"whoAreYou"_s);
        QVERIFY(ask);
        QVERIFY(ask->isVisible());
        auto people = window.workspace()->directory().people();
        QVERIFY(people && people->size() > 1);
        const Person other = people->last();
        QVERIFY(other.login != guessed);
        ask->setTextValue(other.displayName);
        ask->accept();
        QCOMPARE(window.workspace()->actingPerson().login, other.login);
        QCOMPARE(ActingPersonPicker::rememberedLogin(window.workspace()->database().location()), other.login);
    }

    void thePlanCanMoveToANewDatabaseAfterwards() {
        auto window = test::openDemoWindow(database());
        QVERIFY(window);
        const QString first = window->workspace()->database().location();
        QVERIFY(window->planOpener()->open(dataFile(u"small.planner"_s)));
        // The banner says why dates may differ, as relm-cli does.
        QVERIFY2(window->messageBar()->text().contains(u"elapsed time"_s), qPrintable(window->messageBar()->text()));
        const QString second = m_folder.path(u"plan-only.db"_s);
        auto moved = window->planOpener()->moveToNewDatabase(second);
        QVERIFY2(moved, qPrintable(moved.errorMessage()));
        QCOMPARE(window->workspace()->database().location(), second);
        auto there = window->workspace()->releases().releaseByName(u"small"_s);
        QVERIFY(there);
        QCOMPARE(window->workspace()->releases().releases()->size(), 1);
        QCOMPARE(window->currentReleaseTab()->releaseId(), there->id);
        window.reset();
        auto before = test::openWorkspace(first, false);
        QVERIFY(before);
        QVERIFY(!before->releases().releaseByName(u"small"_s)); // given back by the first database
    }

    void theCommandLineTellsPlansFromDatabases() {
        const auto plan = LaunchRequest::from({u"plans/small.gan"_s}, u"work.db"_s);
        QCOMPARE(plan.plan, QDir::current().absoluteFilePath(u"plans/small.gan"_s));
        QCOMPARE(plan.database, u"work.db"_s);
        const auto planner = LaunchRequest::from({u"/tmp/kitchen.planner"_s}, QString());
        QCOMPARE(planner.plan, u"/tmp/kitchen.planner"_s);
        QVERIFY(!planner.database.isEmpty());
        const auto database = LaunchRequest::from({u"other.db"_s}, u"work.db"_s);
        QCOMPARE(database.database, u"other.db"_s);
        QVERIFY(database.plan.isEmpty());
        // A database named on the command line is the user's choice; the default one is not.
        QVERIFY(plan.databaseNamed);
        if (qEnvironmentVariable("RELM_DB").isEmpty())
            QVERIFY(!planner.databaseNamed);
    }

    void aPlanOpenedIntoANewNamedDatabaseStartsItEmpty() {
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString path = database();
        QVERIFY(!QFile::exists(path));
        auto opened = window.planOpener()->openWithDatabase(path, dataFile(u"small.planner"_s), u"carol"_s,
                                                            PlanOpener::NewDatabase::Empty);
        QVERIFY2(opened, qPrintable(opened.errorMessage()));
        QVERIFY(!QApplication::activeModalWidget()); // one person, nobody to ask about
        Workspace *ws = window.workspace();
        QCOMPARE(ws->database().location(), QFileInfo(path).absoluteFilePath());
        auto people = ws->directory().people();
        QVERIFY(people);
        QCOMPARE(people->size(), 1);
        QCOMPARE(people->first().login, u"carol"_s);
        QCOMPARE(ws->actingPerson().login, u"carol"_s);
        auto releases = ws->releases().releases();
        QVERIFY(releases);
        QCOMPARE(releases->size(), 1); // the plan's, and no demo portfolio
        QCOMPARE(releases->first().name, u"small"_s);
        QCOMPARE(ws->plan().tasks(*opened)->size(), 8);
    }
};

QTEST_MAIN(TestPlanOpen)
#include "tst_planopen.moc"

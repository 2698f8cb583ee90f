#include "DemoWindow.h"
#include "TestSupport.h"
#include "signoff/GateChecklist.h"
#include "signoff/GateDialog.h"

#include "calendar/CalendarPage.h"
#include "calendar/ConflictPanel.h"
#include "i18n/SourceTextTranslator.h"
#include "navigator/NavigatorModel.h"
#include "navigator/NavigatorPanel.h"
#include "release/NewReleaseDialog.h"
#include "release/ReleaseOverviewPage.h"
#include "release/ReleaseTab.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"
#include "storage/ReleaseStore.h"
#include "undo/UndoController.h"
#include "widgets/MessageBar.h"
#include "widgets/SectionHeading.h"

#include <QAction>
#include <QApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace relm;
using namespace Qt::Literals::StringLiterals;

/// Drives the real main window offscreen, as a user would with mouse and keyboard.
class TestMainWindow final : public QObject {
    Q_OBJECT

private:
    test::TempFolder m_folder;
    std::unique_ptr<MainWindow> m_window;

    Workspace &ws() { return *m_window->workspace(); }
    Release stored(const QString &name) { return *ws().releases().releaseByName(name); }
    QAction *action(const QString &name) { return m_window->findChild<QAction *>(name); }

    template<typename T>
    T *field(QWidget *page, const QString &accessibleName) {
        for (T *w : page->findChildren<T *>()) {
            if (w->accessibleName() == accessibleName)
                return w;
        }
        return nullptr;
    }

    ReleaseOverviewPage *openOverview(const QString &name) {
        ReleaseTab *tab = m_window->openRelease(stored(name).id);
        return tab ? tab->overview() : nullptr;
    }

    /// "Overview 700, Package 650": each page's least width, for a failure's message.
    static QString leastWidths(const QTabWidget *tabs) {
        QStringList widths;
        for (int i = 0; tabs && i < tabs->count(); ++i)
            widths.append(u"%1 %2"_s.arg(tabs->tabText(i)).arg(tabs->widget(i)->minimumSizeHint().width()));
        return widths.join(u", "_s);
    }

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }

    void init() {
        m_window = test::openDemoWindow(m_folder.path(QString::fromLatin1(QTest::currentTestFunction()) + u".db"_s),
                                        {1280, 800});
        QVERIFY(m_window);
    }

    void cleanup() { m_window.reset(); }

    void fitsALaptopScreenInEnglishAndGerman() {
        // 1366x768 is the smallest screen Relm is made for; German labels are the longest we ship.
        SourceTextTranslator german;
        QVERIFY(german.loadTs(qEnvironmentVariable("RELM_SOURCE_DIR") + u"/translations/relm_de.ts"_s));
        for (const bool inGerman : {false, true}) {
            if (inGerman)
                QCoreApplication::installTranslator(&german);
            auto window = test::openDemoWindow(m_folder.path(u"laptop-%1.db"_s.arg(inGerman)), {1366, 768});
            QVERIFY(window);
            ReleaseTab *tab = window->openRelease(stored(u"Hotfix 2026.3.1"_s).id);
            QVERIFY2(
                window->minimumSizeHint().width() <= 1366,
                qPrintable(
                    u"%1 px wide at least; pages: %2"_s.arg(window->minimumSizeHint().width()).arg(leastWidths(tab))));
            // Tall enough for every page with a message showing and the Findings dock open: a
            // laptop's 768 px less a title bar and a desktop's top bar (GNOME leaves about 700).
            window->messageBar()->showMessage(MessageBar::Kind::Information, u"A message"_s);
            QStringList tooTall;
            for (int i = 0; i < tab->count(); ++i) {
                tab->setCurrentIndex(i);
                test::saveScreenshot(window.get(), u"laptop-%1-%2.png"_s.arg(inGerman ? u"de"_s : u"en"_s).arg(i));
                if (const int least = window->minimumSizeHint().height(); least > 680)
                    tooTall.append(u"%1: %2 px"_s.arg(tab->tabText(i)).arg(least));
                // Nor does a page scroll sideways in the first window's layout (docks as they open).
                for (const QScrollArea *area : tab->currentWidget()->findChildren<QScrollArea *>()) {
                    QVERIFY2(area->horizontalScrollBar()->maximum() == 0,
                             qPrintable(u"%1 scrolls sideways by %2 px"_s.arg(tab->tabText(i))
                                            .arg(area->horizontalScrollBar()->maximum())));
                }
            }
            QVERIFY2(tooTall.isEmpty(), qPrintable(u"at least as tall as: "_s + tooTall.join(u", "_s)));
            tab->setCurrentIndex(0);
            test::saveScreenshot(window.get(), inGerman ? u"laptop-de.png"_s : u"laptop-en.png"_s);
            // The portfolio's own tabs too: each opened from the View menu and in front in turn.
            for (const QString &name : {u"viewCalendar"_s, u"viewPortfolioGantt"_s, u"viewDashboard"_s,
                                        u"viewEnvironments"_s, u"viewAuditTrail"_s}) {
                auto *open = window->findChild<QAction *>(name);
                QVERIFY2(open, qPrintable(name));
                open->trigger();
                if (auto *calendar = window->findChild<CalendarPage *>()) // its conflicts come from the background
                    QTRY_VERIFY(calendar->conflictPanel()->heading().contains(u':'));
                QCoreApplication::processEvents();
                QVERIFY2(window->minimumSizeHint().width() <= 1366 && window->width() <= 1366,
                         qPrintable(u"after %1: %2 px wide, at least %3; tabs at least: %4"_s.arg(name)
                                        .arg(window->width())
                                        .arg(window->minimumSizeHint().width())
                                        .arg(leastWidths(window->centralWidget()->findChild<QTabWidget *>()))));
            }
            window->openRelease(stored(u"Hotfix 2026.3.1"_s).id);
            QCoreApplication::processEvents();
            QVERIFY2(window->width() <= 1366,
                     qPrintable(u"%1 px wide; tabs at least: %2"_s.arg(window->width())
                                    .arg(leastWidths(window->centralWidget()->findChild<QTabWidget *>()))));
            QCoreApplication::removeTranslator(&german);
        }
    }

    void aSectionHeadingGivesWayToItsButtons() {
        SectionHeading heading(u"All change requests"_s);
        const int full = heading.sizeHint().width();
        heading.resize(full, heading.sizeHint().height());
        QCOMPARE(heading.shownText(), u"All change requests"_s);
        heading.resize(full * 2 / 3, heading.height());
        QVERIFY2(heading.shownText().startsWith(u"All change"_s) && heading.shownText().endsWith(u"\u2026"_s),
                 qPrintable(heading.shownText()));
        heading.resize(full / 4, heading.height()); // "All …" would say nothing: left out
        QCOMPARE(heading.shownText(), QString());
        QCOMPARE(heading.toolTip(), u"All change requests"_s);
        QCOMPARE(heading.minimumSizeHint().width(), 0);
    }

    void firstStartShowsTheDemoPortfolio() {
        QCOMPARE(ws().actingPerson().login, u"alice"_s);
        QVERIFY(m_window->windowTitle().contains(u"firstStartShowsTheDemoPortfolio.db"_s));
        QTreeView *tree = m_window->navigator()->view();
        QVERIFY(tree->model()->rowCount() >= 6);
        m_window->navigator()->selectRelease(stored(u"2026.4 Autumn"_s).id);
        m_window->openRelease(stored(u"2026.4 Autumn"_s).id);
        QVERIFY(action(u"releaseNextStatus"_s)->isEnabled());
        QCOMPARE(action(u"releaseNextStatus"_s)->text(), u"Submit for sign-off"_s);
        test::saveScreenshot(m_window.get(), u"main-window.png"_s);
    }

    void editNameInOverviewThenUndo() {
        const Release before = stored(u"2026.4 Autumn"_s);
        ReleaseOverviewPage *page = openOverview(before.name);
        QVERIFY(page);
        auto *name = field<QLineEdit>(page, u"Release name"_s);
        QVERIFY(name);
        name->setFocus();
        name->selectAll();
        QTest::keyClicks(name, u"2026.4 Autumn GA"_s);
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(ws().releases().release(before.id)->name, u"2026.4 Autumn GA"_s);
        QCOMPARE(m_window->navigator()->model()->indexOfRelease(before.id).data().toString(), u"2026.4 Autumn GA"_s);
        QCOMPARE(m_window->undoController()->stack()->count(), 1);
        QVERIFY(action(u"editUndo"_s)->text().contains(u"name"_s));

        action(u"editUndo"_s)->trigger();
        QCOMPARE(ws().releases().release(before.id)->name, before.name);
        QCOMPARE(name->text(), before.name);
        action(u"editRedo"_s)->trigger();
        QCOMPARE(ws().releases().release(before.id)->name, u"2026.4 Autumn GA"_s);
    }

    void invalidDateIsShownInlineAndNotSaved() {
        const Release before = stored(u"2026.4 Autumn"_s);
        ReleaseOverviewPage *page = openOverview(before.name);
        auto *end = field<QDateEdit>(page, u"Planned end"_s);
        QVERIFY(end);
        end->setDate(before.plannedStart.addDays(-3)); // as when picked from the calendar popup
        QVERIFY2(page->validationMessage().contains(u"before the planned start"_s),
                 qPrintable(page->validationMessage()));
        QCOMPARE(ws().releases().release(before.id)->plannedEnd, before.plannedEnd);
        QCOMPARE(m_window->undoController()->stack()->count(), 0);
        test::saveScreenshot(m_window.get(), u"inline-validation.png"_s);

        end->setDate(before.plannedEnd.addDays(5));
        QVERIFY(page->validationMessage().isEmpty());
        QCOMPARE(ws().releases().release(before.id)->plannedEnd, before.plannedEnd.addDays(5));
    }

    void statusMovesThroughToolbarAndUndoes() {
        const Release before = stored(u"2026.4 Autumn"_s);
        m_window->navigator()->selectRelease(before.id);
        QAction *next = action(u"releaseNextStatus"_s);
        QCOMPARE(next->text(), u"Submit for sign-off"_s);
        next->trigger();
        // The move is gated: the checklist shows first, and the move happens from there.
        auto *gate = m_window->findChild<GateDialog *>();
        QVERIFY(gate);
        QVERIFY(gate->isVisible());
        QVERIFY(gate->checklist()->headline().contains(u"Gate open"_s));
        QCOMPARE(ws().releases().release(before.id)->status, ReleaseStatus::Testing);
        gate->moveButton()->click();
        QCOMPARE(ws().releases().release(before.id)->status, ReleaseStatus::AwaitingSignOff);
        QCOMPARE(next->text(), u"Approve"_s);
        // Approving is refused: the dialog lists what is missing and offers no move.
        QTRY_VERIFY(!m_window->findChild<GateDialog *>());
        next->trigger();
        auto *refused = m_window->findChild<GateDialog *>();
        QVERIFY(refused);
        QVERIFY(!refused->moveButton());
        QVERIFY(refused->checklist()->headline().contains(u"missing"_s));
        QVERIFY(refused->checklist()->list()->topLevelItemCount() > 8);
        refused->reject();
        QTRY_VERIFY(!m_window->findChild<GateDialog *>());
        QCOMPARE(ws().releases().release(before.id)->status, ReleaseStatus::AwaitingSignOff);
        action(u"editUndo"_s)->trigger();
        QCOMPARE(ws().releases().release(before.id)->status, ReleaseStatus::Testing);
    }

    void openingABadFileKeepsTheCurrentDatabase() {
        const QString bad = m_folder.path(u"bad.db"_s);
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a database");
        file.close();
        Workspace *current = m_window->workspace();
        const auto result = m_window->openDatabase(bad);
        QVERIFY(!result);
        QVERIFY(result.errorMessage().contains(u"not a Relm database"_s));
        QCOMPARE(m_window->workspace(), current);
        QCOMPARE(QFile(bad).size(), qint64(14));
    }

    void newReleaseDialogChecksAsYouType() {
        NewReleaseDialog dialog(ws());
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(dialog.nameField(), u"2026.4 Autumn"_s);
        QVERIFY(dialog.problem().contains(u"already exists"_s));
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(dialog.nameField(), u" II"_s);
        QVERIFY(dialog.problem().isEmpty());
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.release().ownerId, ws().actingPerson().id);
    }

    void windowStateIsRestored() {
        m_window->resize(900, 600);
        m_window->close();
        MainWindow second;
        QCOMPARE(second.size(), QSize(900, 600));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

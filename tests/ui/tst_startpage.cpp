// The first start explains itself: the start page in the centre while no tab is open, the
// choosers name each person's roles, F6 reaches every panel, Help lists every shortcut, and the
// Findings dock is there only when there are findings.
#include "DemoWindow.h"
#include "TestSupport.h"

#include "changes/ReleaseChanges.h"
#include "changes/Workspace.h"
#include "navigator/NavigatorPanel.h"
#include "package/FindingsModel.h"
#include "package/FindingsPanel.h"
#include "release/ReleaseTab.h"
#include "shell/ActingPersonPicker.h"
#include "shell/MainWindow.h"
#include "shell/ShortcutsDialog.h"
#include "shell/StartPage.h"
#include "storage/ReleaseStore.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace relm;
using namespace Qt::Literals::StringLiterals;

class TestStartPage final : public QObject {
    Q_OBJECT

    test::TempFolder m_folder;
    std::unique_ptr<MainWindow> m_window;

    StartPage *start() const { return m_window->findChild<StartPage *>(); }
    QDockWidget *dock(const QString &name) const { return m_window->findChild<QDockWidget *>(name); }
    QAction *action(const QString &name) const { return m_window->findChild<QAction *>(name); }

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }

    void init() {
        m_window = test::openDemoWindow(m_folder.path(QString::fromLatin1(QTest::currentTestFunction()) + u".db"_s),
                                        {1366, 768});
        QVERIFY(m_window);
        QApplication::setActiveWindow(m_window.get());
    }

    void cleanup() { m_window.reset(); }

    void theCentreWelcomesUntilATabOpens() {
        QVERIFY(start()->isVisible());
        QListWidget *list = start()->releaseList();
        QVERIFY(list->count() >= 6);
        // Work in progress first: the first release listed is not yet deployed.
        const Id first = list->item(0)->data(Qt::UserRole).value<Id>();
        QVERIFY(m_window->workspace()->releases().release(first)->status < ReleaseStatus::Deployed);
        QVERIFY(start()->findChild<QLabel *>(u"startWho"_s)->text().contains(u"Release manager"_s));
        test::saveScreenshot(m_window.get(), u"start-page.png"_s);

        list->setFocus();
        list->setCurrentRow(1);
        QTest::keyClick(list, Qt::Key_Return);
        auto *tab = m_window->findChild<ReleaseTab *>();
        QVERIFY(tab);
        QCOMPARE(tab->releaseId(), list->item(1)->data(Qt::UserRole).value<Id>());
        QVERIFY(!start()->isVisible());
        action(u"releaseCloseTab"_s)->trigger();
        QVERIFY(start()->isVisible());
    }

    void theStartPageButtonsReachTheFirstSteps() {
        QVERIFY(start()->findChild<QPushButton *>(u"startNewRelease"_s)->isVisible());
        QVERIFY(start()->findChild<QPushButton *>(u"startImportPlan"_s)->isVisible());
        QVERIFY(start()->findChild<QPushButton *>(u"startShortcuts"_s)->isVisible());
        // A new release appears in the list at once.
        const int before = start()->releaseList()->count();
        Release release;
        release.name = u"2027.2 Spring"_s;
        release.plannedStart = QDate(2027, 3, 1);
        release.plannedEnd = QDate(2027, 5, 1);
        release.ownerId = m_window->workspace()->actingPerson().id;
        CreateRelease create(release);
        QVERIFY(m_window->workspace()->apply(create));
        QTRY_COMPARE(start()->releaseList()->count(), before + 1);
    }

    void personChoosersNameTheRoles() {
        auto *picker = m_window->findChild<ActingPersonPicker *>();
        QVERIFY(picker->count() >= 5);
        for (int i = 0; i < picker->count(); ++i)
            QVERIFY2(picker->itemText(i).contains(u" \u2014 "_s), qPrintable(picker->itemText(i)));
        QVERIFY(picker->currentText().contains(u"Release manager"_s));
    }

    void f6GoesFromPanelToPanel() {
        QWidget *navigator = m_window->navigator();
        start()->releaseList()->setFocus();
        QTest::keyClick(m_window.get(), Qt::Key_F6);
        QVERIFY(dock(u"catalogueDock"_s)->isAncestorOf(QApplication::focusWidget()));
        QTest::keyClick(m_window.get(), Qt::Key_F6, Qt::ShiftModifier);
        QVERIFY(start()->isAncestorOf(QApplication::focusWidget()));
        QTest::keyClick(m_window.get(), Qt::Key_F6, Qt::ShiftModifier);
        QVERIFY(navigator->isAncestorOf(QApplication::focusWidget()));
    }

    void helpListsEveryShortcut() {
        ShortcutsDialog dialog(m_window->menuBar(), m_window.get());
        QStringList rows;
        for (int g = 0; g < dialog.list()->topLevelItemCount(); ++g) {
            for (int i = 0; i < dialog.list()->topLevelItem(g)->childCount(); ++i) {
                const QTreeWidgetItem *item = dialog.list()->topLevelItem(g)->child(i);
                rows.append(item->text(1) + u" = "_s + item->text(0));
            }
        }
        QVERIFY2(rows.contains(u"Release \u2192 New Release = Ctrl+N"_s), qPrintable(rows.join(u"\n"_s)));
        QVERIFY(rows.contains(u"Help \u2192 Keyboard Shortcuts = F1"_s));
        QVERIFY2(rows.contains(u"Edit \u2192 Undo = Ctrl+Z"_s), qPrintable(rows.join(u"\n"_s))); // not "Undo Add…"
        QVERIFY(rows.filter(u"Alt+1"_s).size() == 1);
        QCOMPARE(action(u"helpShortcuts"_s)->shortcut(), QKeySequence(QKeySequence::HelpContents));
        dialog.resize(700, 600);
        dialog.show();
        // Typing finds a command at once: the filter has the focus.
        auto *filter = qobject_cast<QLineEdit *>(dialog.focusWidget());
        QVERIFY(filter);
        QTest::keyClicks(filter, u"predecessors"_s);
        QStringList shown;
        for (int g = 0; g < dialog.list()->topLevelItemCount(); ++g) {
            for (int i = 0; i < dialog.list()->topLevelItem(g)->childCount(); ++i) {
                if (const QTreeWidgetItem *item = dialog.list()->topLevelItem(g)->child(i); !item->isHidden())
                    shown.append(item->text(0));
            }
        }
        QCOMPARE(shown, QStringList{u"Ctrl+L"_s});
        test::saveScreenshot(&dialog, u"shortcuts.png"_s);
    }

    void theFindingsDockIsThereOnlyWithFindings() {
        QDockWidget *findings = dock(u"findingsDock"_s);
        QVERIFY(!findings->isVisible());
        bool sawSome = false, sawNone = false;
        const auto releases = m_window->workspace()->releases().releases();
        QVERIFY(releases);
        for (const Release &release : *releases) {
            QSignalSpy counted(m_window->findingsPanel(), &FindingsPanel::findingsCounted);
            m_window->navigator()->selectRelease(release.id);
            if (counted.isEmpty())
                QVERIFY(counted.wait());
            const int count = counted.last().at(0).toInt();
            QCOMPARE(findings->isVisible(), count > 0);
            (count > 0 ? sawSome : sawNone) = true;
        }
        QVERIFY(sawSome && sawNone);
    }
};

QTEST_MAIN(TestStartPage)
#include "tst_startpage.moc"

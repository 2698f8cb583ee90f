// Every drag has a keyboard way: the catalogue's Add to Release or Package…, Move and Copy to
// Package… in the Portfolio and on the Package page, each one undo step through the same drop;
// a component without a chosen version brings its newest released version, not a pre-release.
#include "DemoWindow.h"
#include "TestSupport.h"

#include "catalogue/CatalogueFilter.h"
#include "catalogue/CatalogueModel.h"
#include "catalogue/CataloguePanel.h"
#include "changes/Workspace.h"
#include "gantt/SchedulePage.h"
#include "navigator/NavigatorModel.h"
#include "navigator/NavigatorPanel.h"
#include "package/PackageContentsModel.h"
#include "package/PackagePage.h"
#include "package/PackagePickerDialog.h"
#include "release/ReleaseTab.h"
#include "shell/MainWindow.h"
#include "storage/CatalogueStore.h"
#include "storage/ReleaseStore.h"
#include "undo/UndoController.h"
#include "widgets/MessageBar.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

using namespace relm;
using namespace Qt::Literals::StringLiterals;

class TestKeyboardDrag final : public QObject {
    Q_OBJECT

    test::TempFolder m_folder;
    std::unique_ptr<MainWindow> m_window;

    Workspace &ws() const { return *m_window->workspace(); }
    QAction *action(const QString &name) const { return m_window->findChild<QAction *>(name); }
    Release release(const QString &name) const { return *ws().releases().releaseByName(name); }
    QList<Package> packagesOf(const QString &name) const { return *ws().releases().packages(release(name).id); }

    /// Answers the package picker the next action opens: this release, its first package.
    void pickWhenAsked(const QString &releaseName) {
        QTimer::singleShot(0, this, [releaseName] {
            auto *picker = qobject_cast<PackagePickerDialog *>(QApplication::activeModalWidget());
            QVERIFY(picker);
            QVERIFY2(!picker->subject().isEmpty(), "the picker names what it sends");
            QComboBox *releases = picker->releaseChooser();
            for (int i = 0; i < releases->count(); ++i) {
                if (releases->itemText(i).startsWith(releaseName + u" ("_s))
                    releases->setCurrentIndex(i);
            }
            QVERIFY(picker->packageChooser()->count() > 0);
            picker->accept();
        });
    }

    bool holds(const QString &releaseName, const QString &component, const QString &version) const {
        for (const Package &package : packagesOf(releaseName)) {
            for (const ComponentVersion &v : package.contents) {
                if (v.componentName == component && v.version == version)
                    return true;
            }
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }

    void init() {
        m_window = test::openDemoWindow(m_folder.path(QString::fromLatin1(QTest::currentTestFunction()) + u".db"_s),
                                        {1366, 768});
        QVERIFY(m_window);
    }

    void cleanup() { m_window.reset(); }

    void theCatalogueAddsAComponentFromTheKeyboard() {
        // auth-service has 3.0.0-rc.1 as its highest version; a release takes 2.3.1.
        QTreeView *tree = m_window->catalogue()->view();
        const Component auth = *ws().catalogue().componentByName(u"auth-service"_s);
        const QModelIndex row =
            m_window->catalogue()->filter()->mapFromSource(m_window->catalogue()->model()->indexOfComponent(auth.id));
        tree->setFocus();
        tree->selectionModel()->setCurrentIndex(row, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QVERIFY(!holds(u"Branch network refresh"_s, u"auth-service"_s, u"2.3.1"_s));
        const int steps = m_window->undoController()->stack()->count();
        pickWhenAsked(u"Branch network refresh"_s);
        QTest::keyClick(tree, Qt::Key_Insert);
        QVERIFY(holds(u"Branch network refresh"_s, u"auth-service"_s, u"2.3.1"_s));
        QCOMPARE(m_window->undoController()->stack()->count(), steps + 1);
        QVERIFY(m_window->messageBar()->text().contains(u"2.3.1"_s));
        m_window->undoController()->stack()->undo();
        QVERIFY(!holds(u"Branch network refresh"_s, u"auth-service"_s, u"2.3.1"_s));
    }

    void thePackagePageMovesAndCopiesFromTheKeyboard() {
        const Release autumn = release(u"2026.4 Autumn"_s);
        ReleaseTab *tab = m_window->openRelease(autumn.id);
        tab->setCurrentWidget(tab->packagePage());
        QTableView *table = tab->packagePage()->contentsView();
        QVERIFY(table->model()->rowCount() > 0);
        table->selectRow(0);
        const QString component = table->model()->index(0, PackageContentsModel::ComponentColumn).data().toString();
        const int before = int(packagesOf(u"2026.4 Autumn"_s).first().contents.size());
        pickWhenAsked(u"2027.1 Winter"_s);
        action(u"packageCopyItems"_s)->trigger();
        QVERIFY2(!packagesOf(u"2027.1 Winter"_s).isEmpty(), "Winter has a package");
        int autumnItems = 0;
        for (const Package &p : packagesOf(u"2026.4 Autumn"_s))
            autumnItems += int(p.contents.size());
        QVERIFY(autumnItems >= before); // a copy leaves the source as it was
        bool copied = false;
        for (const Package &p : packagesOf(u"2027.1 Winter"_s)) {
            for (const ComponentVersion &v : p.contents)
                copied = copied || v.componentName == component;
        }
        QVERIFY2(copied, qPrintable(component));
        const QString said = m_window->messageBar()->text();
        QVERIFY2(said.contains(u"Copied "_s + component) && said.contains(u"2027.1 Winter"_s), qPrintable(said));
        QVERIFY2(m_window->undoController()->stack()->undoText().contains(u"2027.1 Winter"_s),
                 qPrintable(m_window->undoController()->stack()->undoText()));
    }

    void thePickerOffersNeitherTheSourceNorAShippedRelease() {
        const Release autumn = release(u"2026.4 Autumn"_s);
        ReleaseTab *tab = m_window->openRelease(autumn.id);
        tab->setCurrentWidget(tab->packagePage());
        QTableView *table = tab->packagePage()->contentsView();
        table->selectRow(0);
        const Id source = table->model()->index(0, 0).data(PackageContentsModel::PackageIdRole).value<Id>();
        const QString component = table->model()->index(0, PackageContentsModel::ComponentColumn).data().toString();
        QStringList offered;
        QStringList packages;
        QString subject;
        QTimer::singleShot(0, this, [&] {
            auto *picker = qobject_cast<PackagePickerDialog *>(QApplication::activeModalWidget());
            QVERIFY(picker);
            subject = picker->subject();
            for (int i = 0; i < picker->releaseChooser()->count(); ++i)
                offered.append(picker->releaseChooser()->itemText(i));
            for (int i = 0; i < picker->packageChooser()->count(); ++i)
                packages.append(picker->packageChooser()->itemData(i).toString());
            picker->reject();
        });
        action(u"packageCopyItems"_s)->trigger();
        QVERIFY2(!offered.isEmpty(), "the picker was asked");
        QVERIFY2(subject.startsWith(component + u' '), qPrintable(subject)); // the version, not its package
        const QString all = offered.join(u'|');
        QVERIFY2(!all.contains(u"2026.2 Spring"_s) && !all.contains(u"2026.3 Summer"_s), qPrintable(all));
        QVERIFY2(!packages.contains(QString::number(source)), qPrintable(packages.join(u',')));
    }

    void tablesLetTabGoAndTheScheduleHasItsKeys() {
        ReleaseTab *tab = m_window->openRelease(release(u"2026.4 Autumn"_s).id);
        QVERIFY(!tab->packagePage()->contentsView()->tabKeyNavigation());
        QVERIFY(!tab->packagePage()->findingsView()->tabKeyNavigation());
        // Add Task's Ctrl+T works anywhere on the Schedule page, and its table's context menu has it.
        QAction *addTask = action(u"scheduleAddTask"_s);
        QVERIFY(tab->schedulePage()->actions().contains(addTask));
        QCOMPARE(addTask->shortcutContext(), Qt::WidgetWithChildrenShortcut);
        auto *table = tab->schedulePage()->findChild<QTableView *>();
        QVERIFY(table && table->actions().contains(addTask));
        QCOMPARE(table->contextMenuPolicy(), Qt::ActionsContextMenu);
    }

    void removeOnAReleaseRowSaysWhatItDoes() {
        NavigatorPanel *navigator = m_window->navigator();
        navigator->selectRelease(release(u"2026.4 Autumn"_s).id);
        const int steps = m_window->undoController()->stack()->count();
        navigator->view()->setFocus();
        QTest::keyClick(navigator->view(), Qt::Key_Delete);
        QCOMPARE(m_window->undoController()->stack()->count(), steps);
        QVERIFY(m_window->messageBar()->text().contains(u"component versions inside a package"_s));
        QVERIFY(action(u"navigatorMoveItems"_s));
        QVERIFY(action(u"navigatorCopyItems"_s));
    }

    void theCatalogueTabsFromItsFilterToItsChoicesThenItsCommands() {
        CataloguePanel *catalogue = m_window->catalogue();
        QWidget *next = catalogue->textFilter()->nextInFocusChain();
        QVERIFY(qobject_cast<QComboBox *>(next));
        QVERIFY(qobject_cast<QComboBox *>(next->nextInFocusChain()));
        QVERIFY(qobject_cast<QToolButton *>(next->nextInFocusChain()->nextInFocusChain()));
    }

    void shiftF10OpensTheContextMenuAsTheMenuKeyDoes() {
        NavigatorPanel *navigator = m_window->navigator();
        navigator->selectRelease(release(u"2026.4 Autumn"_s).id);
        QTreeView *view = navigator->view();
        view->activateWindow();
        view->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), view);
        QStringList shown;
        QTimer::singleShot(0, this, [&shown] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            for (const QAction *a : menu->actions())
                shown.append(a->text());
            menu->close();
        });
        QTest::keyClick(view, Qt::Key_F10, Qt::ShiftModifier);
        QVERIFY2(shown.join(u'|').contains(u"Copy to Package"_s), qPrintable(shown.join(u'|')));
    }

    void dateEditorsShowAFourDigitYear() {
        auto *edit = new QDateEdit(QDate(2026, 12, 3), m_window.get());
        edit->setDisplayFormat(u"dd.MM.yy"_s); // as a short locale format writes it
        edit->show();
        QVERIFY2(edit->displayFormat().contains(u"yyyy"_s), qPrintable(edit->displayFormat()));
        QVERIFY2(edit->text().contains(u"2026"_s), qPrintable(edit->text()));
    }

    void thePortfolioFilterLeadsIntoTheListAndOpensWithReturn() {
        NavigatorPanel *navigator = m_window->navigator();
        QLineEdit *filter = navigator->filterField();
        m_window->activateWindow();
        filter->setFocus();
        QTest::keyClicks(filter, u"Autumn"_s);
        // Down goes to the first release the filter leaves, ready for arrows and Enter.
        QTest::keyClick(filter, Qt::Key_Down);
        QTRY_VERIFY(navigator->view()->hasFocus());
        QCOMPARE(navigator->currentReleaseId(), release(u"2026.4 Autumn"_s).id);
        // Return in the filter opens that release at once.
        filter->setFocus();
        filter->clear();
        QTest::keyClicks(filter, u"Winter"_s);
        QSignalSpy opened(navigator, &NavigatorPanel::releaseActivated);
        QTest::keyClick(filter, Qt::Key_Return);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().first().toLongLong(), release(u"2027.1 Winter"_s).id);
    }

    void thePortfolioKeepsWhatWasOpenAndTheCursorAfterAnEdit() {
        NavigatorPanel *navigator = m_window->navigator();
        QTreeView *view = navigator->view();
        navigator->selectRelease(release(u"2026.4 Autumn"_s).id);
        const QModelIndex autumn = view->currentIndex();
        view->expand(autumn);
        const QModelIndex package = view->model()->index(0, 0, autumn);
        view->expand(package);
        const QModelIndex version = view->model()->index(0, 0, package);
        QVERIFY(version.isValid());
        const QString versionText = version.data().toString();
        view->setFocus();
        view->selectionModel()->setCurrentIndex(version, QItemSelectionModel::ClearAndSelect);
        // Copy it to Winter from the keyboard: the tree is read again, and stays as it was.
        pickWhenAsked(u"2027.1 Winter"_s);
        action(u"navigatorCopyItems"_s)->trigger();
        QVERIFY(m_window->undoController()->stack()->canUndo());
        const QModelIndex current = view->currentIndex();
        QCOMPARE(current.data().toString(), versionText);
        QVERIFY(view->isExpanded(current.parent()));
        QVERIFY(view->isExpanded(current.parent().parent()));
        QCOMPARE(current.parent().parent().data(NavigatorModel::ReleaseIdRole).toLongLong(),
                 release(u"2026.4 Autumn"_s).id);
    }
};

QTEST_MAIN(TestKeyboardDrag)
#include "tst_keyboarddrag.moc"

#include "DemoWindow.h"
#include "TestSupport.h"

#include "builds/BuildsPage.h"
#include "calendar/CalendarPage.h"
#include "calendar/ConflictModel.h"
#include "calendar/ConflictPanel.h"
#include "catalogue/CataloguePanel.h"
#include "catalogue/VersionDialog.h"
#include "environments/EnvironmentsView.h"
#include "i18n/SourceTextTranslator.h"
#include "navigator/NavigatorPanel.h"
#include "package/FindingsModel.h"
#include "package/FindingsPanel.h"
#include "package/PackageContentsModel.h"
#include "package/PackageDropper.h"
#include "package/PackagePage.h"
#include "packages/PackageOperations.h"
#include "release/ReleaseTab.h"
#include "shell/MainWindow.h"
#include "storage/AuditLog.h"
#include "storage/CatalogueStore.h"
#include "storage/DeliveryStore.h"
#include "storage/ReleaseStore.h"
#include "undo/UndoController.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace relm;
using namespace Qt::Literals::StringLiterals;

/// The release workbench as a release manager uses it: package, findings, baseline, builds,
/// environments, driven through the real main window offscreen.
class TestReleasePages final : public QObject {
    Q_OBJECT

private:
    test::TempFolder m_folder;
    SourceTextTranslator m_english;
    std::unique_ptr<MainWindow> m_window;

    Workspace &ws() { return *m_window->workspace(); }
    Id releaseId(const QString &name) { return ws().releases().releaseByName(name)->id; }
    QStringList findingKinds(const FindingsModel *model) {
        QStringList kinds;
        for (const Finding &f : model->findings())
            kinds.append(f.kindKey());
        return kinds;
    }
    void addToRelease(const QString &target, const QString &spec) {
        auto versions = package_ops::resolve(ws(), {spec});
        QVERIFY(versions);
        auto data = package_mime::encode(
            QList<package_mime::CatalogueItem>{{versions->first().componentId, versions->first().id}});
        QVERIFY(m_window->dropper()->drop(data.get(), package_ops::findPackage(ws(), target)->id, Qt::CopyAction));
    }
private Q_SLOTS:
    void initTestCase() {
        test::isolateSettings();
        // English plural forms, as relm loads them ("1 package finding", not "finding(s)").
        QVERIFY(m_english.loadTs(qEnvironmentVariable("RELM_SOURCE_DIR") + u"/translations/relm_en.ts"_s));
        QCoreApplication::installTranslator(&m_english);
    }

    void init() {
        m_window = test::openDemoWindow(m_folder.path(QString::fromLatin1(QTest::currentTestFunction()) + u".db"_s));
        QVERIFY(m_window);
    }

    void cleanup() { m_window.reset(); }

    void fixAConflictFoundInTheHotfix() {
        const Id hotfix = releaseId(u"Hotfix 2026.3.1"_s);
        // The Portfolio is on another release; the dock follows the release tab in front.
        m_window->navigator()->selectRelease(releaseId(u"2027.1 Winter"_s));
        m_window->openRelease(hotfix);
        FindingsModel *findings = m_window->findingsPanel()->model();
        QCOMPARE(findings->releaseId(), hotfix);
        // The package's conflict, and the clash on the change calendar with Autumn's rehearsal.
        QCOMPARE(findingKinds(findings), (QStringList{u"conflict"_s, u"calendar_conflict"_s}));
        QVERIFY(findings->findings().first().fix.contains(u"Add payments-gateway 7.5"_s));
        QVERIFY(findings->findings().last().message.contains(u"2026.4 Autumn"_s));
        // The dock tells the two apart, and the clash opens where it is fixed: the calendar.
        auto *title = m_window->findingsPanel()->findChild<QLabel *>();
        QVERIFY2(title->text().contains(u"1 package finding and 1 clash with other releases"_s),
                 qPrintable(title->text()));
        auto *dockTable = m_window->findingsPanel()->findChild<QTableView *>();
        // The hotfix's conflict is waived: the dock shows the Waiver column.
        QVERIFY(!dockTable->isColumnHidden(FindingsModel::WaiverColumn));
        QSignalSpy calendar(m_window->findingsPanel(), &FindingsPanel::calendarRequested);
        // Rows are one line each, but the one in hand opens to its whole text.
        const int oneLine = dockTable->rowHeight(0);
        dockTable->setCurrentIndex(findings->index(1, 0));
        QVERIFY2(dockTable->rowHeight(1) > oneLine, qPrintable(u"%1 px"_s.arg(dockTable->rowHeight(1))));
        QCOMPARE(dockTable->rowHeight(0), oneLine);
        QTest::keyClick(dockTable, Qt::Key_Return);
        QCOMPARE(calendar.size(), 1);
        auto *calendarPage = m_window->findChild<CalendarPage *>();
        QVERIFY(calendarPage && calendarPage->isVisibleTo(m_window.get()));
        // The calendar points at the clash: selected in its list of conflicts.
        const QModelIndex chosen = calendarPage->conflictPanel()->table()->currentIndex();
        QVERIFY(chosen.isValid());
        QVERIFY(calendarPage->conflictPanel()->model()->conflictAt(chosen.row())->releaseIds.contains(hotfix));
        // The dock stays on the release whose clash was opened, though the calendar is in front.
        QCOMPARE(findings->releaseId(), hotfix);
        // Autumn has clashes only, which are never waived: their texts get the column's room.
        m_window->openRelease(releaseId(u"2026.4 Autumn"_s));
        QCOMPARE(findings->releaseId(), releaseId(u"2026.4 Autumn"_s));
        QVERIFY(dockTable->isColumnHidden(FindingsModel::WaiverColumn));

        ReleaseTab *tab = m_window->openRelease(hotfix);
        tab->setCurrentWidget(tab->packagePage());
        // The finding shows in the page's own table, its wrapped text within the visible rows.
        QTableView *table = tab->packagePage()->findingsView();
        QCOMPARE(table->model()->rowCount(), 1);
        QVERIFY2(table->rowHeight(0) > 0 && table->rowHeight(0) <= table->viewport()->height(),
                 qPrintable(u"row %1 px, view %2 px"_s.arg(table->rowHeight(0)).arg(table->viewport()->height())));
        test::saveScreenshot(m_window.get(), u"package-findings.png"_s);
        addToRelease(u"Hotfix 2026.3.1"_s, u"payments-gateway@7.5"_s);
        QCOMPARE(findingKinds(findings), QStringList{u"calendar_conflict"_s});
        QVERIFY(findingKinds(tab->packagePage()->findings()).isEmpty());
        m_window->undoController()->stack()->undo();
        QCOMPARE(findingKinds(findings), (QStringList{u"conflict"_s, u"calendar_conflict"_s}));
    }

    void waiveAndWithdrawOnThePackagePage() {
        const Id hotfix = releaseId(u"Hotfix 2026.3.1"_s);
        ReleaseTab *tab = m_window->openRelease(hotfix);
        tab->setCurrentWidget(tab->packagePage());
        PackagePage *page = tab->packagePage();
        FindingsModel *findings = page->findings();
        QAbstractItemModelTester tester(findings, QAbstractItemModelTester::FailureReportingMode::QtTest);
        page->findingsView()->setCurrentIndex(findings->index(0, 0));
        // The demo's conflict is waived by the change board: the waiver shows beside it.
        QVERIFY(findings->index(0, 0).data(FindingsModel::WaivedRole).toBool());
        QVERIFY(findings->index(0, FindingsModel::WaiverColumn).data().toString().contains(u"Erik Larsen"_s));
        auto *waive = page->findChild<QPushButton *>(u"waiveFinding"_s);
        auto *withdraw = page->findChild<QPushButton *>(u"withdrawWaiver"_s);
        QVERIFY(!waive->isEnabled());
        QVERIFY(withdraw->isEnabled());
        // Alice (release manager) may not withdraw it; Erik (change board) may.
        withdraw->click();
        QVERIFY(findings->index(0, 0).data(FindingsModel::WaivedRole).toBool());
        QVERIFY(ws().actAs(u"erik"_s));
        withdraw->click();
        QVERIFY(!findings->index(0, 0).data(FindingsModel::WaivedRole).toBool());
        page->findingsView()->setCurrentIndex(findings->index(0, 0));
        QVERIFY(waive->isEnabled());
        page->waiveSelectedFinding(u"Payments deploys 7.5 first in the same window"_s);
        QVERIFY(findings->index(0, 0).data(FindingsModel::WaivedRole).toBool());
        QVERIFY(findings->index(0, FindingsModel::WaiverColumn).data().toString().contains(u"7.5 first"_s));
        test::saveScreenshot(m_window.get(), u"package-waiver.png"_s);
        m_window->undoController()->stack()->undo();
        QVERIFY(!findings->index(0, 0).data(FindingsModel::WaivedRole).toBool());
    }

    void freezeThenChangeShowsBaselineChanged() {
        const Id winter = releaseId(u"2027.1 Winter"_s);
        ReleaseTab *tab = m_window->openRelease(winter);
        PackagePage *page = tab->packagePage();
        QVERIFY(page->baselineText().contains(u"Not frozen"_s));
        page->freeze();
        QVERIFY2(page->baselineText().contains(u"unchanged"_s), qPrintable(page->baselineText()));
        addToRelease(u"2027.1 Winter"_s, u"nginx@1.26.1"_s);
        QVERIFY2(page->baselineText().contains(u"Baseline changed"_s), qPrintable(page->baselineText()));
        QVERIFY(findingKinds(page->findings()).contains(u"baseline_changed"_s));
        // The audit trail records the change after freezing.
        auto audit = ws().auditLog().entries(AuditFilter::forRelease(winter, 1));
        QVERIFY(audit->last().summary.contains(u"nginx"_s));
        m_window->undoController()->stack()->undo();
        QVERIFY(page->baselineText().contains(u"unchanged"_s));
        QVERIFY(page->deploymentPreview().contains(u"crm-suite"_s));
    }

    void recordTwoBuildsAndReadTheNotes() {
        const Id winter = releaseId(u"2027.1 Winter"_s);
        ReleaseTab *tab = m_window->openRelease(winter);
        tab->setCurrentWidget(tab->buildsPage());
        BuildsPage *builds = tab->buildsPage();
        QCOMPARE(builds->numberField()->value(), 1);
        QTest::keyClicks(builds->notesField(), u"first cut"_s);
        builds->recordBuild();
        QCOMPARE(builds->buildsTable()->rowCount(), 1);
        QVERIFY(builds->shownNotes().contains(u"introduced"_s));
        addToRelease(u"2027.1 Winter"_s, u"nginx@1.26.1"_s);
        QCOMPARE(builds->numberField()->value(), 2);
        builds->recordBuild();
        QCOMPARE(builds->buildsTable()->rowCount(), 2);
        QVERIFY2(builds->shownNotes().contains(u"introduced nginx 1.26.1"_s), qPrintable(builds->shownNotes()));
        QVERIFY(builds->shownNotes().contains(u"Compared with build 1"_s));
        test::saveScreenshot(m_window.get(), u"builds.png"_s);
        m_window->undoController()->stack()->undo();
        QCOMPARE(builds->buildsTable()->rowCount(), 1);
    }

    void compareStagingWithProduction() {
        EnvironmentsView *view = m_window->openEnvironments();
        view->showEnvironment(u"Staging"_s);
        view->compareWith(u"Production"_s);
        QTableWidget *diff = view->differenceTable();
        QStringList rows;
        for (int row = 0; row < diff->rowCount(); ++row)
            rows.append(diff->item(row, 0)->text() + u' ' + diff->item(row, 1)->text() + u' ' +
                        diff->item(row, 2)->text());
        QVERIFY2(rows.contains(u"auth-service 2.3.1 2.3.0"_s), qPrintable(rows.join(u" | "_s)));
        QVERIFY(rows.contains(u"nginx 1.26.1 1.24.0"_s));
        QCOMPARE(rows.size(), 8);
        view->showEnvironment(u"Production"_s);
        QVERIFY2(view->rollbackText().contains(u"2026.2 Spring deployed"_s), qPrintable(view->rollbackText()));
        QCOMPARE(view->inventoryTable()->rowCount(), 12);
        test::saveScreenshot(m_window.get(), u"environments.png"_s);
    }

    void versionDialogFingerprintsAFileInTheBackground() {
        const QString path = m_folder.path(u"artefact.bin"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray bytes(3 * 1024 * 1024 + 17, 'r');
        file.write(bytes);
        file.close();
        ComponentVersion v;
        v.componentName = u"nginx"_s;
        v.componentId = ws().catalogue().componentByName(u"nginx"_s)->id;
        VersionDialog dialog(v);
        QSignalSpy finished(&dialog, &VersionDialog::fingerprintFinished);
        dialog.computeFingerprint(path);
        QVERIFY(finished.wait(10000));
        QCOMPARE(dialog.version().sha256,
                 QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    }

    void versionRelationsAreParsedAndChecked() {
        QString problem;
        const auto relations = VersionDialog::relationsFromText(
            u"requires auth-service >=2.3 <3\nconflicts payments-gateway <7.5\n"_s, &problem);
        QVERIFY(problem.isEmpty());
        QCOMPARE(relations.size(), 2);
        QCOMPARE(relations.at(0).range, u">=2.3 <3"_s);
        QCOMPARE(relations.at(1).kind, VersionRelation::Kind::Conflicts);
        VersionDialog::relationsFromText(u"needs auth 2"_s, &problem);
        QVERIFY(problem.contains(u"requires COMPONENT RANGE"_s));
        problem.clear();
        VersionDialog::relationsFromText(u"requires auth >="_s, &problem);
        QVERIFY(!problem.isEmpty());
    }

    void retireAVersionFromTheCatalogue() {
        CataloguePanel *catalogue = m_window->catalogue();
        QTreeView *view = catalogue->view();
        QTest::keyClicks(catalogue->textFilter(), u"logship"_s);
        QCOMPARE(view->model()->rowCount(), 1);
        const QModelIndex component = view->model()->index(0, 0);
        view->setCurrentIndex(view->model()->index(0, 0, component)); // 3.1.0 (ascending)
        catalogue->findChild<QAction *>(u"catalogueRetire"_s)->trigger();
        QVERIFY(ws().catalogue().findVersion(u"logship"_s, u"3.1.0"_s)->retired);
        m_window->undoController()->stack()->undo();
        QVERIFY(!ws().catalogue().findVersion(u"logship"_s, u"3.1.0"_s)->retired);
    }
};

QTEST_MAIN(TestReleasePages)
#include "tst_releasepages.moc"

#include "DemoWindow.h"
#include "TestSupport.h"

#include "release/ReleaseTab.h"
#include "risks/ExposureChart.h"
#include "risks/RiskDialog.h"
#include "risks/RiskHeatMap.h"
#include "risks/RiskTableModel.h"
#include "risks/RisksPage.h"
#include "shell/MainWindow.h"
#include "storage/ReleaseStore.h"
#include "storage/RiskStore.h"
#include "undo/UndoController.h"
#include "widgets/MessageBar.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace relm;
using namespace Qt::Literals::StringLiterals;

/// The risk register as a release manager uses it: read the heat map, filter by a cell, edit
/// scores in place, add and remove risks, undo.
class TestRisksPage final : public QObject {
    Q_OBJECT

private:
    test::TempFolder m_folder;
    std::unique_ptr<MainWindow> m_window;
    RisksPage *m_page = nullptr;
    Id m_releaseId = 0;

    Workspace &ws() { return *m_window->workspace(); }
    QAbstractItemModel *shown() { return m_page->filter(); }
    QModelIndex shownIndex(const QString &title, int column) {
        for (int r = 0; r < shown()->rowCount(); ++r) {
            if (shown()->index(r, RiskTableModel::TitleColumn).data().toString() == title)
                return shown()->index(r, column);
        }
        return {};
    }
    Risk stored(const QString &title) {
        const auto risks = ws().risks().risks(m_releaseId);
        for (const Risk &r : *risks) {
            if (r.title == title)
                return r;
        }
        return {};
    }
    void clickCell(int likelihood, int impact) {
        QTest::mouseClick(m_page->heatMap(), Qt::LeftButton, {}, m_page->heatMap()->cellCentre(likelihood, impact));
    }

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }

    void init() {
        m_window = test::openDemoWindow(m_folder.path(QString::fromLatin1(QTest::currentTestFunction()) + u".db"_s));
        QVERIFY(m_window);
        m_releaseId = ws().releases().releaseByName(u"2026.4 Autumn"_s)->id;
        ReleaseTab *tab = m_window->openRelease(m_releaseId);
        m_page = tab->risksPage();
        tab->setCurrentWidget(m_page);
    }

    void cleanup() {
        m_page = nullptr;
        m_window.reset();
    }

    void modelsPassTheTester() {
        QAbstractItemModelTester sourceTester(m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filterTester(m_page->filter(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(shown()->rowCount(), 5);
        QVERIFY(!QTest::currentTestFailed());
    }

    void registerIsSortedByExposureAndHeatMapCountsOpenRisks() {
        QCOMPARE(shown()->index(0, RiskTableModel::TitleColumn).data().toString(),
                 u"Payment gateway 7.5 certification slips"_s);
        QVERIFY(shown()->index(0, RiskTableModel::ExposureColumn).data().toString().startsWith(u"16"_s));
        QCOMPARE(m_page->heatMap()->count(4, 4), 1);
        QCOMPARE(m_page->heatMap()->count(2, 2), 1);
        QCOMPARE(m_page->heatMap()->count(5, 5), 0);
    }

    void exposureChartFollowsTheRegister() {
        const QList<QPointF> before = m_page->exposureChart()->plotted();
        QVERIFY(before.size() > 5);
        QCOMPARE(before.last().y(), 51.0); // 16 + 15 + 10 + 6 + 4
        const QString title = u"Key UAT testers on leave in December"_s;
        QVERIFY(shown()->setData(shownIndex(title, RiskTableModel::ImpactColumn), 4));
        QCOMPARE(m_page->exposureChart()->plotted().last().y(), 57.0);
    }

    void clickingACellFiltersTheRegister() {
        clickCell(3, 5);
        QCOMPARE(m_page->heatMap()->selectedCell(), QPoint(3, 5));
        QCOMPARE(shown()->rowCount(), 1);
        QCOMPARE(shown()->index(0, RiskTableModel::TitleColumn).data().toString(),
                 u"Customer portal 2.0 performance under year-end load"_s);
        clickCell(3, 5);
        QVERIFY(m_page->heatMap()->selectedCell().isNull());
        QCOMPARE(shown()->rowCount(), 5);
    }

    void inlineScoreEditMovesTheRiskOnTheHeatMapAndUndoes() {
        const QString title = u"Key UAT testers on leave in December"_s;
        QVERIFY(shown()->setData(shownIndex(title, RiskTableModel::LikelihoodColumn), 5));
        QCOMPARE(stored(title).likelihood, 5);
        QCOMPARE(m_page->heatMap()->count(5, 2), 1);
        QCOMPARE(m_page->heatMap()->count(3, 2), 0);
        m_window->undoController()->stack()->undo();
        QCOMPARE(stored(title).likelihood, 3);
        QCOMPARE(m_page->heatMap()->count(3, 2), 1);
    }

    void refusedEditExplainsAndKeepsTheRisk() {
        const QString title = u"Key UAT testers on leave in December"_s;
        QVERIFY(!shown()->setData(shownIndex(title, RiskTableModel::TitleColumn), u"   "_s));
        QCOMPARE(stored(title).title, title);
        QVERIFY(!m_page->messageBar()->text().isEmpty());
        // Once a later edit goes through, the refusal is old news and the bar clears.
        QVERIFY(shown()->setData(shownIndex(title, RiskTableModel::LikelihoodColumn), 4));
        QVERIFY2(m_page->messageBar()->text().isEmpty(), qPrintable(m_page->messageBar()->text()));
    }

    void closedRisksHideUntilAskedFor() {
        const QString title = u"Dark mode colour contrast fails accessibility review"_s;
        QVERIFY(shown()->setData(shownIndex(title, RiskTableModel::StatusColumn), int(Risk::Status::Closed)));
        QCOMPARE(stored(title).status, Risk::Status::Closed);
        QCOMPARE(shown()->rowCount(), 4);
        QCOMPARE(m_page->heatMap()->count(2, 2), 0);
        m_page->showClosedBox()->setChecked(true);
        QCOMPARE(shown()->rowCount(), 5);
    }

    void addAndRemoveThroughTheButtons() {
        m_page->findChild<QPushButton *>(u"addRisk"_s)->click();
        QCOMPARE(shown()->rowCount(), 6);
        QCOMPARE(m_page->table()->currentIndex().data().toString(), u"New risk"_s);
        QCOMPARE(m_page->heatMap()->count(3, 3), 1);
        QTest::keyClick(m_page->table()->focusWidget(), Qt::Key_Escape);

        m_page->table()->setCurrentIndex(shownIndex(u"New risk"_s, RiskTableModel::TitleColumn));
        m_page->findChild<QPushButton *>(u"removeRisk"_s)->click();
        QCOMPARE(shown()->rowCount(), 5);
        QCOMPARE(stored(u"New risk"_s).id, Id(0));
        m_window->undoController()->stack()->undo();
        QCOMPARE(shown()->rowCount(), 6);
    }

    void dialogEditsEveryFieldInOneUndoStep() {
        const QString title = u"Key UAT testers on leave in December"_s;
        m_page->table()->setCurrentIndex(shownIndex(title, RiskTableModel::OwnerColumn));
        bool sawDialog = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<RiskDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            sawDialog = true;
            QCOMPARE(dialog->titleField()->text(), title);
            dialog->mitigationField()->setPlainText(u"Book testers for the first week of December"_s);
            dialog->taskField()->setCurrentIndex(dialog->taskField()->findText(u"Performance test"_s));
            QVERIFY(dialog->delayField()->isEnabled());
            dialog->delayField()->setValue(2);
            dialog->ownerField()->setCurrentIndex(dialog->ownerField()->findText(u"Carla Rossi"_s));
            test::saveScreenshot(dialog, u"risk-dialog.png"_s);
            dialog->accept();
        });
        m_page->findChild<QPushButton *>(u"editRisk"_s)->click();
        QVERIFY(sawDialog);
        const Risk edited = stored(title);
        QCOMPARE(edited.mitigation, u"Book testers for the first week of December"_s);
        QCOMPARE(edited.expectedDelay, qint64(2 * 480));
        QVERIFY(edited.taskId != 0);
        QCOMPARE(shownIndex(title, RiskTableModel::OwnerColumn).data().toString(), u"Carla Rossi"_s);
        QVERIFY(shownIndex(title, RiskTableModel::ThreatensColumn).data().toString().startsWith(u"Performance test"_s));
        m_window->undoController()->stack()->undo();
        QCOMPARE(stored(title).taskId, Id(0));
        QVERIFY(stored(title).mitigation != u"Book testers for the first week of December"_s);
    }

    void enterOnACellWithoutAnEditorOpensTheDialog() {
        const QString title = u"Key UAT testers on leave in December"_s;
        m_page->table()->setCurrentIndex(shownIndex(title, RiskTableModel::OwnerColumn));
        bool sawDialog = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<RiskDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            sawDialog = true;
            QCOMPARE(dialog->titleField()->text(), title);
            dialog->reject();
        });
        QTest::keyClick(m_page->table(), Qt::Key_Return);
        QVERIFY(sawDialog);
    }

    void pageRendersTheHeatMap() {
        const QImage image = m_page->grab().toImage();
        QVERIFY(!image.isNull());
        test::saveScreenshot(m_page, u"risks-page.png"_s);
        test::saveScreenshot(m_window.get(), u"risks-window.png"_s);
        // The extreme cell (5, 5) is painted in a light red even when empty.
        const QPoint centre = m_page->heatMap()->mapTo(m_page, m_page->heatMap()->cellCentre(5, 5));
        const QColor colour = image.pixelColor(centre * image.devicePixelRatio());
        QVERIFY2(colour.red() > 200 && colour.green() < 200, qPrintable(colour.name()));
    }
};

QTEST_MAIN(TestRisksPage)
#include "tst_riskspage.moc"

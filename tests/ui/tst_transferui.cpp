#include "DemoWindow.h"
#include "TestSupport.h"

#include "checks/Finding.h"
#include "package/FindingsModel.h"
#include "package/PackageContentsModel.h"
#include "package/PackagePage.h"
#include "release/ReleaseTab.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"
#include "storage/ReleaseStore.h"
#include "transfer/BackupActions.h"
#include "transfer/SbomActions.h"
#include "undo/UndoController.h"
#include "widgets/MessageBar.h"
#include "widgets/ProgressRun.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QThread>
#include <QUndoStack>

using namespace relm;
using namespace Qt::Literals::StringLiterals;

/// Import SBOM, Export SBOM, Back Up and Restore in the main window.
class TestTransferUi final : public QObject {
    Q_OBJECT

private:
    test::TempFolder m_folder;
    std::unique_ptr<MainWindow> m_window;

    Workspace &ws() { return *m_window->workspace(); }
    static QString data(const QString &name) {
        return qEnvironmentVariable("RELM_SOURCE_DIR") + u"/tests/data/sbom/"_s + name;
    }

    static QStringList messageTexts(QWidget *root) {
        QStringList texts;
        for (const MessageBar *bar : root->findChildren<MessageBar *>()) {
            if (!bar->isVisible())
                continue;
            for (const QLabel *label : bar->findChildren<QLabel *>())
                texts.append(label->text());
        }
        return texts;
    }

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }

    void init() {
        m_window = test::openDemoWindow(m_folder.path(QString::fromLatin1(QTest::currentTestFunction()) + u".db"_s));
        QVERIFY(m_window);
    }

    void theMenusOfferTheTransfers() {
        for (const QString &name : {u"releaseImportSbom"_s, u"releaseExportSbom"_s, u"fileBackUp"_s, u"fileRestore"_s})
            QVERIFY2(m_window->findChild<QAction *>(name), qPrintable(name));
        const Id winter = ws().releases().releaseByName(u"2027.1 Winter"_s)->id;
        const QList<QAction *> menu = m_window->openRelease(winter)->packagePage()->contentsView()->actions();
        QVERIFY(std::any_of(menu.cbegin(), menu.cend(),
                            [](QAction *a) { return a->objectName() == u"packageImportSbom"_s; }));
        QVERIFY(std::any_of(menu.cbegin(), menu.cend(),
                            [](QAction *a) { return a->objectName() == u"packageExportSbom"_s; }));
    }

    void anSbomFillsThePackageAsOneUndoStep() {
        const Id winter = ws().releases().releaseByName(u"2027.1 Winter"_s)->id;
        ReleaseTab *tab = m_window->openRelease(winter);
        tab->setCurrentWidget(tab->packagePage());
        PackagePage *page = tab->packagePage();
        const int rows = page->contents()->rowCount();
        const int steps = m_window->undoController()->stack()->count();
        page->importSbom(data(u"shop.cdx.json"_s));
        QTRY_VERIFY(page->contents()->rowCount() > rows);
        QCOMPARE(m_window->undoController()->stack()->count(), steps + 1);
        QVERIFY2(messageTexts(page).join(u' ').contains(u"Versions added: 5"_s),
                 qPrintable(messageTexts(page).join(u' ')));
        // The checker sees the new content: nothing the bill of materials requires is missing.
        page->findings()->refresh();
        for (const Finding &f : page->findings()->findings())
            QVERIFY2(!(f.kind == Finding::Kind::UnmetRequirement && f.message.contains(u"express"_s)),
                     qPrintable(f.message));
        m_window->undoController()->stack()->undo();
        QTRY_COMPARE(page->contents()->rowCount(), rows);

        // A refusal shows in the page and changes nothing.
        page->importSbom(data(u"missing.json"_s));
        QVERIFY(messageTexts(page).join(u' ').contains(u"missing.json"_s));
        QCOMPARE(page->contents()->rowCount(), rows);
    }

    void exportWritesTheRelease() {
        const Id autumn = ws().releases().releaseByName(u"2026.4 Autumn"_s)->id;
        const QString path = m_folder.path(u"autumn.cdx.json"_s);
        QVERIFY(sbom_actions::exportFile(ws(), autumn, path));
        QVERIFY(QFileInfo(path).size() > 100);
    }

    void backUpAndRestoreOpenTheSameData() {
        const QString backup = m_folder.path(u"window-backup.json"_s);
        auto rows = backup_actions::backUp(ws().database().location(), backup);
        QVERIFY2(rows, qPrintable(rows.errorMessage()));
        const QString target = m_folder.path(u"window-restored.db"_s);
        auto outcome = backup_actions::restore(backup, target);
        QVERIFY2(outcome, qPrintable(outcome.errorMessage()));
        QCOMPARE(outcome->rows, *rows);
        const qsizetype releases = ws().releases().releases()->size();
        QVERIFY(m_window->openDatabase(target));
        QCOMPARE(QFileInfo(ws().database().location()).fileName(), u"window-restored.db"_s);
        QCOMPARE(ws().releases().releases()->size(), releases);
    }

    void aStoppedRestoreLeavesNothing() {
        const QString backup = m_folder.path(u"stopped-backup.json"_s);
        QList<qint64> seen;
        auto rows = backup_actions::backUp(ws().database().location(), backup, [&](qint64 done, qint64 total) {
            seen.append(done);
            return done <= total;
        });
        QVERIFY2(rows, qPrintable(rows.errorMessage()));
        QVERIFY(seen.size() > 10); // a step per table
        QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));

        const QString target = m_folder.path(u"stopped.db"_s);
        auto stopped = backup_actions::restore(backup, target, [](qint64 done, qint64) { return done < 1; });
        QVERIFY(!stopped);
        QVERIFY2(stopped.errorMessage().contains(u"stopped"_s), qPrintable(stopped.errorMessage()));
        QVERIFY(!QFileInfo::exists(target));
        QCOMPARE(QDir(QFileInfo(target).absolutePath()).entryList({u"*stopped.db*"_s}, QDir::Files | QDir::Hidden),
                 QStringList());

        auto refused = backup_actions::backUp(ws().database().location(), m_folder.path(u"never.json"_s),
                                              [](qint64, qint64) { return false; });
        QVERIFY(!refused);
        QVERIFY(!QFileInfo::exists(m_folder.path(u"never.json"_s)));
    }

    void longWorkRunsBehindAProgressDialogThatCancels() {
        // Finishing: the window's thread hears of it, not cancelled.
        std::optional<bool> outcome;
        runWithProgress(
            m_window.get(), u"Working"_s,
            [](const ProgressReport &progress) {
                for (int i = 0; i <= 10; ++i)
                    progress(i, 10);
            },
            [&outcome](bool cancelled) { outcome = cancelled; });
        QTRY_VERIFY(outcome.has_value());
        QCOMPARE(*outcome, false);

        // Cancelled from the dialog: the work is told, stops, and the window hears of it.
        outcome.reset();
        std::atomic<int> steps = 0;
        runWithProgress(
            m_window.get(), u"Working long"_s,
            [&steps](const ProgressReport &progress) {
                for (int i = 0; i < 100000 && progress(i, 100000); ++i) {
                    ++steps;
                    QThread::msleep(1);
                }
            },
            [&outcome](bool cancelled) { outcome = cancelled; });
        QProgressDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<QProgressDialog *>(u"progressRun"_s)) && dialog->isVisible());
        QTRY_VERIFY(dialog->value() > 0); // progress reaches the dialog
        auto *cancel = dialog->findChild<QPushButton *>();
        QVERIFY(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY(outcome.has_value());
        QCOMPARE(*outcome, true);
        QVERIFY(steps < 100000);
    }
};

QTEST_MAIN(TestTransferUi)
#include "tst_transferui.moc"

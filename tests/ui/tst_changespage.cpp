#include "DemoWindow.h"
#include "TestSupport.h"

#include "changerequests/ChangeListModel.h"
#include "changerequests/ChangeMime.h"
#include "changerequests/ChangeRequestDialog.h"
#include "changerequests/ChangesPage.h"
#include "navigator/NavigatorModel.h"
#include "navigator/NavigatorPanel.h"
#include "notes/NotesBuilder.h"
#include "notes/NotesDialog.h"
#include "notes/NotesTemplateDialog.h"
#include "release/ReleaseTab.h"
#include "shell/MainWindow.h"
#include "storage/NotesTemplateStore.h"
#include "storage/ReleaseStore.h"
#include "undo/UndoController.h"
#include "widgets/MessageBar.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

using namespace relm;
using namespace Qt::Literals::StringLiterals;

/// The Changes page and the notes template editor as a release manager uses them: write change
/// requests, link existing ones by drag or by keyboard, take them out, undo; brand the documents
/// and choose what each audience reads, with the preview following.
class TestChangesPage final : public QObject {
    Q_OBJECT

private:
    test::TempFolder m_folder;
    std::unique_ptr<MainWindow> m_window;
    ReleaseTab *m_tab = nullptr;
    ChangesPage *m_page = nullptr;
    Id m_releaseId = 0;

    Workspace &ws() { return *m_window->workspace(); }
    QStringList references(const ChangeListModel *model) {
        QStringList result;
        for (const ChangeRequest &c : model->changes())
            result.append(c.reference);
        return result;
    }
    QStringList stored() {
        QStringList result;
        const auto changes = ws().releases().changeRequests(m_releaseId);
        for (const ChangeRequest &c : *changes)
            result.append(c.reference);
        return result;
    }
    /// Fills the change dialog the page opens and presses OK.
    void answerChangeDialog(const QString &reference, const QString &title, const QString &summary) {
        QTimer::singleShot(0, this, [=] {
            auto *dialog = qobject_cast<ChangeRequestDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->findChild<QLineEdit *>(u"changeReference"_s)->setText(reference);
            dialog->findChild<QLineEdit *>(u"changeTitle"_s)->setText(title);
            dialog->findChild<QPlainTextEdit *>(u"changeSummary"_s)->setPlainText(summary);
            dialog->accept();
            if (dialog->isVisible()) // refused: say why, then give up
                dialog->reject();
        });
    }
    int rowInAll(const QString &reference) {
        auto *proxy = m_page->allTable()->model();
        for (int r = 0; r < proxy->rowCount(); ++r) {
            if (proxy->index(r, ChangeListModel::ReferenceColumn).data().toString() == reference)
                return r;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }

    void init() {
        m_window = test::openDemoWindow(m_folder.path(QString::fromLatin1(QTest::currentTestFunction()) + u".db"_s));
        QVERIFY(m_window);
        m_releaseId = ws().releases().releaseByName(u"2027.1 Winter"_s)->id;
        m_tab = m_window->openRelease(m_releaseId);
        m_page = m_tab->changesPage();
        m_tab->setCurrentWidget(m_page);
    }

    void cleanup() {
        m_page = nullptr;
        m_tab = nullptr;
        m_window.reset();
    }

    void showsWhatTheReleaseDeliversBesideAllChanges() {
        QAbstractItemModelTester tester(m_page->releaseModel());
        QCOMPARE(references(m_page->releaseModel()), (QStringList{u"RFC-1040"_s, u"RFC-1041"_s}));
        QVERIFY(m_page->allModel()->rowCount() > 10);
        m_page->filterBox()->setText(u"vat rounding"_s);
        QCOMPARE(m_page->allTable()->model()->rowCount(), 1);
        test::saveScreenshot(m_window.get(), u"changes-page.png"_s);
    }

    void theChangesTabIsReachableByKeyboard() {
        m_tab->setCurrentIndex(0);
        QTest::keyClick(m_tab, Qt::Key_3, Qt::AltModifier);
        QCOMPARE(m_tab->currentWidget(), m_page);
    }

    void aNewChangeIsDeliveredByTheReleaseAndUndoes() {
        answerChangeDialog(u"RFC-7001"_s, u"Self-service address change"_s, u"Change your address online."_s);
        m_page->newChange();
        QVERIFY(stored().contains(u"RFC-7001"_s));
        QVERIFY(references(m_page->releaseModel()).contains(u"RFC-7001"_s));
        m_window->undoController()->stack()->undo();
        QVERIFY(!stored().contains(u"RFC-7001"_s));
        m_window->undoController()->stack()->redo();
        QVERIFY(stored().contains(u"RFC-7001"_s));
    }

    void theDialogRefusesABadChangeAndSaysWhy() {
        ChangeRequest blank;
        ChangeRequestDialog dialog(blank);
        dialog.findChild<QLineEdit *>(u"changeReference"_s)->setText(u"RFC-1"_s);
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY(dialog.findChild<MessageBar *>()->text().contains(u"title"_s));
    }

    void droppingChangesLinksThemInOneUndoStep() {
        const Id vat = ws().releases().changeRequestByReference(u"RFC-1030"_s)->id;
        const Id portal = ws().releases().changeRequestByReference(u"RFC-1020"_s)->id;
        auto data = change_mime::encode({vat, portal});
        QVERIFY(m_page->releaseModel()->canDropMimeData(data.get(), Qt::CopyAction, -1, -1, {}));
        QVERIFY(m_page->releaseModel()->dropMimeData(data.get(), Qt::CopyAction, -1, -1, {}));
        QVERIFY(stored().contains(u"RFC-1030"_s) && stored().contains(u"RFC-1020"_s));
        m_window->undoController()->stack()->undo();
        QVERIFY(!stored().contains(u"RFC-1030"_s) && !stored().contains(u"RFC-1020"_s));
    }

    void theKeyboardAddsTheSelectedChangeAndTakesItOut() {
        const int row = rowInAll(u"RFC-1022"_s);
        QVERIFY(row >= 0);
        m_page->allTable()->setFocus();
        m_page->allTable()->selectRow(row);
        QTest::keyClick(m_page->allTable(), Qt::Key_Return);
        QVERIFY(stored().contains(u"RFC-1022"_s));
        const int mine = int(references(m_page->releaseModel()).indexOf(u"RFC-1022"_s));
        m_page->releaseTable()->setFocus();
        m_page->releaseTable()->selectRow(mine);
        QTest::keyClick(m_page->releaseTable(), Qt::Key_Delete);
        QVERIFY(!stored().contains(u"RFC-1022"_s));
        QVERIFY(ws().releases().changeRequestByReference(u"RFC-1022"_s)); // still there for other releases
    }

    void changesDroppedOnAReleaseInTheNavigatorAreLinked() {
        NavigatorModel *navigator = m_window->findChild<NavigatorPanel *>()->model();
        QModelIndex winter;
        for (const QModelIndex &group : {navigator->index(0, 0), navigator->index(1, 0), navigator->index(2, 0),
                                         navigator->index(3, 0), navigator->index(4, 0)}) {
            for (int r = 0; r < navigator->rowCount(group); ++r) {
                if (navigator->index(r, 0, group).data().toString().startsWith(u"2027.1 Winter"_s))
                    winter = navigator->index(r, 0, group);
            }
        }
        QVERIFY(winter.isValid());
        auto data = change_mime::encode({ws().releases().changeRequestByReference(u"RFC-1050"_s)->id});
        QVERIFY(navigator->canDropMimeData(data.get(), Qt::CopyAction, -1, -1, winter));
        QVERIFY(navigator->dropMimeData(data.get(), Qt::CopyAction, -1, -1, winter));
        QVERIFY(stored().contains(u"RFC-1050"_s));
    }

    void aDeliveredReleaseRefusesNewChangesWithAReason() {
        const Id summer = ws().releases().releaseByName(u"2026.3 Summer"_s)->id;
        ReleaseTab *tab = m_window->openRelease(summer);
        ChangesPage *page = tab->changesPage();
        QVERIFY(!page->link({ws().releases().changeRequestByReference(u"RFC-1040"_s)->id}));
        QVERIFY(page->messageBar()->text().contains(u"Deployed"_s));
    }

    void importsAChangeListFromCsv() {
        const QString path = m_folder.path(u"changes.csv"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("reference,title,kind,summary\nRFC-8001,Faster search,improvement,Search answers in a second.\n"
                   "RFC-1040,CRM suite 2026.1,feature,\"One place for your history, at last.\"\n");
        file.close();
        m_page->importCsv(path);
        QVERIFY2(m_page->messageBar()->text().contains(u"1 new"_s), qPrintable(m_page->messageBar()->text()));
        QVERIFY(stored().contains(u"RFC-8001"_s));
        QCOMPARE(ws().releases().changeRequestByReference(u"RFC-1040"_s)->publicSummary,
                 u"One place for your history, at last."_s);
    }

    void theTemplateEditorBrandsTheNotesAndPreviewsThem() {
        NotesTemplateDialog dialog(ws(), notes::Audience::Customer, m_releaseId);
        dialog.setOrganisation(u"Northwind Energy"_s);
        dialog.setFooter(u"Questions? support@northwind.example"_s);
        dialog.setHeading(u"new"_s, u"Fresh this time"_s);
        dialog.setSectionShown(u"known_errors"_s, false);
        dialog.refreshPreview();
        const QString preview = dialog.preview()->toPlainText();
        QVERIFY2(preview.contains(u"Fresh this time"_s), qPrintable(preview));
        QVERIFY(!preview.contains(u"Known errors and workarounds"_s));
        test::saveScreenshot(&dialog, u"notes-template-dialog.png"_s);
        QVERIFY(dialog.save());

        auto document = notes::build(ws(), m_releaseId, notes::Audience::Customer, QDate(2026, 11, 29));
        QVERIFY(document);
        QCOMPARE(document->look.organisation, u"Northwind Energy"_s);
        QCOMPARE(document->look.footer, u"Questions? support@northwind.example"_s);
        QVERIFY(document->plainText().contains(u"Fresh this time"_s));
        QVERIFY(ws().notesTemplates().templateFor(u"customer"_s)->has_value());
        // The service notes keep their own template, and the look is the organisation's.
        auto service = notes::build(ws(), m_releaseId, notes::Audience::Service, QDate(2026, 11, 29));
        QCOMPARE(service->look.organisation, u"Northwind Energy"_s);
        QVERIFY(service->look.footer.isEmpty());
    }

    void templatesTravelAsAFile() {
        const QString path = m_folder.path(u"templates.json"_s);
        {
            NotesTemplateDialog dialog(ws(), notes::Audience::Service, m_releaseId);
            dialog.setOrganisation(u"Contoso"_s);
            QVERIFY(dialog.exportTo(path));
        }
        NotesTemplateDialog other(ws(), notes::Audience::Service, m_releaseId);
        QVERIFY(other.importFrom(path));
        QCOMPARE(other.editedBranding().organisation, u"Contoso"_s);
        QFile damaged(m_folder.path(u"damaged.json"_s));
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write("{\"kind\": \"something else\"}");
        damaged.close();
        QVERIFY(!other.importFrom(damaged.fileName()));
        QVERIFY(other.messageBar()->text().contains(u"not a Relm notes template"_s));
    }

    void rollupNotesWarnAboutChangesWithoutASummary() {
        NotesDialog *dialog = NotesDialog::rollup(ws(), m_window.get());
        dialog->setRollup(u"Production"_s, QDate(2026, 9, 1), QDate(2026, 9, 30));
        QVERIFY(dialog->document().plainText().contains(u"2026.3 Summer"_s));
        QVERIFY2(dialog->warnings()->text().contains(u"RFC-1011"_s), qPrintable(dialog->warnings()->text()));
        test::saveScreenshot(dialog, u"rollup-notes.png"_s);
        delete dialog;
    }
};

QTEST_MAIN(TestChangesPage)
#include "tst_changespage.moc"

#include "DemoWindow.h"
#include "TestSupport.h"

#include "csv/CsvActions.h"
#include "csv/CsvExportDialog.h"
#include "csv/CsvImportDialog.h"
#include "csv/CsvPreviewModel.h"
#include "shell/MainWindow.h"
#include "storage/ReleaseStore.h"
#include "storage/RiskStore.h"
#include "undo/UndoController.h"
#include "widgets/MessageBar.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

using namespace relm;
using namespace Qt::Literals::StringLiterals;

/// File ▸ Import CSV… through the real dialog: the records, release, separator and date format
/// chosen, columns mapped in their boxes, the preview showing each row as it would be imported
/// with bad cells marked, Import held back while any row is bad, one undo step, and the choices
/// remembered for the next file with the same header. Export CSV… writes what Import reads.
class TestCsvImportDialog final : public QObject {
    Q_OBJECT

private:
    test::TempFolder m_folder;
    std::unique_ptr<MainWindow> m_window;
    Id m_winter = 0;

    Workspace &ws() { return *m_window->workspace(); }

    QString write(const QString &name, const QByteArray &bytes) {
        const QString path = m_folder.path(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

    /// Opens the import dialog on a file the way File ▸ Import CSV… does after the file was chosen.
    QPointer<CsvImportDialog> openImport(const QString &path) {
        m_window->csvActions()->importFile(path);
        return m_window->findChild<CsvImportDialog *>();
    }

    static void choose(QComboBox *box, const QString &text) {
        const int index = box->findText(text);
        QVERIFY2(index >= 0, qPrintable(text));
        box->setCurrentIndex(index);
    }

    static QPushButton *importButton(const QPointer<CsvImportDialog> &dialog) {
        return dialog->findChild<QPushButton *>(u"csvImport"_s);
    }

    QStringList riskTitles() {
        QStringList titles;
        const auto risks = ws().risks().risks(m_winter); // kept: the loop reads into it
        for (const Risk &r : *risks)
            titles.append(r.title);
        return titles;
    }

    static QByteArray riskFile() {
        return "Risiko;Wahrscheinlichkeit;Auswirkung;Wiedervorlage;Bereich\n"
               "Lieferant f\xC3\xA4llt aus;4;5;31.01.2027;Supplier\n"
               "Zu wenig Testzeit;9;3;15.02.2027;Testing\n";
    }

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }

    void init() {
        m_window = test::openDemoWindow(m_folder.path(QString::fromLatin1(QTest::currentTestFunction()) + u".db"_s));
        QVERIFY(m_window);
        m_winter = ws().releases().releaseByName(u"2027.1 Winter"_s)->id;
    }

    void cleanup() {
        while (auto *dialog = m_window->findChild<CsvImportDialog *>())
            delete dialog;
        while (auto *dialog = m_window->findChild<CsvExportDialog *>())
            delete dialog;
        m_window.reset();
    }

    void theFileMenuOffersImportAndExport() {
        QVERIFY(m_window->findChild<QAction *>(u"fileImportCsv"_s));
        QVERIFY(m_window->findChild<QAction *>(u"fileExportCsv"_s));
    }

    void thePreviewMarksBadCellsAndImportWaitsForAGoodFile() {
        const QString path = write(u"risiken.csv"_s, riskFile());
        QPointer<CsvImportDialog> dialog = openImport(path);
        QVERIFY(dialog);
        QAbstractItemModelTester tester(dialog->previewModel());
        // The columns say what the file holds: the dialog opens on risks, not on the first kind.
        QCOMPARE(dialog->findChild<QComboBox *>(u"csvKind"_s)->currentText(), u"Risks"_s);
        // The column boxes show whole, without scrolling sideways.
        auto *firstColumn = dialog->findChild<QComboBox *>(u"csvMap_title"_s);
        QVERIFY(firstColumn);
        const QWidget *viewport = firstColumn->parentWidget()->parentWidget();
        QVERIFY2(firstColumn->mapTo(viewport, QPoint(firstColumn->width(), 0)).x() <= viewport->width(),
                 "a column box runs past the edge of its scroll area");
        choose(dialog->findChild<QComboBox *>(u"csvKind"_s), u"Risks"_s);
        choose(dialog->findChild<QComboBox *>(u"csvRelease"_s), u"2027.1 Winter"_s);
        // ISO dates by default: the German dates are errors on their cells, never guessed.
        CsvPreviewModel *preview = dialog->previewModel();
        const int review = preview->columnOf(u"review_date"_s);
        QVERIFY(review >= 0);
        QVERIFY(!preview->index(0, review).data(CsvPreviewModel::ProblemRole).toString().isEmpty());
        QVERIFY(!importButton(dialog)->isEnabled());

        dialog->findChild<QLineEdit *>(u"csvDateFormat"_s)->setText(u"dd.MM.yyyy"_s);
        QCOMPARE(preview->index(0, review).data().toString(), u"2027-01-31"_s);
        QVERIFY(preview->index(0, review).data(CsvPreviewModel::ProblemRole).toString().isEmpty());
        const int likelihood = preview->columnOf(u"likelihood"_s);
        const QString problem = preview->index(1, likelihood).data(CsvPreviewModel::ProblemRole).toString();
        QVERIFY2(problem.contains(u"\u201C9\u201D is not a whole number from 1 to 5"_s), qPrintable(problem));
        QVERIFY(preview->index(1, likelihood).data(Qt::BackgroundRole).isValid());
        QVERIFY(!preview->index(0, likelihood).data(Qt::BackgroundRole).isValid());
        QVERIFY(!importButton(dialog)->isEnabled());
        const QString report = dialog->findChild<QPlainTextEdit *>(u"csvProblems"_s)->toPlainText();
        QVERIFY2(report.contains(u"Line 3 (Zu wenig Testzeit), column \u201CWahrscheinlichkeit\u201D"_s),
                 qPrintable(report));
        dialog->accept(); // refused while a row is bad
        QVERIFY(dialog->isVisible());

        // Map the category, and leave the bad likelihood column out: the file is good now.
        QCOMPARE(preview->columnOf(u"category"_s), -1);
        choose(dialog->mappingBox(u"category"_s), u"Bereich"_s);
        QCOMPARE(preview->index(0, preview->columnOf(u"category"_s)).data().toString(), u"Supplier"_s);
        choose(dialog->mappingBox(u"likelihood"_s), u"(not imported)"_s);
        QVERIFY(importButton(dialog)->isEnabled());
        QVERIFY(dialog->findChild<QLabel *>(u"csvStatus"_s)->text().contains(u"2 new"_s));
        test::saveScreenshot(dialog, u"csv-import-dialog.png"_s);

        const int undoSteps = m_window->undoController()->stack()->count();
        importButton(dialog)->click();
        QTRY_VERIFY(!dialog);
        QVERIFY(riskTitles().contains(u"Lieferant f\u00e4llt aus"_s));
        QVERIFY(riskTitles().contains(u"Zu wenig Testzeit"_s));
        QCOMPARE(m_window->undoController()->stack()->count(), undoSteps + 1);
        QVERIFY(m_window->messageBar()->text().contains(u"2 new"_s));
        m_window->undoController()->stack()->undo();
        QVERIFY(!riskTitles().contains(u"Zu wenig Testzeit"_s));
    }

    void choicesAreRememberedForTheSameLayout() {
        const QString path = write(u"risiken-2.csv"_s, riskFile());
        QPointer<CsvImportDialog> first = openImport(path);
        QVERIFY(first);
        choose(first->findChild<QComboBox *>(u"csvKind"_s), u"Risks"_s);
        choose(first->findChild<QComboBox *>(u"csvRelease"_s), u"2027.1 Winter"_s);
        first->findChild<QLineEdit *>(u"csvDateFormat"_s)->setText(u"dd.MM.yyyy"_s);
        choose(first->mappingBox(u"likelihood"_s), u"(not imported)"_s);
        choose(first->mappingBox(u"category"_s), u"Bereich"_s);
        importButton(first)->click();
        QTRY_VERIFY(!first);

        // Another file laid out alike (other rows) opens with the same choices.
        const QString next = write(u"risiken-3.csv"_s, "Risiko;Wahrscheinlichkeit;Auswirkung;Wiedervorlage;Bereich\n"
                                                       "Neues Risiko;1;2;01.03.2027;Ops\n");
        QPointer<CsvImportDialog> second = openImport(next);
        QVERIFY(second);
        QCOMPARE(second->findChild<QComboBox *>(u"csvKind"_s)->currentText(), u"Risks"_s);
        QCOMPARE(second->findChild<QLineEdit *>(u"csvDateFormat"_s)->text(), u"dd.MM.yyyy"_s);
        QCOMPARE(second->mappingBox(u"likelihood"_s)->currentText(), u"(not imported)"_s);
        QCOMPARE(second->mappingBox(u"category"_s)->currentText(), u"Bereich"_s);
        choose(second->findChild<QComboBox *>(u"csvRelease"_s), u"2027.1 Winter"_s);
        QVERIFY(importButton(second)->isEnabled());
        // A file with other columns starts from the header names again.
        const QString other = write(u"other.csv"_s, "title;category\nX;Y\n");
        second->reject();
        QTRY_VERIFY(!m_window->findChild<CsvImportDialog *>());
        QPointer<CsvImportDialog> third = openImport(other);
        QVERIFY(third);
        // Title and category are a risk's columns: the kind follows the header, not the last import.
        QCOMPARE(third->findChild<QComboBox *>(u"csvKind"_s)->currentText(), u"Risks"_s);
        QCOMPARE(third->findChild<QLineEdit *>(u"csvDateFormat"_s)->text(), u"yyyy-MM-dd"_s);
    }

    void theSeparatorCanBeChosen() {
        const QString path = write(u"pipes.csv"_s, "name|kind\npiped-tool|hardware\n");
        QPointer<CsvImportDialog> dialog = openImport(path);
        QVERIFY(dialog);
        choose(dialog->findChild<QComboBox *>(u"csvKind"_s), u"Components"_s);
        QVERIFY(!importButton(dialog)->isEnabled()); // detected a comma: no name column
        choose(dialog->findChild<QComboBox *>(u"csvDelimiter"_s), u"Vertical bar (|)"_s);
        QCOMPARE(dialog->mappingBox(u"kind"_s)->currentText(), u"kind"_s);
        QCOMPARE(dialog->previewModel()->index(0, 1).data().toString(), u"hardware"_s);
        QVERIFY(importButton(dialog)->isEnabled());
    }

    void exportWritesWhatImportReads() {
        m_window->csvActions()->exportRecords();
        QPointer<CsvExportDialog> dialog = m_window->findChild<CsvExportDialog *>();
        QVERIFY(dialog);
        choose(dialog->findChild<QComboBox *>(u"csvExportKind"_s), u"Components"_s);
        choose(dialog->findChild<QComboBox *>(u"csvExportDelimiter"_s), u"Semicolon (;)"_s);
        const QString path = m_folder.path(u"components-export.csv"_s);
        dialog->findChild<QLineEdit *>(u"csvExportPath"_s)->setText(path);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        QTRY_VERIFY(!dialog);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readLine().startsWith("name;kind;owner;description;retired"));
        QVERIFY(m_window->messageBar()->text().contains(path));

        QPointer<CsvImportDialog> import = openImport(path);
        QVERIFY(import);
        choose(import->findChild<QComboBox *>(u"csvKind"_s), u"Components"_s);
        QVERIFY(import->findChild<QLabel *>(u"csvStatus"_s)->text().contains(u"0 new, 0 updated"_s));
    }
};

QTEST_MAIN(TestCsvImportDialog)
#include "tst_csvimportdialog.moc"

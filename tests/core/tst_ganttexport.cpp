#include "TestSupport.h"

#include "gantt/GanttExport.h"
#include "storage/ReleaseStore.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace relm;
using namespace Qt::Literals::StringLiterals;

/// Gantt charts that stand alone on paper and as pictures: names, title, legend, pages.
class TestGanttExport final : public QObject {
    Q_OBJECT

private:
    test::TempFolder m_folder;
    std::unique_ptr<Workspace> m_ws;
    gantt::Chart m_autumn;

    static bool haveTool(const QString &name) { return !QStandardPaths::findExecutable(name).isEmpty(); }

    static QString run(const QString &tool, const QStringList &arguments) {
        QProcess process;
        process.start(tool, arguments);
        process.waitForFinished(60000);
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    /// Copies an export into $RELM_SCREENSHOT_DIR, when set, to look at it.
    static void keep(const QString &path, const QString &name) {
        if (const QString dir = qEnvironmentVariable("RELM_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QFile::remove(QDir(dir).filePath(name));
            QFile::copy(path, QDir(dir).filePath(name));
        }
    }

    static QString pdfText(const QString &path) { return run(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s}); }

    /// "Pages" and "Page size" (in points) as pdfinfo reads them.
    static std::pair<int, QSizeF> pdfInfo(const QString &path) {
        const QString info = run(u"pdfinfo"_s, {path});
        const auto pages = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(info);
        const auto size = QRegularExpression(u"Page size:\\s+([\\d.]+) x ([\\d.]+) pts"_s).match(info);
        return {pages.captured(1).toInt(), QSizeF(size.captured(1).toDouble(), size.captured(2).toDouble())};
    }

    /// A chart of `rows` tasks in a chain, for pagination without a database.
    static gantt::Chart synthetic(int rows) {
        gantt::Chart chart;
        chart.title = u"Synthetic"_s;
        chart.produced = QDate(2026, 11, 22);
        QDateTime at(QDate(2026, 1, 5), QTime(8, 0));
        chart.start = at;
        for (int i = 0; i < rows; ++i) {
            gantt::ChartRow row;
            row.name = u"Task number %1"_s.arg(i);
            row.start = at;
            row.finish = at.addDays(2).addSecs(9 * 3600);
            row.critical = i % 3 == 0;
            chart.rows.append(row);
            if (i > 0)
                chart.links.append({i - 1, i, LinkType::FinishToStart});
            at = at.addDays(1);
        }
        chart.finish = at;
        return chart;
    }

private Q_SLOTS:
    void initTestCase() {
        test::isolateSettings();
        m_ws = test::openWorkspace(m_folder.path(u"gantt.db"_s));
        QVERIFY(m_ws);
        auto chart = gantt::loadChart(*m_ws, m_ws->releases().releaseByName(u"2026.4 Autumn"_s)->id);
        QVERIFY2(chart, qPrintable(chart.errorMessage()));
        m_autumn = *chart;
    }

    void chartCarriesWhatTheGuiShows() {
        QCOMPARE(m_autumn.title, u"2026.4 Autumn"_s);
        QCOMPARE(m_autumn.rows.size(), 13);
        QCOMPARE(m_autumn.produced, QDate(2026, 11, 22)); // the workspace's clock
        QVERIFY(!m_autumn.baselineName.isEmpty());
        QVERIFY(!m_autumn.freezes.isEmpty());
        QCOMPARE(m_autumn.links.size(), 10); // the link to Winter leaves this release
        int phases = 0;
        int nested = 0;
        for (const gantt::ChartRow &row : m_autumn.rows) {
            phases += row.summary ? 1 : 0;
            nested += row.depth == 1 ? 1 : 0;
            if (!row.summary)
                QVERIFY2(row.baselineStart.isValid(), qPrintable(row.name));
        }
        QCOMPARE(phases, 3);
        QCOMPARE(nested, 10);
    }

    void pdfNamesTasksTitleAndLegend() {
        if (!haveTool(u"pdftotext"_s))
            QSKIP("pdftotext is not installed");
        const QString path = m_folder.path(u"autumn.pdf"_s);
        auto pages = gantt::writePdf(m_autumn, path, {});
        QVERIFY2(pages, qPrintable(pages.errorMessage()));
        QCOMPARE(*pages, 1);
        const QString text = pdfText(path);
        for (const QString &expected :
             {u"2026.4 Autumn"_s, u"Deploy to Production"_s, u"User acceptance on Staging"_s,
              u"Change board approval"_s, u"Build and test"_s, u"no status date"_s, u"Produced 2026-11-22"_s,
              u"Critical task"_s, u"Baseline"_s, u"Change freeze"_s, u"Milestone"_s, u"Today"_s, u"Phase"_s,
              u"Dependency"_s, u"Year-end change freeze"_s, u"Page 1 of 1"_s, u"Float"_s})
            QVERIFY2(text.contains(expected), qPrintable(expected + u" is missing from:\n"_s + text));
        // Month labels are whole or left out, never cut ("Jan 202").
        const QRegularExpression cut(u"\\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* 20\\d(?!\\d)"_s);
        QVERIFY2(!cut.match(text).hasMatch(), qPrintable(cut.match(text).captured(0)));
        keep(path, u"gantt-autumn-a4-landscape.pdf"_s);
    }

    void pagesWideSpreadTheDates() {
        if (!haveTool(u"pdfinfo"_s))
            QSKIP("pdfinfo is not installed");
        gantt::PdfOptions options;
        const QString one = m_folder.path(u"one.pdf"_s);
        const QString two = m_folder.path(u"two.pdf"_s);
        QVERIFY(gantt::writePdf(m_autumn, one, options));
        options.pagesWide = 2;
        auto written = gantt::writePdf(m_autumn, two, options);
        QVERIFY(written);
        QCOMPARE(*written, gantt::pageCount(m_autumn, options));
        QVERIFY(pdfInfo(two).first > pdfInfo(one).first);
        QCOMPARE(pdfInfo(two).first, 2);
        // Each page across repeats the task names beside its part of the dates.
        const QStringList pages = pdfText(two).split(u'\f', Qt::SkipEmptyParts);
        QCOMPARE(pages.size(), 2);
        for (const QString &page : pages)
            QVERIFY(page.contains(u"Deploy to Production"_s));
        keep(two, u"gantt-autumn-2-wide.pdf"_s);
    }

    void paperAndOrientation() {
        if (!haveTool(u"pdfinfo"_s))
            QSKIP("pdfinfo is not installed");
        const QString landscape = m_folder.path(u"landscape.pdf"_s);
        const QString portrait = m_folder.path(u"portrait.pdf"_s);
        const QString a3 = m_folder.path(u"a3.pdf"_s);
        QVERIFY(gantt::writePdf(m_autumn, landscape, {QPageSize::A4, QPageLayout::Landscape, 1}));
        QVERIFY(gantt::writePdf(m_autumn, portrait, {QPageSize::Letter, QPageLayout::Portrait, 1}));
        QVERIFY(gantt::writePdf(m_autumn, a3, {QPageSize::A3, QPageLayout::Landscape, 1}));
        const QSizeF wide = pdfInfo(landscape).second;
        QVERIFY2(wide.width() > wide.height(), qPrintable(u"%1 x %2"_s.arg(wide.width()).arg(wide.height())));
        QVERIFY(qAbs(wide.width() - 841.89) < 1);
        const QSizeF tall = pdfInfo(portrait).second;
        QVERIFY(tall.height() > tall.width());
        QVERIFY(qAbs(tall.width() - 612) < 1); // US Letter
        QVERIFY(qAbs(pdfInfo(a3).second.width() - 1190.55) < 1);
        keep(portrait, u"gantt-autumn-letter-portrait.pdf"_s);
        keep(a3, u"gantt-autumn-a3.pdf"_s);
    }

    void manyRowsContinueOnPagesWithTheHeaderRepeated() {
        if (!haveTool(u"pdftotext"_s))
            QSKIP("pdftotext is not installed");
        const gantt::Chart chart = synthetic(400);
        const QString path = m_folder.path(u"long.pdf"_s);
        int calls = 0;
        auto pages =
            gantt::writePdf(chart, path, {QPageSize::A4, QPageLayout::Portrait, 1}, [&calls](int, int) { ++calls; });
        QVERIFY(pages);
        QVERIFY(*pages >= 6);
        QCOMPARE(calls, *pages);
        const QStringList text = pdfText(path).split(u'\f', Qt::SkipEmptyParts);
        QCOMPARE(text.size(), *pages);
        for (int i = 0; i < text.size(); ++i) {
            QVERIFY2(text.at(i).contains(u"Task"_s) && text.at(i).contains(u"Finish"_s), qPrintable(text.at(i)));
            QVERIFY(text.at(i).contains(u"Page %1 of %2"_s.arg(i + 1).arg(*pages)));
            QVERIFY(text.at(i).contains(u"Synthetic"_s));
        }
        QVERIFY(text.last().contains(u"Task number 399"_s));
    }

    void pngHasTheWidthAskedFor() {
        const QString path = m_folder.path(u"autumn.png"_s);
        QVERIFY(gantt::writePng(m_autumn, path, {1600}));
        const QImage image(path);
        QCOMPARE(image.width(), 1600);
        QVERIFY(image.height() > 12 * 13);
        keep(path, u"gantt-autumn-1600.png"_s);
        QVERIFY(gantt::writePng(m_autumn, path, {700}));
        QCOMPARE(QImage(path).width(), 700);
        auto refused = gantt::writePng(m_autumn, m_folder.path(u"tiny.png"_s), {10});
        QVERIFY(!refused);
        QVERIFY(refused.errorMessage().contains(u"400"_s));
        QVERIFY(!QFile::exists(m_folder.path(u"tiny.png"_s)));
    }

    void cancelLeavesNoFile() {
        const QString pdf = m_folder.path(u"cancelled.pdf"_s);
        std::atomic<bool> cancel{false};
        // Stopped after the first page of many.
        auto pages = gantt::writePdf(
            synthetic(600), pdf, {}, [&cancel](int, int) { cancel = true; }, &cancel);
        QVERIFY(!pages);
        QVERIFY2(pages.errorMessage().contains(u"stopped"_s), qPrintable(pages.errorMessage()));
        QVERIFY(!QFile::exists(pdf));
        const QString png = m_folder.path(u"cancelled.png"_s);
        std::atomic<bool> already{true};
        QVERIFY(!gantt::writePng(m_autumn, png, {}, {}, &already));
        QVERIFY(!QFile::exists(png));
        // Nothing but the database is left in the folder.
        QCOMPARE(QDir(m_folder.path(QString())).entryList({u"cancelled*"_s}, QDir::Files).size(), 0);
    }

    void unwritablePathIsAClearError() {
        auto r = gantt::writePdf(m_autumn, u"/nonexistent/folder/x.pdf"_s, {});
        QVERIFY(!r);
        QVERIFY(r.errorMessage().contains(u"/nonexistent/folder/x.pdf"_s));
        QVERIFY(!gantt::writePdf(m_autumn, m_folder.path(u"x.pdf"_s), {QPageSize::A4, QPageLayout::Landscape, 0}));
    }

    void rangeKeepsTheRowsInIt() {
        const QDateTime from = m_autumn.finish.addDays(-8);
        const gantt::Chart limited = gantt::limitedTo(m_autumn, from, m_autumn.finish);
        QVERIFY(limited.rows.size() < m_autumn.rows.size());
        QVERIFY(!limited.rows.isEmpty());
        for (const gantt::ChartRow &row : limited.rows)
            QVERIFY(row.finish >= from);
        for (const gantt::ChartLink &l : limited.links)
            QVERIFY(l.from < limited.rows.size() && l.to < limited.rows.size());
    }

    void pictureForDocumentsKeepsWhatMatters() {
        const QImage small = gantt::picture(m_autumn, 1920, 480, 40);
        QCOMPARE(small.width(), 1920);
        gantt::Chart big = synthetic(120);
        big.rows[5].summary = true;
        big.rows[7].milestone = true;
        const QImage capped = gantt::picture(big, 1200, 480, 40);
        QCOMPARE(capped.width(), 1200);
        // 40 rows at most: about as tall as 40 rows and the header, far less than 120 rows.
        QVERIFY(capped.height() < 60 * 13 * 1200 / 480);
    }
};

QTEST_MAIN(TestGanttExport)
#include "tst_ganttexport.moc"

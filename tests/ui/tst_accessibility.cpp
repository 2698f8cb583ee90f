// Every custom-painted widget says what it shows to a screen reader (an accessible name, and a
// description that carries its figures in words); risk bands, statuses and the critical path carry
// text or a pattern as well as colour; and in a dark palette the painted widgets and the tables
// keep their text readable. With RELM_SCREENSHOT_DIR set, every page is saved in the dark palette.
#include "DemoWindow.h"
#include "TestSupport.h"

#include "builds/BuildsPage.h"
#include "calendar/CalendarPage.h"
#include "calendar/MonthView.h"
#include "calendar/WeekView.h"
#include "changerequests/ChangesPage.h"
#include "dashboard/DashboardView.h"
#include "deployments/DeploymentsPage.h"
#include "gantt/GanttModel.h"
#include "gantt/GanttTimeline.h"
#include "gantt/MonteCarloPanel.h"
#include "gantt/SchedulePage.h"
#include "package/PackagePage.h"
#include "release/ReleaseOverviewPage.h"
#include "release/ReleaseTab.h"
#include "risks/ExposureChart.h"
#include "risks/RiskHeatMap.h"
#include "risks/RiskTableModel.h"
#include "risks/RisksPage.h"
#include "shell/MainWindow.h"
#include "signoff/SignOffPage.h"
#include "storage/ReleaseStore.h"
#include "widgets/Legible.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QLabel>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>

using namespace relm;
using namespace Qt::Literals::StringLiterals;

namespace {

/// A dark palette as a desktop's dark theme gives one: light text on near-black grounds.
QPalette darkPalette() {
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80);
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6e, 0x6e));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4a));
    p.setColor(QPalette::Midlight, QColor(0x3e, 0x3e, 0x3e));
    p.setColor(QPalette::Mid, QColor(0x5a, 0x5a, 0x5a));
    p.setColor(QPalette::Dark, QColor(0x1a, 0x1a, 0x1a));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xcf));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7c, 0xb8, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xc0, 0x9c, 0xff));
    for (const QPalette::ColorRole role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

/// Fusion in the dark palette for as long as it lives, then the style and palette from before.
class DarkTheme final {
public:
    DarkTheme()
        : m_style(QApplication::style()->name())
        , m_palette(QApplication::palette()) {
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(darkPalette());
    }
    ~DarkTheme() {
        QApplication::setStyle(QStyleFactory::create(m_style));
        QApplication::setPalette(m_palette);
    }
    Q_DISABLE_COPY_MOVE(DarkTheme)

private:
    QString m_style;
    QPalette m_palette;
};

/// The widgets that paint themselves: charts, Gantt timelines, heat maps and calendars.
QList<QWidget *> customWidgets(const QWidget *root) {
    QList<QWidget *> found;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (qobject_cast<QChartView *>(w) || qobject_cast<GanttTimeline *>(w) || qobject_cast<RiskHeatMap *>(w) ||
            qobject_cast<CalendarGridView *>(w))
            found.append(w);
    }
    return found;
}

QString nameOf(const QWidget *w) {
    return u"%1 \u201C%2\u201D"_s.arg(QString::fromLatin1(w->metaObject()->className()), w->accessibleName());
}

/// The colour most pixels in `area` have: the ground the widget paints on.
QColor groundOf(const QImage &image, const QRect &area) {
    QHash<QRgb, int> counts;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x)
            ++counts[image.pixel(x, y)];
    }
    QRgb most = 0;
    int highest = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > highest) {
            highest = it.value();
            most = it.key();
        }
    }
    return QColor::fromRgb(most);
}

/// The best contrast any pixel in `area` has with `ground`: how readable its text or marks are.
double bestContrast(const QImage &image, const QRect &area, const QColor &ground) {
    double best = 1;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x)
            best = std::max(best, legible::contrast(QColor::fromRgb(image.pixel(x, y)), ground));
    }
    return best;
}

/// How many pixels in `area` are close to `colour`.
int pixelsNear(const QImage &image, const QRect &area, const QColor &colour) {
    int near = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x)
            near += legible::contrast(image.pixelColor(x, y), colour) < 1.3 ? 1 : 0;
    }
    return near;
}

QColor colourOf(const QVariant &value) {
    return value.typeId() == QMetaType::QColor ? value.value<QColor>() : value.value<QBrush>().color();
}

/// Cells of the visible item views whose own text colour does not read on their ground.
QStringList unreadableCells(const QWidget *page) {
    QStringList problems;
    for (const QAbstractItemView *view : page->findChildren<QAbstractItemView *>()) {
        const QAbstractItemModel *model = view->model();
        if (!view->isVisible() || !model)
            continue;
        for (int row = 0; row < std::min(model->rowCount(), 200); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                const QModelIndex index = model->index(row, column);
                const QVariant foreground = index.data(Qt::ForegroundRole);
                if (!foreground.isValid())
                    continue;
                const QVariant background = index.data(Qt::BackgroundRole);
                const QColor ground =
                    background.isValid() ? colourOf(background) : view->palette().color(QPalette::Base);
                const double contrast = legible::contrast(colourOf(foreground), ground);
                if (contrast < 4.5)
                    problems.append(u"%1 row %2 column %3 \u201C%4\u201D: %5:1"_s.arg(view->accessibleName())
                                        .arg(row)
                                        .arg(column)
                                        .arg(index.data().toString())
                                        .arg(contrast, 0, 'f', 1));
            }
        }
    }
    return problems;
}

/// A custom widget in the dark palette: it paints on a dark ground (no light box left from a fixed
/// theme) and has text or marks that read on it.
void checkPaintsInPalette(QWidget *widget) {
    const QImage image = widget->grab().toImage();
    const QRect area = image.rect();
    const QColor ground = groundOf(image, area);
    const QPalette palette = widget->palette();
    const double fromBase = legible::contrast(ground, palette.color(QPalette::Base));
    const double fromWindow = legible::contrast(ground, palette.color(QPalette::Window));
    QVERIFY2(std::min(fromBase, fromWindow) < 1.3,
             qPrintable(u"%1 paints on %2, not on the palette's ground"_s.arg(nameOf(widget), ground.name())));
    QVERIFY2(bestContrast(image, area, ground) >= 4.5,
             qPrintable(u"%1 has no text that reads on %2"_s.arg(nameOf(widget), ground.name())));
}

} // namespace

class TestAccessibility final : public QObject {
    Q_OBJECT

    test::TempFolder m_folder;
    std::unique_ptr<MainWindow> m_window;

    Workspace &ws() { return *m_window->workspace(); }

    void openWindow() {
        m_window = test::openDemoWindow(m_folder.path(QString::fromLatin1(QTest::currentTestFunction()) + u".db"_s),
                                        {1366, 768});
    }
    ReleaseTab *openAutumn() {
        ReleaseTab *tab = m_window->openRelease(ws().releases().releaseByName(u"2026.4 Autumn"_s)->id);
        tab->setCurrentWidget(tab->schedulePage());
        return tab;
    }
    void runMonteCarlo(MonteCarloPanel *panel) {
        panel->iterationsField()->setValue(300);
        QSignalSpy finished(panel, &MonteCarloPanel::finished);
        panel->run();
        QVERIFY(finished.wait(60000));
    }
    /// Every portfolio tab with a custom widget, opened once.
    void openPortfolioTabs() {
        CalendarPage *calendar = m_window->openCalendar();
        calendar->setMode(CalendarPage::Mode::Month);
        calendar->showDate(ws().releases().releaseByName(u"2026.4 Autumn"_s)->plannedEnd);
        m_window->openPortfolioGantt();
        m_window->openDashboard();
    }
    void shoot(const QString &name) {
        QApplication::processEvents();
        test::saveScreenshot(m_window.get(), u"dark-%1.png"_s.arg(name));
    }

private Q_SLOTS:
    void initTestCase() { test::isolateSettings(); }

    void cleanup() { m_window.reset(); }

    void coloursAreMovedOnlyAsFarAsNeeded_data() {
        QTest::addColumn<QColor>("colour");
        QTest::addColumn<QColor>("ground");
        const QColor dark(0x1e, 0x1e, 0x1e);
        const QColor light(Qt::white);
        for (const QColor &ground : {dark, light}) {
            const QString on = ground == dark ? u"dark"_s : u"light"_s;
            QTest::addRow("red on %s", qPrintable(on)) << QColor(0xc6, 0x28, 0x28) << ground;
            QTest::addRow("green on %s", qPrintable(on)) << QColor(0x2e, 0x7d, 0x32) << ground;
            QTest::addRow("amber on %s", qPrintable(on)) << QColor(0xff, 0xca, 0x28) << ground;
            QTest::addRow("grey on %s", qPrintable(on)) << QColor(0x80, 0x80, 0x80) << ground;
            QTest::addRow("the ground itself on %s", qPrintable(on)) << ground << ground;
        }
    }

    void coloursAreMovedOnlyAsFarAsNeeded() {
        QFETCH(QColor, colour);
        QFETCH(QColor, ground);
        QCOMPARE(legible::contrast(QColor(Qt::black), QColor(Qt::white)), 21.0);
        const QColor text = legible::on(colour, ground);
        QVERIFY2(legible::contrast(text, ground) >= 4.5, qPrintable(text.name()));
        if (legible::contrast(colour, ground) >= 4.5)
            QCOMPARE(text, colour); // already legible: left alone
        QVERIFY(legible::contrast(legible::on(colour, ground, 3.0), ground) >= 3.0);
        // A label on the colour as a fill: black or white, whichever reads better.
        QCOMPARE(legible::contrast(legible::textOn(colour), colour),
                 std::max(legible::contrast(Qt::black, colour), legible::contrast(Qt::white, colour)));
    }

    void everyCustomWidgetIsNamedAndDescribed() {
        openWindow();
        QVERIFY(m_window);
        ReleaseTab *tab = openAutumn();
        runMonteCarlo(tab->schedulePage()->monteCarlo());
        openPortfolioTabs();

        const QList<QWidget *> widgets = customWidgets(m_window.get());
        const auto count = [&widgets](auto isOfKind) {
            return int(std::count_if(widgets.cbegin(), widgets.cend(), isOfKind));
        };
        // The release's Gantt and the portfolio's; the month and the week; the dashboard's eight charts,
        // the exposure chart and the Monte Carlo histograms (the portfolio Gantt has one, hidden).
        QCOMPARE(count([](QWidget *w) { return qobject_cast<GanttTimeline *>(w) != nullptr; }), 2);
        QCOMPARE(count([](QWidget *w) { return qobject_cast<RiskHeatMap *>(w) != nullptr; }), 1);
        QCOMPARE(count([](QWidget *w) { return qobject_cast<CalendarGridView *>(w) != nullptr; }), 2);
        QCOMPARE(count([](QWidget *w) { return qobject_cast<QChartView *>(w) != nullptr; }), 11);
        // What a screen reader asks for: the accessibility layer answers with a name and a description.
        for (QWidget *w : widgets) {
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(w);
            QVERIFY(accessible);
            QVERIFY2(!accessible->text(QAccessible::Name).trimmed().isEmpty(), qPrintable(nameOf(w)));
            QVERIFY2(!accessible->text(QAccessible::Description).trimmed().isEmpty(), qPrintable(nameOf(w)));
        }

        // The descriptions carry the figures the colours show.
        RisksPage *risks = tab->risksPage();
        const QString heatMap = risks->heatMap()->accessibleDescription();
        QVERIFY2(heatMap.contains(u"5 open risk"_s) && heatMap.contains(u"likelihood 4 \u00d7 impact 4"_s),
                 qPrintable(heatMap));
        QVERIFY2(risks->exposureChart()->accessibleDescription().contains(u"now 51"_s),
                 qPrintable(risks->exposureChart()->accessibleDescription()));
        SchedulePage *schedule = tab->schedulePage();
        const QString gantt = schedule->timeline()->accessibleDescription();
        int critical = -1;
        for (int row = 0; row < schedule->model()->rowCount() && critical < 0; ++row) {
            if (schedule->model()->index(row, 0).data(GanttModel::CriticalRole).toBool() &&
                !schedule->model()->index(row, 0).data(GanttModel::SummaryRole).toBool())
                critical = row;
        }
        QVERIFY(critical >= 0);
        QVERIFY2(gantt.contains(u"on the critical path: "_s + schedule->model()->taskAt(critical).task.name),
                 qPrintable(gantt));
        QVERIFY2(schedule->monteCarlo()->chart()->accessibleDescription().contains(u"P80"_s),
                 qPrintable(schedule->monteCarlo()->chart()->accessibleDescription()));
        const QString month = m_window->findChild<MonthView *>()->accessibleDescription();
        QVERIFY2(month.contains(u"deployment"_s), qPrintable(month));
        for (QChartView *view : m_window->findChild<DashboardView *>()->chartViews())
            QVERIFY2(view->accessibleDescription().length() > view->toolTip().length() + 10,
                     qPrintable(view->accessibleDescription()));
    }

    void bandsStatusAndTheCriticalPathCarryText() {
        openWindow();
        QVERIFY(m_window);
        ReleaseTab *tab = openAutumn();
        // The register names each risk's band beside its exposure.
        const RiskTableModel *risks = tab->risksPage()->model();
        QVERIFY(risks->rowCount() > 0);
        for (int row = 0; row < risks->rowCount(); ++row) {
            const QModelIndex exposure = risks->index(row, RiskTableModel::ExposureColumn);
            const auto band = Risk::Band(exposure.data(RiskTableModel::BandRole).toInt());
            QVERIFY2(exposure.data().toString().endsWith(riskBandLabel(band)), qPrintable(exposure.data().toString()));
        }
        // Critical tasks say so in their tooltip (on the table and on the chart), and the legend says
        // how the chart marks them.
        const GanttModel *gantt = tab->schedulePage()->model();
        for (int row = 0; row < gantt->rowCount(); ++row) {
            const QModelIndex index = gantt->index(row, 0);
            QCOMPARE(index.data(Qt::ToolTipRole).toString().contains(u"critical path"_s),
                     index.data(GanttModel::CriticalRole).toBool());
        }
        auto *legend = tab->schedulePage()->findChild<QLabel *>(u"scheduleLegend"_s);
        QVERIFY(legend && legend->isVisible());
        QVERIFY(legend->text().contains(u"critical path"_s));
    }

    void darkPaletteKeepsEveryPageReadable() {
        const DarkTheme dark;
        openWindow();
        QVERIFY(m_window);
        ReleaseTab *tab = openAutumn();
        checkGanttShapes(tab->schedulePage());
        if (QTest::currentTestFailed())
            return;

        const QList<std::pair<QWidget *, QString>> pages = {
            {tab->overview(), u"overview"_s},   {tab->packagePage(), u"package"_s},
            {tab->changesPage(), u"changes"_s}, {tab->schedulePage(), u"schedule"_s},
            {tab->risksPage(), u"risks"_s},     {tab->signOffPage(), u"signoff"_s},
            {tab->buildsPage(), u"builds"_s},   {tab->deploymentsPage(), u"deployments"_s},
        };
        for (const auto &[page, name] : pages) {
            tab->setCurrentWidget(page);
            shoot(name);
            const QStringList unreadable = unreadableCells(page);
            QVERIFY2(unreadable.isEmpty(), qPrintable(name + u": "_s + unreadable.join(u"; "_s)));
            for (QWidget *widget : customWidgets(page)) {
                if (widget->isVisible())
                    checkPaintsInPalette(widget);
            }
            if (QTest::currentTestFailed())
                return;
        }
        tab->setCurrentWidget(tab->risksPage());
        checkHeatMapCells(tab->risksPage()->heatMap());
        if (QTest::currentTestFailed())
            return;
        // The Monte Carlo histogram, beneath the Gantt.
        tab->setCurrentWidget(tab->schedulePage());
        tab->schedulePage()->findChild<QAction *>(u"scheduleMonteCarlo"_s)->setChecked(true);
        runMonteCarlo(tab->schedulePage()->monteCarlo());
        shoot(u"schedule-monte-carlo"_s);
        checkPaintsInPalette(tab->schedulePage()->monteCarlo()->chart());

        openPortfolioTabs();
        checkPaintsInPalette(m_window->openPortfolioGantt()->timeline());
        shoot(u"portfolio-gantt"_s);
        CalendarPage *calendar = m_window->openCalendar();
        shoot(u"calendar-month"_s);
        checkPaintsInPalette(calendar->monthView());
        QVERIFY2(unreadableCells(calendar).isEmpty(), qPrintable(unreadableCells(calendar).join(u"; "_s)));
        calendar->setMode(CalendarPage::Mode::Week);
        shoot(u"calendar-week"_s);
        checkPaintsInPalette(calendar->weekView());
        DashboardView *dashboard = m_window->openDashboard();
        shoot(u"dashboard"_s);
        for (QChartView *view : dashboard->chartViews())
            checkPaintsInPalette(view);
    }

private:
    /// Phases and milestones stand out from the ground; critical bars are hatched, not only red.
    void checkGanttShapes(SchedulePage *page) {
        GanttTimeline *timeline = page->timeline();
        const QImage image = timeline->viewport()->grab().toImage();
        const QColor ground = timeline->palette().color(QPalette::Base);
        int hatched = 0;
        for (int row = 0; row < page->model()->rowCount(); ++row) {
            const QRect bar = timeline->barRect(row).intersected(image.rect());
            if (bar.width() < 6 || bar.height() < 4)
                continue; // out of view
            const QModelIndex index = page->model()->index(row, 0);
            const bool summary = index.data(GanttModel::SummaryRole).toBool();
            if (summary || index.data(GanttModel::MilestoneRole).toBool()) {
                const QColor centre = image.pixelColor(bar.center());
                QVERIFY2(legible::contrast(centre, ground) >= 3.0,
                         qPrintable(u"row %1 is drawn in %2 on %3"_s.arg(row).arg(centre.name(), ground.name())));
            } else if (index.data(GanttModel::CriticalRole).toBool()) {
                // The hatching is drawn in the colour that reads on the red: white.
                hatched += pixelsNear(image, bar.adjusted(1, 1, -1, -1), Qt::white) > 0 ? 1 : 0;
            }
        }
        QVERIFY2(hatched > 0, "no critical bar in view is hatched");
    }

    /// Each heat-map cell's label reads on its fill, and empty cells fade into the dark ground
    /// rather than lighting up.
    void checkHeatMapCells(RiskHeatMap *map) {
        const QImage image = map->grab().toImage();
        const QColor ground = map->palette().color(QPalette::Window);
        for (int l = 1; l <= 5; ++l) {
            for (int i = 1; i <= 5; ++i) {
                const QPoint centre = map->cellCentre(l, i);
                const QRect cell = QRect(centre, centre).adjusted(-12, -12, 12, 12).intersected(image.rect());
                // The band letter sits in the top-left corner and the count in the middle: the
                // fill shows at the bottom right.
                const QColor fill = image.pixelColor(cell.bottomRight());
                const QColor band = riskBandColour(Risk::bandOf(l * i));
                if (map->count(l, i) > 0) {
                    QVERIFY2(bestContrast(image, cell, fill) >= 4.5,
                             qPrintable(
                                 u"the count in cell %1\u00d7%2 does not read on %3"_s.arg(l).arg(i).arg(fill.name())));
                } else {
                    QVERIFY2(legible::contrast(fill, ground) < legible::contrast(band, ground),
                             qPrintable(u"empty cell %1\u00d7%2 is brighter than its band"_s.arg(l).arg(i)));
                }
            }
        }
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"

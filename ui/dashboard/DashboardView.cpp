#include "DashboardView.h"

#include "metrics/AxisScale.h"

#include "changes/Workspace.h"
#include "metrics/MetricSource.h"
#include "widgets/ChartLook.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMenu>
#include <QPushButton>
#include <QSaveFile>
#include <QScatterSeries>
#include <QScrollArea>
#include <QStackedBarSeries>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

const QColor good(0x2e, 0x7d, 0x32);
const QColor bad(0xc6, 0x28, 0x28);
const QColor accent(0x1f, 0x3a, 0x5f);

void resetChart(QChart *chart) {
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        const std::unique_ptr<QAbstractAxis> released(axis); // removeAxis gives the axis back to us
    }
}

/// Month names are short but many: a slightly smaller font keeps every one readable.
void shrinkLabels(QAbstractAxis *axis) {
    QFont font = axis->labelsFont();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    axis->setLabelsFont(font);
}

/// A value axis on round ticks for values from `low` to `high` (see AxisScale).
QValueAxis *valueAxis(const QString &title, double low, double high, const AxisScale::Options &options) {
    const AxisScale scale = AxisScale::forValues(low, high, options);
    auto *axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setRange(scale.min, scale.max);
    axis->setTickCount(scale.tickCount);
    axis->setLabelFormat(scale.labelFormat);
    return axis;
}

AxisScale::Options counts() {
    AxisScale::Options options;
    options.wholeNumbers = true;
    return options;
}

/// A line over months with a dot per month that has a value; months without one are gaps.
void monthlyLine(QChart *chart, const QStringList &months, const QList<std::optional<double>> &values,
                 const QString &name, const QString &axisTitle, const QColor &colour, const QString &unit,
                 const AxisScale::Options &scale = {}) {
    resetChart(chart);
    auto *line = new QLineSeries;
    auto *dots = new QScatterSeries;
    line->setName(name);
    line->setColor(colour);
    dots->setColor(colour);
    dots->setMarkerSize(8);
    double min = 0, max = 0;
    for (int i = 0; i < values.size(); ++i) {
        if (!values.at(i))
            continue;
        line->append(i, *values.at(i));
        dots->append(i, *values.at(i));
        min = std::min(min, *values.at(i));
        max = std::max(max, *values.at(i));
    }
    chart->addSeries(line);
    chart->addSeries(dots);
    auto *x = new QBarCategoryAxis;
    x->append(months);
    shrinkLabels(x);
    auto *xValues = new QValueAxis;
    xValues->setRange(-0.5, std::max<qsizetype>(0, months.size()) - 0.5);
    xValues->setVisible(false);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(xValues, Qt::AlignBottom);
    QValueAxis *y = valueAxis(axisTitle, min, max, scale);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : {static_cast<QAbstractSeries *>(line), static_cast<QAbstractSeries *>(dots)}) {
        s->attachAxis(xValues);
        s->attachAxis(y);
    }
    chart->legend()->markers(dots).first()->setVisible(false);
    QObject::connect(dots, &QScatterSeries::hovered, chart, [months, unit](const QPointF &point, bool state) {
        if (state)
            QToolTip::showText(QCursor::pos(),
                               u"%1: %2 %3"_s.arg(months.value(int(point.x()))).arg(point.y(), 0, 'f', 1).arg(unit));
    });
}

/// A month's axis label, short enough for the number shown: the month's initial letters over a
/// year, otherwise the year at each January. Category labels must differ, so the blanks in long
/// periods differ in length.
QString monthLabel(const QDate &month, int index, int count) {
    if (count <= 12)
        return QLocale().toString(month, u"MMM"_s);
    if (count <= 24)
        return month.month() % 3 == 1 ? QLocale().toString(month, u"MMM yy"_s) : QString(index + 1, u' ');
    return month.month() == 1 ? QString::number(month.year()) : QString(index + 1, u' ');
}

/// A monthly line in words: its latest and its highest value, with their months.
QString lineFigures(const QStringList &months, const QList<std::optional<double>> &values, const QString &unit) {
    int latest = -1;
    int highest = -1;
    for (int i = 0; i < values.size(); ++i) {
        if (!values.at(i))
            continue;
        latest = i;
        if (highest < 0 || *values.at(i) > *values.at(highest))
            highest = i;
    }
    if (latest < 0)
        return DashboardView::tr("No figures in this period.");
    const QLocale locale;
    return DashboardView::tr("Latest: %1 %2 in %3; highest: %4 %2 in %5.")
        .arg(locale.toString(*values.at(latest), 'f', 1), unit, months.value(latest),
             locale.toString(*values.at(highest), 'f', 1), months.value(highest));
}

/// A ranking of releases in words: how many, and the one at the top.
QString rankingFigures(const QList<std::pair<QString, double>> &values, const QString &unit) {
    if (values.isEmpty())
        return DashboardView::tr("No releases to show.");
    const auto top = std::max_element(values.cbegin(), values.cend(),
                                      [](const auto &a, const auto &b) { return a.second < b.second; });
    return DashboardView::tr("%n release(s); the highest: %1 with %2 %3.", nullptr, int(values.size()))
        .arg(top->first, QLocale().toString(top->second, 'f', 1), unit);
}

void saveChart(QChartView *view, const QString &path) {
    view->grab().save(path, "PNG");
}

} // namespace

DashboardView::DashboardView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_period(new QComboBox(this))
    , m_service(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_refreshSoon(new QTimer(this)) {
    m_period->addItem(tr("Last 12 months"), 12);
    m_period->addItem(tr("Last 24 months"), 24);
    m_period->addItem(tr("Last 5 years"), 60);
    // The summary may be long: it wraps on a line of its own, beside the export buttons, rather
    // than widen the window or lose its end.
    m_summary->setWordWrap(true);
    auto *exportCharts = new QPushButton(tr("Export &Charts\u2026"), this);
    auto *exportCsv = new QPushButton(tr("Export &Figures (CSV)\u2026"), this);
    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Period:"), this));
    filters->addWidget(m_period);
    filters->addWidget(new QLabel(tr("Service:"), this));
    filters->addWidget(m_service);
    filters->addStretch(1);
    auto *summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(exportCharts, 0, Qt::AlignTop);
    summaryRow->addWidget(exportCsv, 0, Qt::AlignTop);

    m_grid = new QGridLayout;
    const QList<std::pair<QString, QString>> charts = {
        {u"deployment-frequency"_s, tr("Deployment frequency (production, per month)")},
        {u"lead-time"_s, tr("Lead time for changes (median days)")},
        {u"change-failure-rate"_s, tr("Change failure rate (%)")},
        {u"time-to-restore"_s, tr("Time to restore (mean hours)")},
        {u"on-time"_s, tr("Releases on time")},
        {u"schedule-slip"_s, tr("Average schedule slip (days)")},
        {u"risk-exposure"_s, tr("Open risk exposure per release")},
        {u"signoff-turnaround"_s, tr("Sign-off turnaround (hours)")},
    };
    m_explanations = {
        tr("Production deployments per month; failed or rolled-back ones in red."),
        tr("From a change request being raised to the first successful production deployment of its release."),
        tr("Share of production deployments that failed or were rolled back."),
        tr("From a failed production deployment to the next successful one of the same service."),
        tr("Releases whose first production deployment was on or before their planned end."),
        tr("First production deployment against the planned end; negative is early."),
        tr("Sum of likelihood × impact over each release's risks that are not closed."),
        tr("From the first sign-off on a release to its last approval."),
    };
    for (int i = 0; i < charts.size(); ++i) {
        QChartView *view = addChart(charts.at(i).first, charts.at(i).second);
        view->setToolTip(m_explanations.value(i));
    }
    arrangeCharts(2);
    auto *content = new QWidget(this);
    content->setLayout(m_grid);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(summaryRow);
    layout->addWidget(scroll, 1);

    m_refreshSoon->setSingleShot(true);
    m_refreshSoon->setInterval(200);
    connect(m_refreshSoon, &QTimer::timeout, this, &DashboardView::refresh);
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        m_metrics = {};
        drawMonthly();
        refresh();
    });
    connect(m_service, &QComboBox::currentIndexChanged, this, &DashboardView::refresh);
    connect(&m_workspace, &Workspace::changed, this, [this](const ChangeNotice &notice) {
        if (notice.entity == Entity::Deployment || notice.entity == Entity::Release ||
            notice.entity == Entity::ChangeRequest || notice.entity == Entity::Risk || notice.entity == Entity::SignOff)
            m_refreshSoon->start();
    });
    connect(exportCharts, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Export Charts to Folder"));
        if (!folder.isEmpty())
            m_summary->setText(
                tr("Saved %n chart(s) to %1.", nullptr, int(this->exportCharts(folder).size())).arg(folder));
    });
    connect(exportCsv, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export Figures"), u"delivery-metrics.csv"_s, tr("CSV (*.csv)"));
        if (!path.isEmpty() && !this->exportCsv(path))
            m_summary->setText(tr("Could not write %1.").arg(path));
    });
    refresh();
}

QChartView *DashboardView::addChart(const QString &name, const QString &title) {
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *view = new QChartView(chart, this);
    view->setObjectName(name);
    view->setAccessibleName(title);
    followPalette(view);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(360, 300);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, [this, view, name](const QPoint &at) {
        QMenu menu;
        menu.addAction(tr("Save Chart as PNG\u2026"), this, [this, view, name] {
            const QString path =
                QFileDialog::getSaveFileName(this, tr("Save Chart"), name + u".png"_s, tr("PNG image (*.png)"));
            if (!path.isEmpty())
                saveChart(view, path);
        });
        menu.exec(view->mapToGlobal(at));
    });
    m_views.append(view);
    return view;
}

void DashboardView::arrangeCharts(int columns) {
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (int i = 0; i < m_views.size(); ++i) {
        m_grid->removeWidget(m_views.at(i));
        m_grid->addWidget(m_views.at(i), i / columns, i % columns);
    }
}

void DashboardView::resizeEvent(QResizeEvent *event) {
    QWidget::resizeEvent(event);
    // Twelve month labels need room: side by side only when each chart gets enough width.
    arrangeCharts(width() >= 1100 ? 2 : 1);
}

void DashboardView::fillServices() {
    const QString current = m_service->currentData().toString();
    QStringList services;
    for (const MetricRelease &r : m_input.releases) {
        if (!r.service.isEmpty() && !services.contains(r.service))
            services.append(r.service);
    }
    services.sort();
    const QSignalBlocker blocker(m_service);
    m_service->clear();
    m_service->addItem(tr("All services"), QString());
    for (const QString &s : services)
        m_service->addItem(s, s);
    m_service->setCurrentIndex(std::max(0, m_service->findData(current)));
}

void DashboardView::setMonths(int months) {
    m_period->setCurrentIndex(std::max(0, m_period->findData(months)));
}

void DashboardView::setService(const QString &service) {
    m_service->setCurrentIndex(std::max(0, m_service->findData(service)));
}

void DashboardView::refresh() {
    auto input = loadMetricInput(m_workspace);
    if (!input) {
        m_summary->setText(input.errorMessage());
        return;
    }
    m_input = *input;
    fillServices();
    const QDate today = m_workspace.clock()().date();
    const int months = m_period->currentData().toInt();
    m_metrics = DeliveryMetrics::compute(m_input, QDate(today.year(), today.month(), 1).addMonths(1 - months), today,
                                         m_service->currentData().toString());
    drawMonthly();
    drawReleases();
    m_summary->setText(summary());
    m_summary->setToolTip(m_summary->text());
}

QString DashboardView::summary() const {
    int deployments = 0;
    int failures = 0;
    for (const MonthFigures &m : m_metrics.months) {
        deployments += m.deployments;
        failures += m.failures;
    }
    return tr("%1 production deployments, %2 failed or rolled back (%3 %)")
        .arg(deployments)
        .arg(failures)
        .arg(deployments ? 100.0 * failures / deployments : 0.0, 0, 'f', 1);
}

void DashboardView::describe(int chart, const QString &figures) {
    QChartView *view = m_views.at(chart);
    followPalette(view);
    view->setAccessibleDescription(m_explanations.value(chart) + u' ' + figures);
}

void DashboardView::drawMonthly() {
    QStringList months;
    QStringList monthNames; // in full, for the descriptions a screen reader reads
    int dueTotal = 0;
    int onTimeTotal = 0;
    QList<std::optional<double>> lead;
    QList<std::optional<double>> failureRate;
    QList<std::optional<double>> restore;
    QList<std::optional<double>> slip;
    auto *succeeded = new QBarSet(tr("Succeeded"));
    auto *failed = new QBarSet(tr("Failed or rolled back"));
    auto *due = new QBarSet(tr("Released"));
    auto *onTime = new QBarSet(tr("On time"));
    succeeded->setColor(good);
    failed->setColor(bad);
    due->setColor(accent.lighter(160));
    onTime->setColor(good);
    double maxDeployments = 0;
    double maxDue = 0;
    for (const MonthFigures &m : m_metrics.months) {
        months.append(monthLabel(m.month, int(months.size()), int(m_metrics.months.size())));
        monthNames.append(QLocale().toString(m.month, u"MMMM yyyy"_s));
        dueTotal += m.releasesDue;
        onTimeTotal += m.releasesOnTime;
        *succeeded << m.deployments - m.failures;
        *failed << m.failures;
        *due << m.releasesDue;
        *onTime << m.releasesOnTime;
        maxDeployments = std::max<double>(maxDeployments, m.deployments);
        maxDue = std::max<double>(maxDue, m.releasesDue);
        lead.append(m.leadTimeDays);
        failureRate.append(m.deployments ? std::optional<double>(100.0 * m.changeFailureRate) : std::nullopt);
        restore.append(m.timeToRestoreHours);
        slip.append(m.averageSlipDays);
    }
    const auto bars = [&months](QChart *chart, QAbstractBarSeries *series, const QString &axisTitle, double max) {
        resetChart(chart);
        chart->addSeries(series);
        auto *x = new QBarCategoryAxis;
        x->append(months);
        shrinkLabels(x);
        chart->addAxis(x, Qt::AlignBottom);
        chart->legend()->setVisible(true);
        QValueAxis *y = valueAxis(axisTitle, 0, max, counts());
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(x);
        series->attachAxis(y);
        QObject::connect(series, &QAbstractBarSeries::hovered, chart, [months](bool state, int index, QBarSet *set) {
            if (state)
                QToolTip::showText(QCursor::pos(),
                                   u"%1, %2: %3"_s.arg(months.value(index), set->label()).arg(set->at(index)));
        });
    };
    auto *stacked = new QStackedBarSeries;
    stacked->append({succeeded, failed});
    bars(m_views.at(0)->chart(), stacked, tr("deployments"), maxDeployments);
    monthlyLine(m_views.at(1)->chart(), months, lead, tr("Median lead time"), tr("days"), accent, tr("days"));
    AxisScale::Options percent;
    percent.ceiling = 100; // a rate never passes all deployments
    monthlyLine(m_views.at(2)->chart(), months, failureRate, tr("Change failure rate"), tr("%"), bad, tr("%"), percent);
    monthlyLine(m_views.at(3)->chart(), months, restore, tr("Mean time to restore"), tr("hours"),
                QColor(0xe6, 0x51, 0x00), tr("hours"));
    auto *onTimeSeries = new QBarSeries;
    onTimeSeries->append({due, onTime});
    bars(m_views.at(4)->chart(), onTimeSeries, tr("releases"), maxDue);
    monthlyLine(m_views.at(5)->chart(), months, slip, tr("Average slip"), tr("days (negative: early)"),
                QColor(0x6a, 0x1b, 0x9a), tr("days"));
    describe(0, summary());
    describe(1, lineFigures(monthNames, lead, tr("days")));
    describe(2, lineFigures(monthNames, failureRate, tr("%")));
    describe(3, lineFigures(monthNames, restore, tr("hours")));
    describe(4, tr("%1 releases due, %2 of them on time.").arg(dueTotal).arg(onTimeTotal));
    describe(5, lineFigures(monthNames, slip, tr("days")));
}

void DashboardView::drawReleases() {
    const auto horizontal = [](QChart *chart, const QList<std::pair<QString, double>> &values, const QString &setName,
                               const QString &axisTitle, const QColor &colour) {
        resetChart(chart);
        auto *set = new QBarSet(setName);
        set->setColor(colour);
        QStringList names;
        double max = 0;
        for (const auto &[name, value] : values) {
            names.append(name);
            *set << value;
            max = std::max(max, value);
        }
        auto *series = new QHorizontalBarSeries;
        series->append(set);
        chart->addSeries(series);
        auto *y = new QBarCategoryAxis;
        y->append(names.isEmpty() ? QStringList{tr("(none)")} : names);
        chart->addAxis(y, Qt::AlignLeft);
        QValueAxis *x = valueAxis(axisTitle, 0, max, {});
        chart->addAxis(x, Qt::AlignBottom);
        series->attachAxis(x);
        series->attachAxis(y);
        chart->legend()->setVisible(false);
        QObject::connect(series, &QAbstractBarSeries::hovered, chart, [names](bool state, int index, QBarSet *s) {
            if (state)
                QToolTip::showText(QCursor::pos(), u"%1: %2"_s.arg(names.value(index)).arg(s->at(index), 0, 'f', 1));
        });
    };
    QList<std::pair<QString, double>> exposure;
    QList<std::pair<QString, double>> turnaround;
    // The releases of the period and every release still open.
    QList<MetricRelease> shown = m_metrics.releases;
    for (const MetricRelease &r : m_input.releases) {
        if (!r.firstSuccess && r.openExposure > 0 &&
            std::none_of(shown.cbegin(), shown.cend(), [&r](const MetricRelease &s) { return s.id == r.id; }))
            shown.append(r);
    }
    for (const MetricRelease &r : shown) {
        if (r.openExposure > 0)
            exposure.append({r.name, double(r.openExposure)});
        if (r.signOffHours)
            turnaround.append({r.name, *r.signOffHours});
    }
    horizontal(m_views.at(6)->chart(), exposure, tr("Open exposure"), tr("exposure (likelihood × impact, summed)"),
               bad);
    horizontal(m_views.at(7)->chart(), turnaround, tr("Turnaround"), tr("hours"), accent);
    describe(6, rankingFigures(exposure, tr("exposure")));
    describe(7, rankingFigures(turnaround, tr("hours")));
}

QStringList DashboardView::exportCharts(const QString &folder) {
    QStringList written;
    for (QChartView *view : m_views) {
        const QString path = QDir(folder).filePath(view->objectName() + u".png"_s);
        if (view->grab().save(path, "PNG"))
            written.append(path);
    }
    return written;
}

bool DashboardView::exportCsv(const QString &path) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QString csv = m_metrics.toCsv();
    csv += u"\nrelease,service,open_exposure,signoff_turnaround_hours\n"_s;
    for (const MetricRelease &r : m_metrics.releases)
        csv += u"\"%1\",\"%2\",%3,%4\n"_s.arg(r.name, r.service)
                   .arg(r.openExposure)
                   .arg(r.signOffHours ? QString::number(*r.signOffHours, 'f', 1) : QString());
    file.write(csv.toUtf8());
    return file.commit();
}

} // namespace relm

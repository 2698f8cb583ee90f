#include "MonteCarloPanel.h"

#include "i18n/ShownDates.h"

#include "changes/Workspace.h"
#include "planning/ReleasePlanning.h"
#include "storage/ReleaseStore.h"
#include "widgets/ChartLook.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QMap>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedBarSeries>
#include <QTextDocumentFragment>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent>

namespace relm {

MonteCarloPanel::MonteCarloPanel(Workspace &workspace, Id releaseId, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_releaseId(releaseId)
    , m_iterations(new QSpinBox(this))
    , m_seed(new QSpinBox(this))
    , m_target(new QDateEdit(this))
    , m_run(new QPushButton(tr("&Run Simulation"), this))
    , m_stop(new QPushButton(tr("Stop"), this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_chart(new QChartView(this)) {
    m_iterations->setRange(100, 100000);
    m_iterations->setSingleStep(500);
    m_iterations->setValue(2000);
    m_iterations->setAccessibleName(tr("Iterations"));
    m_seed->setRange(1, 999999);
    m_seed->setValue(1);
    m_seed->setAccessibleName(tr("Random seed"));
    m_target->setCalendarPopup(true);
    m_target->setAccessibleName(tr("Target date"));
    auto release = workspace.releases().release(releaseId);
    m_target->setDate(release && release->plannedEnd.isValid() ? release->plannedEnd
                                                               : QDate::currentDate().addMonths(1));
    m_stop->setEnabled(false);
    m_progress->setVisible(false);
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Draws each task's duration from its estimate (optimistic, likely, pessimistic) and "
                          "schedules the release again, many times: how likely is the target?"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(160);
    m_chart->setAccessibleName(tr("Finish date histogram"));
    m_chart->setAccessibleDescription(aboutChart());
    followPalette(m_chart);

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Iterations:"), this));
    controls->addWidget(m_iterations);
    controls->addWidget(new QLabel(tr("Seed:"), this));
    controls->addWidget(m_seed);
    controls->addWidget(new QLabel(tr("Target:"), this));
    controls->addWidget(m_target);
    controls->addWidget(m_run);
    controls->addWidget(m_stop);
    controls->addWidget(m_progress, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_summary);
    layout->addWidget(m_chart, 1);

    connect(m_run, &QPushButton::clicked, this, &MonteCarloPanel::run);
    connect(m_stop, &QPushButton::clicked, this, &MonteCarloPanel::cancel);
    connect(&m_watcher, &QFutureWatcher<Result<ReleaseSimulation>>::progressValueChanged, m_progress,
            &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcher<Result<ReleaseSimulation>>::finished, this, [this] {
        m_run->setEnabled(true);
        m_stop->setEnabled(false);
        m_progress->setVisible(false);
        const Result<ReleaseSimulation> result = m_watcher.result();
        if (!result)
            m_summary->setText(result.errorMessage());
        else
            showResult(*result);
        Q_EMIT finished();
    });
}

MonteCarloPanel::~MonteCarloPanel() {
    m_cancel = true;
    m_watcher.waitForFinished();
}

void MonteCarloPanel::run() {
    if (m_watcher.isRunning())
        return;
    m_cancel = false;
    MonteCarloOptions options;
    options.iterations = m_iterations->value();
    options.seed = quint64(m_seed->value());
    options.target = QDateTime(m_target->date(), QTime(17, 0));
    options.threads = std::max(1, QThread::idealThreadCount());
    m_progress->setRange(0, options.iterations);
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_run->setEnabled(false);
    m_stop->setEnabled(true);
    // The plan is read here, on the UI thread; only the simulation runs in the background.
    auto input = planning::simulationInput(m_workspace, m_releaseId);
    if (!input) {
        m_summary->setText(input.errorMessage());
        m_run->setEnabled(true);
        m_stop->setEnabled(false);
        m_progress->setVisible(false);
        return;
    }
    m_watcher.setFuture(
        QtConcurrent::run([input = *input, options, this](QPromise<Result<ReleaseSimulation>> &promise) {
            promise.setProgressRange(0, options.iterations);
            auto result = MonteCarlo::run(
                input.input, options, [&promise](int done) { promise.setProgressValue(done); }, &m_cancel);
            if (!result)
                promise.addResult(Result<ReleaseSimulation>(result.error()));
            else
                promise.addResult(Result<ReleaseSimulation>(
                    ReleaseSimulation{*result, input.tasks, int(input.input.riskEvents.size())}));
        }));
}

void MonteCarloPanel::cancel() {
    m_cancel = true;
}

QString MonteCarloPanel::summary() const {
    return m_summary->text();
}

QString MonteCarloPanel::aboutChart() {
    return tr("How many simulated schedules finish on each day, those by the target and those after it.");
}

void MonteCarloPanel::showResult(const ReleaseSimulation &simulation) {
    const auto when = [](const QDateTime &at) {
        return shown_dates::dateTime(at);
    };
    const MonteCarloResult &r = simulation.result;
    const QLocale locale;
    QString text = tr("%1 iterations%2: P50 %3 \u00b7 <b>P80 %4</b> \u00b7 P95 %5")
                       .arg(r.iterations)
                       .arg(r.cancelled ? tr(" (stopped early)") : QString())
                       .arg(when(r.percentileDate(50)), when(r.percentileDate(80)), when(r.percentileDate(95)));
    if (r.probabilityOnTarget >= 0)
        text += tr(" \u00b7 %1% chance of finishing by %2")
                    .arg(qRound(r.probabilityOnTarget * 100))
                    .arg(shown_dates::date(m_target->date()));
    if (simulation.risks > 0)
        text += tr(" \u00b7 includes %n risk(s) from the register as possible delays", nullptr, simulation.risks);
    m_summary->setText(text);

    // Finishes per calendar day: on time and late stacked in two colours, labelled in the legend.
    QMap<QDate, std::pair<int, int>> perDay;
    const QDateTime target(m_target->date(), QTime(17, 0));
    for (const qint64 finish : r.finishes) {
        const QDateTime at = r.timeline->instantAt(finish, WorkTimeline::Edge::Finish);
        auto &bucket = perDay[at.date()];
        (at <= target ? bucket.first : bucket.second)++;
    }
    auto *onTime = new QBarSet(tr("Finishes by the target"));
    auto *late = new QBarSet(tr("Finishes after the target"));
    onTime->setColor(QColor(0x2e, 0x7d, 0x32));
    late->setColor(QColor(0xd3, 0x2f, 0x2f));
    QStringList days;
    int highest = 0;
    QDate busiest;
    for (auto it = perDay.cbegin(); it != perDay.cend(); ++it) {
        *onTime << it->first;
        *late << it->second;
        if (it->first + it->second > highest)
            busiest = it.key();
        highest = std::max(highest, it->first + it->second);
        days.append(locale.toString(it.key(), QStringLiteral("d MMM")));
    }
    auto *series = new QStackedBarSeries;
    series->append(onTime);
    series->append(late);
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(tr("Finish dates of %1 simulated schedules (iterations per day)").arg(r.iterations));
    auto *x = new QBarCategoryAxis;
    x->append(days);
    if (days.size() > 10)
        x->setLabelsAngle(-60);
    auto *y = new QValueAxis;
    y->setRange(0, highest);
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setAlignment(Qt::AlignRight); // beside the bars: the panel is short on a laptop
    connect(series, &QStackedBarSeries::hovered, chart, [days, onTime, late](bool state, int index) {
        if (state)
            QToolTip::showText(QCursor::pos(), tr("%1: %2 by the target, %3 after it")
                                                   .arg(days.value(index))
                                                   .arg(onTime->at(index))
                                                   .arg(late->at(index)));
    });
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
    followPalette(m_chart);
    // The bars in words: the figures above, and the day most runs finish on.
    QString busiestDay;
    if (busiest.isValid())
        busiestDay = tr(" Most runs finish on %1 (%2).")
                         .arg(locale.toString(busiest, QLocale::ShortFormat))
                         .arg(perDay.value(busiest).first + perDay.value(busiest).second);
    m_chart->setAccessibleDescription(aboutChart() + u' ' + QTextDocumentFragment::fromHtml(text).toPlainText() +
                                      busiestDay);
}

} // namespace relm

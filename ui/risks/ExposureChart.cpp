#include "ExposureChart.h"

#include "widgets/ChartLook.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

namespace relm {

ExposureChart::ExposureChart(QWidget *parent)
    : QChartView(parent) {
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(150);
    setAccessibleName(tr("Total risk exposure over time"));
    setHistory({}, QDateTime::currentDateTimeUtc());
}

void ExposureChart::setHistory(const QList<ExposurePoint> &history, const QDateTime &now) {
    auto *series = new QLineSeries;
    series->setName(tr("Total exposure of risks in play"));
    series->setColor(QColor(0xc6, 0x28, 0x28));
    int highest = 0;
    int previous = 0;
    QDateTime highestAt;
    for (const ExposurePoint &point : history) {
        const qreal x = qreal(point.at.toMSecsSinceEpoch());
        if (!series->points().isEmpty())
            series->append(x, previous); // hold the level until the change: a step chart
        series->append(x, point.total);
        previous = point.total;
        if (point.total > highest || !highestAt.isValid())
            highestAt = point.at;
        highest = std::max(highest, point.total);
    }
    if (!history.isEmpty() && now > history.last().at)
        series->append(qreal(now.toMSecsSinceEpoch()), previous);

    auto *chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(history.isEmpty() ? tr("No risk history yet") : tr("Total exposure over time"));
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->hide();
    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("d MMM"));
    x->setTickCount(3);
    if (!history.isEmpty())
        x->setRange(history.first().at.toLocalTime(), std::max(now, history.last().at).toLocalTime());
    auto *y = new QValueAxis;
    y->setRange(0, std::max(10, highest + highest / 5));
    y->setLabelFormat(QStringLiteral("%d"));
    // Three ticks, never shortened to "…": the chart is small beside the register on a laptop.
    y->setTickCount(3);
    y->applyNiceNumbers();
    y->setTruncateLabels(false);
    x->setTruncateLabels(false);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    connect(series, &QLineSeries::hovered, chart, [](const QPointF &point, bool state) {
        if (state)
            QToolTip::showText(
                QCursor::pos(),
                tr("%1: exposure %2")
                    .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(qint64(point.x())), QLocale::ShortFormat))
                    .arg(qRound(point.y())));
    });
    QChart *old = this->chart();
    setChart(chart);
    delete old;
    followPalette(this);

    // The line in words, for screen readers.
    const QLocale locale;
    const auto day = [&locale](const QDateTime &at) {
        return locale.toString(at.toLocalTime().date(), QLocale::ShortFormat);
    };
    setAccessibleDescription(
        history.isEmpty()
            ? tr("No risk history yet: the chart fills as risks are added and scored.")
            : tr("Total exposure (likelihood \u00d7 impact, summed) of the risks in play since %1: now %2, "
                 "highest %3 on %4.")
                  .arg(day(history.first().at))
                  .arg(previous)
                  .arg(highest)
                  .arg(day(highestAt)));
}

QList<QPointF> ExposureChart::plotted() const {
    const auto series = chart()->series();
    if (series.isEmpty())
        return {};
    return static_cast<QLineSeries *>(series.first())->points();
}

} // namespace relm

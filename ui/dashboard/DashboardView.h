#pragma once

#include "metrics/DeliveryMetrics.h"

#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QGridLayout;
class QLabel;
class QTimer;

namespace relm {

class Workspace;

/// The delivery dashboard: deployment frequency, lead time for changes, change failure rate and
/// time to restore per month, on-time releases and slip, open risk exposure and sign-off
/// turnaround per release, for a period and a service. Each chart saves as PNG (context menu or
/// Export Charts), the figures as CSV. Refreshes itself when the records change.
class DashboardView final : public QWidget {
    Q_OBJECT

public:
    explicit DashboardView(Workspace &workspace, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(DashboardView)

    /// Recomputes the figures and redraws every chart.
    void refresh();
    void setMonths(int months);
    void setService(const QString &service);
    /// Saves every chart as NAME.png into the folder; returns the files written.
    QStringList exportCharts(const QString &folder);
    bool exportCsv(const QString &path);

    const DeliveryMetrics &metrics() const { return m_metrics; }
    QList<QChartView *> chartViews() const { return m_views; }
    QString summary() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void arrangeCharts(int columns);
    QChartView *addChart(const QString &name, const QString &title);
    void fillServices();
    /// Draws a chart in the palette and describes it: its explanation and its figures in words.
    void describe(int chart, const QString &figures);
    void drawMonthly();
    void drawReleases();

    Workspace &m_workspace;
    MetricInput m_input;
    DeliveryMetrics m_metrics;
    QComboBox *m_period;
    QComboBox *m_service;
    QLabel *m_summary;
    QList<QChartView *> m_views;
    QStringList m_explanations;
    QTimer *m_refreshSoon;
    QGridLayout *m_grid;
    int m_columns = 0;
};

} // namespace relm

#pragma once

#include "domain/Ids.h"
#include "planning/ReleasePlanning.h"

#include <QFutureWatcher>
#include <QWidget>

#include <atomic>

class QChartView;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace relm {

class Workspace;

/// Monte Carlo for a release: runs off the UI thread with progress and cancel, then shows the
/// histogram of finish dates (on time and late in two colours, with a legend), P50/P80/P95 and the
/// probability of meeting the target.
class MonteCarloPanel final : public QWidget {
    Q_OBJECT

public:
    MonteCarloPanel(Workspace &workspace, Id releaseId, QWidget *parent = nullptr);
    ~MonteCarloPanel() override;
    Q_DISABLE_COPY_MOVE(MonteCarloPanel)

    void run();
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }
    QString summary() const;
    QSpinBox *iterationsField() const { return m_iterations; }
    QDateEdit *targetField() const { return m_target; }
    QChartView *chart() const { return m_chart; }

Q_SIGNALS:
    void finished();

private:
    /// What the histogram shows, before the figures of a run.
    static QString aboutChart();
    void showResult(const ReleaseSimulation &simulation);

    Workspace &m_workspace;
    Id m_releaseId;
    QSpinBox *m_iterations;
    QSpinBox *m_seed;
    QDateEdit *m_target;
    QPushButton *m_run;
    QPushButton *m_stop;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QChartView *m_chart;
    QFutureWatcher<Result<ReleaseSimulation>> m_watcher;
    std::atomic<bool> m_cancel{false};
};

} // namespace relm

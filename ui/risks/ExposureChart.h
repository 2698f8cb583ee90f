#pragma once

#include "planning/ExposureHistory.h"

#include <QChartView>

namespace relm {

/// A step chart of a release's total open risk exposure over time, from the audit trail.
class ExposureChart final : public QChartView {
    Q_OBJECT

public:
    explicit ExposureChart(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ExposureChart)

    /// Shows the history up to `now` (the last level is held until then).
    void setHistory(const QList<ExposurePoint> &history, const QDateTime &now);
    /// The plotted corner points, for tests.
    QList<QPointF> plotted() const;
};

} // namespace relm

#pragma once

#include "domain/Risk.h"

#include <QWidget>

namespace relm {

/// The classic 5×5 risk matrix: impact across, likelihood up, each cell coloured and named by its
/// band and showing how many risks still in play sit there. Clicking a cell selects it (to filter the
/// register); clicking it again clears the selection.
class RiskHeatMap final : public QWidget {
    Q_OBJECT

public:
    explicit RiskHeatMap(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(RiskHeatMap)

    void setRisks(const QList<Risk> &risks);
    int count(int likelihood, int impact) const;
    /// The selected cell as (likelihood, impact), or (0, 0) when none is.
    QPoint selectedCell() const { return m_selected; }
    void selectCell(int likelihood, int impact);
    /// The centre of a cell in widget coordinates (for tests and tooltips).
    QPoint cellCentre(int likelihood, int impact) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

Q_SIGNALS:
    void cellSelected(int likelihood, int impact);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    /// Keeps the accessible description a text summary of what the colours show.
    void describe();
    QMargins axisMargins() const;
    QRect gridRect() const;
    QRect cellRect(int likelihood, int impact) const;
    QPoint cellAt(const QPoint &pos) const;

    int m_counts[5][5] = {};
    QPoint m_selected;
};

} // namespace relm

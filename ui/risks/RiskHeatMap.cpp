#include "RiskHeatMap.h"

#include "RiskTableModel.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace relm {

namespace {
constexpr int Levels = 5;
} // namespace

RiskHeatMap::RiskHeatMap(QWidget *parent)
    : QWidget(parent) {
    setAccessibleName(tr("Risk heat map"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void RiskHeatMap::setRisks(const QList<Risk> &risks) {
    for (auto &row : m_counts)
        std::fill(std::begin(row), std::end(row), 0);
    for (const Risk &r : risks) {
        if (r.status == Risk::Status::Closed || r.likelihood < 1 || r.likelihood > Levels || r.impact < 1 ||
            r.impact > Levels)
            continue;
        ++m_counts[r.likelihood - 1][r.impact - 1];
    }
    update();
}

int RiskHeatMap::count(int likelihood, int impact) const {
    if (likelihood < 1 || likelihood > Levels || impact < 1 || impact > Levels)
        return 0;
    return m_counts[likelihood - 1][impact - 1];
}

void RiskHeatMap::selectCell(int likelihood, int impact) {
    const QPoint cell(likelihood, impact);
    if (cell == m_selected)
        return;
    m_selected = cell;
    update();
    Q_EMIT cellSelected(likelihood, impact);
}

QSize RiskHeatMap::sizeHint() const {
    return {360, 320};
}

QSize RiskHeatMap::minimumSizeHint() const {
    const int text = fontMetrics().height();
    return {text * 14, text * 12};
}

QMargins RiskHeatMap::axisMargins() const {
    const QFontMetrics fm = fontMetrics();
    return {fm.height() * 2 + fm.horizontalAdvance(QStringLiteral("5")) + 8, 8, 8, fm.height() * 2 + 8};
}

int RiskHeatMap::heightForWidth(int width) const {
    const QMargins m = axisMargins();
    return qMax(minimumSizeHint().height(), width - m.left() - m.right() + m.top() + m.bottom());
}

QRect RiskHeatMap::gridRect() const {
    const QMargins m = axisMargins();
    const int side = qMax(10, qMin(width() - m.left() - m.right(), height() - m.top() - m.bottom()));
    return {m.left(), m.top(), side, side};
}

QRect RiskHeatMap::cellRect(int likelihood, int impact) const {
    const QRect grid = gridRect();
    const int step = grid.width() / Levels;
    return {grid.left() + (impact - 1) * step, grid.top() + (Levels - likelihood) * step, step, step};
}

QPoint RiskHeatMap::cellCentre(int likelihood, int impact) const {
    return cellRect(likelihood, impact).center();
}

QPoint RiskHeatMap::cellAt(const QPoint &pos) const {
    for (int l = 1; l <= Levels; ++l) {
        for (int i = 1; i <= Levels; ++i) {
            if (cellRect(l, i).contains(pos))
                return {l, i};
        }
    }
    return {};
}

void RiskHeatMap::paintEvent(QPaintEvent *) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = fontMetrics();
    QFont bold = font();
    bold.setBold(true);
    bold.setPointSizeF(font().pointSizeF() * 1.3);
    for (int l = 1; l <= Levels; ++l) {
        for (int i = 1; i <= Levels; ++i) {
            const QRect cell = cellRect(l, i).adjusted(1, 1, -1, -1);
            const int n = count(l, i);
            QColor fill = riskBandColour(Risk::bandOf(l * i));
            if (n == 0)
                fill = fill.lighter(150);
            p.fillRect(cell, fill);
            if (m_selected == QPoint(l, i)) {
                p.setPen(QPen(palette().color(QPalette::Highlight), 3));
                p.drawRect(cell.adjusted(1, 1, -1, -1));
            }
            p.setPen(Qt::black);
            if (n > 0) {
                p.setFont(bold);
                p.drawText(cell, Qt::AlignCenter, QString::number(n));
                p.setFont(font());
            }
        }
    }
    // Axis numbers and titles.
    p.setPen(palette().color(QPalette::WindowText));
    const QRect grid = gridRect();
    for (int n = 1; n <= Levels; ++n) {
        const QRect across = cellRect(1, n);
        p.drawText(QRect(across.left(), grid.bottom() + 4, across.width(), fm.height()), Qt::AlignCenter,
                   QString::number(n));
        const QRect up = cellRect(n, 1);
        p.drawText(QRect(grid.left() - fm.height() - 4, up.top(), fm.height(), up.height()), Qt::AlignCenter,
                   QString::number(n));
    }
    p.drawText(QRect(grid.left(), grid.bottom() + 4 + fm.height(), grid.width(), fm.height()), Qt::AlignCenter,
               tr("Impact"));
    p.save();
    p.translate(fm.height() / 2 + 2, grid.center().y());
    p.rotate(-90);
    p.drawText(QRect(-grid.height() / 2, -fm.height() / 2, grid.height(), fm.height()), Qt::AlignCenter,
               tr("Likelihood"));
    p.restore();
}

void RiskHeatMap::mousePressEvent(QMouseEvent *event) {
    const QPoint cell = cellAt(event->position().toPoint());
    if (cell.isNull())
        return;
    if (cell == m_selected)
        selectCell(0, 0);
    else
        selectCell(cell.x(), cell.y());
}

bool RiskHeatMap::event(QEvent *event) {
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPoint cell = cellAt(help->pos());
        if (cell.isNull()) {
            QToolTip::hideText();
        } else {
            const Risk::Band band = Risk::bandOf(cell.x() * cell.y());
            QToolTip::showText(help->globalPos(), tr("Likelihood %1 × impact %2: %3 (%4 open)")
                                                      .arg(cell.x())
                                                      .arg(cell.y())
                                                      .arg(riskBandLabel(band))
                                                      .arg(count(cell.x(), cell.y())));
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace relm

#include "RiskHeatMap.h"

#include "RiskTableModel.h"
#include "widgets/Legible.h"

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
    describe();
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
    describe();
    update();
}

void RiskHeatMap::describe() {
    // What a screen reader says instead of the colours: the risks per band and the worst cell.
    int perBand[4] = {};
    int total = 0;
    QPoint worst;
    for (int l = 1; l <= Levels; ++l) {
        for (int i = 1; i <= Levels; ++i) {
            const int n = count(l, i);
            if (n == 0)
                continue;
            total += n;
            perBand[int(Risk::bandOf(l * i))] += n;
            if (worst.isNull() || l * i > worst.x() * worst.y())
                worst = {l, i};
        }
    }
    QString summary = tr("No open risks.");
    if (total > 0) {
        summary = tr("%n open risk(s): %1 extreme, %2 high, %3 medium, %4 low; highest: likelihood %5 \u00d7 impact %6 "
                     "(%7) with %8.",
                     nullptr, total)
                      .arg(perBand[int(Risk::Band::Extreme)])
                      .arg(perBand[int(Risk::Band::High)])
                      .arg(perBand[int(Risk::Band::Medium)])
                      .arg(perBand[int(Risk::Band::Low)])
                      .arg(worst.x())
                      .arg(worst.y())
                      .arg(riskBandLabel(Risk::bandOf(worst.x() * worst.y())))
                      .arg(count(worst.x(), worst.y()));
    }
    setAccessibleDescription(tr("Open risks by likelihood (up) and impact (across); each cell names its band and "
                                "counts its risks. %1")
                                 .arg(summary));
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
    const QFontMetrics boldMetrics(bold);
    const QColor base = palette().color(QPalette::Base);
    // Every cell names its band (never colour alone) in the same way: under the count where every
    // name fits, else by its first letter in the corner, in a font small enough for two lines.
    const auto labelRect = [](const QRect &cell) {
        return cell.adjusted(3, 1, -2, -1);
    };
    const QRect sample = labelRect(cellRect(1, 1).adjusted(1, 1, -1, -1));
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.8);
    if (const int twoLines = sample.height() / 2; QFontMetrics(small).height() > twoLines)
        small.setPixelSize(std::max(7, twoLines - 1));
    const QFontMetrics smallMetrics(small);
    bool namesFit = sample.height() >= boldMetrics.height() + smallMetrics.height();
    for (const Risk::Band band : {Risk::Band::Low, Risk::Band::Medium, Risk::Band::High, Risk::Band::Extreme})
        namesFit = namesFit && smallMetrics.horizontalAdvance(riskBandLabel(band)) <= sample.width();
    // A letter fits above the count, or beside it in a cell wide enough for both; otherwise the
    // letter sits in the top-left corner and a smaller count in the bottom-right.
    const bool letterAbove = sample.height() >= smallMetrics.height() + boldMetrics.height();
    const bool letterBeside = sample.width() >= boldMetrics.horizontalAdvance(QStringLiteral("00")) +
                                                    2 * smallMetrics.horizontalAdvance(u'M') + 4;
    for (int l = 1; l <= Levels; ++l) {
        for (int i = 1; i <= Levels; ++i) {
            const QRect cell = cellRect(l, i).adjusted(1, 1, -1, -1);
            const int n = count(l, i);
            const Risk::Band band = Risk::bandOf(l * i);
            // Empty cells fade towards the ground, in a light palette as in a dark one.
            const QColor fill = n > 0 ? riskBandColour(band) : legible::mix(riskBandColour(band), base, 0.6);
            p.fillRect(cell, fill);
            if (m_selected == QPoint(l, i)) {
                p.setPen(QPen(palette().color(QPalette::Highlight), 3));
                p.drawRect(cell.adjusted(1, 1, -1, -1));
            }
            p.setPen(legible::textOn(fill));
            QRect countArea = cell;
            p.setFont(small);
            if (namesFit) {
                p.drawText(labelRect(cell), Qt::AlignHCenter | Qt::AlignBottom, riskBandLabel(band));
                countArea.setBottom(cell.bottom() - smallMetrics.height() + 2);
            } else {
                p.drawText(labelRect(cell), Qt::AlignLeft | Qt::AlignTop, riskBandLabel(band).left(1));
                // The count keeps clear of the letter: below it, beside it, or in the far corner.
                if (letterAbove)
                    countArea.setTop(cell.top() + smallMetrics.height());
                else if (letterBeside)
                    countArea.setLeft(cell.left() + 2 * smallMetrics.horizontalAdvance(u'M'));
            }
            if (n > 0) {
                const bool cornered = !namesFit && !letterAbove && !letterBeside;
                QFont countFont = cornered ? small : bold;
                countFont.setBold(true);
                p.setFont(countFont);
                p.drawText(cornered ? labelRect(cell) : countArea,
                           cornered ? Qt::AlignRight | Qt::AlignBottom : Qt::AlignCenter, QString::number(n));
            }
            p.setFont(font());
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

#include "ChartLook.h"

#include "widgets/Legible.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLegend>
#include <QPalette>
#include <QScatterSeries>
#include <QXYSeries>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {
/// Redraws a chart view's chart in its palette when the palette changes.
class PaletteFollower final : public QObject {
public:
    explicit PaletteFollower(QChartView *view)
        : QObject(view)
        , m_view(view) {
        setObjectName(u"relmPaletteFollower"_s);
        view->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (watched == m_view && event->type() == QEvent::PaletteChange)
            followPalette(m_view->chart(), m_view->palette());
        return false;
    }

private:
    QChartView *m_view;
};
} // namespace

void followPalette(QChart *chart, const QPalette &palette) {
    const QColor ground = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const QColor grid = legible::mix(ground, text, 0.18);
    chart->setBackgroundBrush(ground);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(legible::mix(ground, text, 0.5));
        axis->setGridLineColor(grid);
        axis->setMinorGridLineColor(grid);
        axis->setShadesVisible(false);
    }
    // Lines and bars are marks, not text: 3:1 against the ground is enough to see them.
    for (QAbstractSeries *series : chart->series()) {
        if (auto *xy = qobject_cast<QXYSeries *>(series)) {
            xy->setColor(legible::on(xy->color(), ground, 3.0));
            if (auto *dots = qobject_cast<QScatterSeries *>(series))
                dots->setBorderColor(ground);
        } else if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets()) {
                set->setColor(legible::on(set->color(), ground, 3.0));
                set->setBorderColor(ground);
                set->setLabelColor(legible::textOn(set->color()));
            }
        }
    }
}

void followPalette(QChartView *view) {
    if (!view->findChild<QObject *>(u"relmPaletteFollower"_s, Qt::FindDirectChildrenOnly))
        new PaletteFollower(view);
    followPalette(view->chart(), view->palette());
}

} // namespace relm

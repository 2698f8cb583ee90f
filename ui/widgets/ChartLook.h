#pragma once

class QChart;
class QChartView;
class QPalette;

namespace relm {

/// Draws a chart in the widget palette's colours rather than its theme's fixed light ones: its
/// ground, title, legend, axes and grid follow the palette, and each series keeps its colour only
/// as far as it stays visible on that ground. Call it after the chart has its series and axes.
void followPalette(QChart *chart, const QPalette &palette);
/// Draws the view's chart in the view's palette now, and again whenever that palette changes
/// (a dark theme chosen while Relm runs). Call it again after giving the view a new chart.
void followPalette(QChartView *view);

} // namespace relm

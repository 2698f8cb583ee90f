#pragma once

#include "Result.h"
#include "gantt/GanttChart.h"

#include <QImage>
#include <QPageLayout>
#include <QPageSize>

#include <atomic>
#include <functional>

namespace relm::gantt {

/// How a chart goes on paper.
struct PdfOptions {
    QPageSize::PageSizeId paper = QPageSize::A4;
    QPageLayout::Orientation orientation = QPageLayout::Landscape;
    int pagesWide = 1; ///< the whole span of dates fits this many pages across
};

/// A picture of a chart: all rows, `width` pixels wide.
struct PngOptions {
    int width = 1600;
};

constexpr int maxPagesWide = 50;
constexpr int minPngWidth = 400;
constexpr int maxPngWidth = 20000;

using Progress = std::function<void(int done, int total)>;

/// How many pages the PDF of this chart will have.
int pageCount(const Chart &chart, const PdfOptions &options);

/// Writes the chart as a PDF (fonts embedded) and returns its page count. The file appears only
/// when everything was written: a cancelled or failed export leaves none (and no partial file).
/// Progress counts pages. Needs a QGuiApplication; runs on any thread.
Result<int> writePdf(const Chart &chart, const QString &path, const PdfOptions &options, const Progress &progress = {},
                     const std::atomic<bool> *cancel = nullptr);

/// Writes the chart as one PNG image of `options.width` pixels with every row; as writePdf, the file
/// appears only when complete.
Result<void> writePng(const Chart &chart, const QString &path, const PngOptions &options, const Progress &progress = {},
                      const std::atomic<bool> *cancel = nullptr);

/// The chart as an image `pixelWidth` wide, laid out for a column `pointWidth` points wide (so
/// that its labels read at their size when printed that wide), with at most `maxRows` rows: when
/// there are more, phases, milestones and critical tasks are kept first, and a note says so.
QImage picture(const Chart &chart, int pixelWidth, double pointWidth, int maxRows);

} // namespace relm::gantt

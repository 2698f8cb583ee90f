#include "GanttExport.h"

#include "gantt/GanttSheet.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace relm::gantt {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::gantt", text);
}

constexpr int pdfResolution = 720;     // ten device units a point
constexpr double pngPointWidth = 1100; // wider pictures scale up rather than shrink the labels
constexpr qint64 maxPngPixels = 160'000'000;
constexpr double pictureMargin = 10; // points of white around a picture
constexpr int maxPngHeight = 120'000;

QPageLayout layoutFor(const PdfOptions &options) {
    return QPageLayout(QPageSize(options.paper), options.orientation, QMarginsF(10, 10, 10, 10),
                       QPageLayout::Millimeter);
}

Error stopped() {
    return makeError(ErrorCode::Invalid, tr("Export stopped; nothing was written."));
}

} // namespace

int pageCount(const Chart &chart, const PdfOptions &options) {
    const QSizeF page = layoutFor(options).paintRect(QPageLayout::Point).size();
    return GanttSheet(chart, page, std::clamp(options.pagesWide, 1, maxPagesWide), {}).pageCount();
}

Result<int> writePdf(const Chart &chart, const QString &path, const PdfOptions &options, const Progress &progress,
                     const std::atomic<bool> *cancel) {
    if (options.pagesWide < 1 || options.pagesWide > maxPagesWide)
        return makeError(ErrorCode::Invalid,
                         tr("Pages wide must be between 1 and %1, not %2.").arg(maxPagesWide).arg(options.pagesWide));
    const QPageLayout layout = layoutFor(options);
    const GanttSheet sheet(chart, layout.paintRect(QPageLayout::Point).size(), options.pagesWide, {});
    const int pages = sheet.pageCount();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setPageLayout(layout);
        writer.setResolution(pdfResolution);
        writer.setTitle(tr("%1 \u2014 schedule").arg(chart.title));
        writer.setCreator(u"Relm"_s);
        QPainter painter;
        if (!painter.begin(&writer)) {
            file.cancelWriting();
            return makeError(ErrorCode::Io, tr("Cannot write a PDF to %1.").arg(path));
        }
        const double scale = writer.resolution() / 72.0;
        painter.scale(scale, scale);
        for (int page = 0; page < pages; ++page) {
            if ((cancel && cancel->load()) || (page > 0 && !writer.newPage()) || !sheet.paint(painter, page, cancel)) {
                painter.end();
                file.cancelWriting();
                return cancel && cancel->load() ? stopped()
                                                : makeError(ErrorCode::Io, tr("Cannot write a PDF to %1.").arg(path));
            }
            if (progress)
                progress(page + 1, pages);
        }
        painter.end();
    }
    if (cancel && cancel->load()) {
        file.cancelWriting();
        return stopped();
    }
    if (!file.commit())
        return makeError(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    return pages;
}

Result<void> writePng(const Chart &chart, const QString &path, const PngOptions &options, const Progress &progress,
                      const std::atomic<bool> *cancel) {
    if (options.width < minPngWidth || options.width > maxPngWidth)
        return makeError(ErrorCode::Invalid, tr("The picture's width must be between %1 and %2 pixels, not %3.")
                                                 .arg(minPngWidth)
                                                 .arg(maxPngWidth)
                                                 .arg(options.width));
    // Up to 1,100 pixels a point is a pixel; wider pictures draw the same layout larger.
    const double scale = std::max(1.0, options.width / pngPointWidth);
    const GanttSheet sheet(chart, QSizeF(options.width / scale - 2 * pictureMargin, 0), 1, {true, true, false, {}});
    const qint64 height = qint64(std::ceil((sheet.pageSize().height() + 2 * pictureMargin) * scale));
    if (height > maxPngHeight || height * options.width > maxPngPixels)
        return makeError(ErrorCode::Invalid,
                         tr("A picture of all %1 rows would be %2 pixels tall, more than one image can hold. Export "
                            "a PDF instead.")
                             .arg(chart.rows.size())
                             .arg(height));
    if (progress)
        progress(0, 2);
    QImage image(options.width, int(height), QImage::Format_RGB32);
    if (image.isNull())
        return makeError(ErrorCode::Io,
                         tr("Not enough memory for a picture of %1 \u00D7 %2 pixels.").arg(options.width).arg(height));
    image.fill(Qt::white);
    // Printed at its recorded resolution, the picture shows the labels at their point sizes.
    const int dotsPerMeter = int(std::lround(scale * 72.0 / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    {
        QPainter painter(&image);
        painter.scale(scale, scale);
        painter.translate(pictureMargin, pictureMargin);
        if (!sheet.paint(painter, 0, cancel))
            return stopped();
    }
    if (progress)
        progress(1, 2);
    if (cancel && cancel->load())
        return stopped();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    if (!image.save(&file, "PNG")) {
        file.cancelWriting();
        return makeError(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    }
    if (cancel && cancel->load()) {
        file.cancelWriting();
        return stopped();
    }
    if (!file.commit())
        return makeError(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    if (progress)
        progress(2, 2);
    return {};
}

QImage picture(const Chart &chart, int pixelWidth, double pointWidth, int maxRows) {
    Chart shown = chart;
    GanttSheet::Parts parts{false, true, false, {}};
    const qsizetype rows = chart.rows.size();
    if (maxRows > 0 && rows > maxRows) {
        // Keep what a board reads first: phases, milestones and critical tasks, then the rest, in plan order.
        QList<bool> keep(rows, false);
        int kept = 0;
        for (int pass = 0; pass < 2; ++pass) {
            for (int i = 0; i < rows && kept < maxRows; ++i) {
                const ChartRow &r = chart.rows.at(i);
                if (!keep.at(i) && (pass == 1 || r.summary || r.milestone || r.critical)) {
                    keep[i] = true;
                    ++kept;
                }
            }
        }
        QList<int> newIndex(rows, -1);
        shown.rows.clear();
        shown.links.clear();
        for (int i = 0; i < rows; ++i) {
            if (keep.at(i)) {
                newIndex[i] = int(shown.rows.size());
                shown.rows.append(chart.rows.at(i));
            }
        }
        for (const ChartLink &l : chart.links) {
            if (newIndex.at(l.from) >= 0 && newIndex.at(l.to) >= 0)
                shown.links.append({newIndex.at(l.from), newIndex.at(l.to), l.type});
        }
        parts.note = tr("Showing %1 of %2 rows: phases, milestones and critical tasks first. The schedule's own "
                        "export shows them all.")
                         .arg(shown.rows.size())
                         .arg(rows);
    }
    const GanttSheet sheet(shown, QSizeF(pointWidth - 2 * pictureMargin, 0), 1, parts);
    const double scale = pixelWidth / pointWidth;
    QImage image(pixelWidth, int(std::ceil((sheet.pageSize().height() + 2 * pictureMargin) * scale)),
                 QImage::Format_RGB32);
    image.fill(Qt::white);
    const int dotsPerMeter = int(std::lround(scale * 72.0 / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    QPainter painter(&image);
    painter.scale(scale, scale);
    painter.translate(pictureMargin, pictureMargin);
    sheet.paint(painter, 0);
    return image;
}

} // namespace relm::gantt

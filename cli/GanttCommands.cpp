#include "CliCommands.h"
#include "CliContext.h"
#include "changes/Workspace.h"
#include "gantt/GanttExport.h"
#include "storage/ReleaseStore.h"

#include <QFileInfo>
#include <QImageReader>

using namespace Qt::Literals::StringLiterals;

namespace relm::cli {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::cli", text);
}

/// A whole number in [low, high] written as such, or nothing.
std::optional<int> wholeNumber(const QString &text, int low, int high) {
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < low || value > high)
        return std::nullopt;
    return value;
}

} // namespace

int scheduleExport(CliContext &cli) {
    const QString release = cli.word(1);
    if (release.isEmpty())
        return cli.usage(tr("schedule export needs a release name, e.g. schedule export \u201C"
                            "2026.4 Autumn\u201D -o "
                            "autumn.pdf."));
    if (!cli.word(2).isEmpty())
        return cli.usage(tr("schedule export takes one release name; put names with spaces in quotes."));
    const QString path = cli.option(u"output"_s);
    if (path.isEmpty())
        return cli.usage(tr("Say where to write the chart with -o FILE.pdf or -o FILE.png."));
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != u"pdf"_s && suffix != u"png"_s)
        return cli.usage(tr("-o names a .pdf or a .png file, not \u201C%1\u201D.").arg(QFileInfo(path).fileName()));
    const bool pdf = suffix == u"pdf"_s;
    const bool pdfOptions =
        cli.isSet(u"paper"_s) || cli.isSet(u"landscape"_s) || cli.isSet(u"portrait"_s) || cli.isSet(u"pages-wide"_s);
    if (!pdf && pdfOptions)
        return cli.usage(tr("--paper, --landscape, --portrait and --pages-wide are for a PDF; a PNG takes --width."));
    if (pdf && cli.isSet(u"width"_s))
        return cli.usage(tr("--width is for a PNG; a PDF takes --paper, --landscape or --portrait, and --pages-wide."));

    gantt::PdfOptions pdfSettings;
    gantt::PngOptions pngSettings;
    if (cli.isSet(u"paper"_s)) {
        const auto paper = gantt::paperFromKey(cli.option(u"paper"_s));
        if (!paper)
            return cli.usage(tr("--paper is A4, A3, Letter or Legal, not \u201C%1\u201D.").arg(cli.option(u"paper"_s)));
        pdfSettings.paper = *paper;
    }
    if (cli.isSet(u"landscape"_s) && cli.isSet(u"portrait"_s))
        return cli.usage(tr("Choose --landscape or --portrait, not both."));
    if (cli.isSet(u"portrait"_s))
        pdfSettings.orientation = QPageLayout::Portrait;
    if (cli.isSet(u"pages-wide"_s)) {
        const auto pages = wholeNumber(cli.option(u"pages-wide"_s), 1, gantt::maxPagesWide);
        if (!pages)
            return cli.usage(tr("--pages-wide takes a whole number from 1 to %1, not \u201C%2\u201D.")
                                 .arg(gantt::maxPagesWide)
                                 .arg(cli.option(u"pages-wide"_s)));
        pdfSettings.pagesWide = *pages;
    }
    if (cli.isSet(u"width"_s)) {
        const auto width = wholeNumber(cli.option(u"width"_s), gantt::minPngWidth, gantt::maxPngWidth);
        if (!width)
            return cli.usage(tr("--width takes a number of pixels from %1 to %2, not \u201C%3\u201D.")
                                 .arg(gantt::minPngWidth)
                                 .arg(gantt::maxPngWidth)
                                 .arg(cli.option(u"width"_s)));
        pngSettings.width = *width;
    }

    auto found = cli.workspace().releases().releaseByName(release);
    if (!found)
        return cli.fail(found.error());
    auto chart = gantt::loadChart(cli.workspace(), found->id);
    if (!chart)
        return cli.fail(chart.error());
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (pdf) {
        auto pages = gantt::writePdf(*chart, path, pdfSettings);
        if (!pages)
            return cli.fail(pages.error());
        cli.out() << (*pages == 1 ? tr("Wrote %1 (1 page).").arg(absolute)
                                  : tr("Wrote %1 (%2 pages).").arg(absolute).arg(*pages))
                  << Qt::endl;
        return ExitOk;
    }
    if (auto written = gantt::writePng(*chart, path, pngSettings); !written)
        return cli.fail(written.error());
    const QSize size = QImageReader(path).size();
    cli.out() << tr("Wrote %1 (%2 \u00D7 %3 pixels).").arg(absolute).arg(size.width()).arg(size.height()) << Qt::endl;
    return ExitOk;
}

} // namespace relm::cli

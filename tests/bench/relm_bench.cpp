// relm-bench: measures Relm at realistic and large sizes and prints the figures as JSON.
// Timing never fails anything; README lists the figures.
#include "PortfolioGenerator.h"

#include "changes/Workspace.h"
#include "navigator/NavigatorModel.h"
#include "navigator/NavigatorPanel.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTreeView>

using namespace relm;
using namespace Qt::Literals::StringLiterals;

namespace {

/// Runs a measured step a few times and keeps the best and median wall-clock time.
template<typename Step>
QJsonObject measure(const QString &name, int repeats, Step step)
{
    QList<double> times;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer timer;
        timer.start();
        step(i);
        times.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return {{u"name"_s, name}, {u"repeats"_s, repeats}, {u"best_ms"_s, times.first()},
            {u"median_ms"_s, times.at(times.size() / 2)}};
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"quick"_s, u"Small sizes, for a smoke run."_s});
    parser.addOption({u"out"_s, u"Also write the JSON to this file."_s, u"file"_s});
    parser.process(app);

    PortfolioSize size;
    if (parser.isSet(u"quick"_s))
        size = PortfolioSize{50, 500, 3, 2, 5};

    QTemporaryDir dir;
    QJsonArray results;
    const QString path = dir.filePath(u"portfolio.db"_s);

    results.append(measure(u"create_portfolio_database"_s, 1, [&](int) {
        auto ws = Workspace::openFile(path);
        if (!ws || !generatePortfolio(**ws, size))
            qFatal("generating the portfolio failed");
    }));

    results.append(measure(u"open_database_and_show_navigator"_s, 5, [&](int) {
        auto ws = Workspace::openFile(path);
        if (!ws)
            qFatal("opening failed: %s", qPrintable(ws.errorMessage()));
        NavigatorPanel panel;
        panel.setWorkspace(ws->get());
        panel.resize(320, 800);
        panel.show();
        QCoreApplication::processEvents();
        panel.view()->viewport()->grab(); // the first frame is painted
    }));

    const QJsonObject report{
        {u"benchmark"_s, u"relm-bench"_s},
        {u"version"_s, QStringLiteral(RELM_VERSION)},
        {u"size"_s, QJsonObject{{u"releases"_s, size.releases},
                                {u"components"_s, size.components},
                                {u"versions"_s, size.components * size.versionsPerComponent},
                                {u"package_items"_s, size.releases * size.packagesPerRelease * size.itemsPerPackage}}},
        {u"results"_s, results}};
    const QByteArray json = QJsonDocument(report).toJson(QJsonDocument::Indented);
    QTextStream(stdout) << json;
    if (parser.isSet(u"out"_s)) {
        QFile out(parser.value(u"out"_s));
        if (out.open(QIODevice::WriteOnly))
            out.write(json);
    }
    return 0;
}

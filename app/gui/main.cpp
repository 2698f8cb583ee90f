#include "AppPaths.h"
#include "ProcessSetup.h"
#include "i18n/ShownDates.h"
#include "i18n/SourceTextTranslator.h"
#include "shell/ExitWhenIdle.h"
#include "shell/LaunchRequest.h"
#include "shell/MainWindow.h"
#include "shell/PlanOpener.h"
#include "widgets/MessageBar.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace {

/// As relm-cli's: what was asked for (the database, the plan) was refused.
constexpr int kExitRefused = 3;

void installTranslators(QApplication &app) {
    // Consulted last of all: English plural forms, for every language (see app/CMakeLists.txt).
    auto *plurals = new QTranslator(&app);
    if (plurals->load(u":/i18n/relm_en.qm"_s))
        QApplication::installTranslator(plurals);
    // Consulted last (Qt asks the translator installed last first): messages by their text alone.
    for (const QString &language : QLocale().uiLanguages()) {
        auto *byText = new relm::SourceTextTranslator(&app);
        if (byText->loadTs(u":/i18n-source/relm_%1.ts"_s.arg(QLocale(language).name().section(u'_', 0, 0)))) {
            QApplication::installTranslator(byText);
            break;
        }
        delete byText;
    }
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qtTranslator);
    auto *relmTranslator = new QTranslator(&app);
    if (relmTranslator->load(QLocale(), u"relm"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(relmTranslator);
}

} // namespace

int main(int argc, char *argv[]) {
    relm::prepareProcess();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Relm"_s);
    QApplication::setApplicationName(u"relm"_s);
    QApplication::setApplicationDisplayName(u"Relm"_s);
    QApplication::setApplicationVersion(QStringLiteral(RELM_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(RELM_APP_ID));
    installTranslators(app);
    // On screen, dates follow the locale; relm-cli keeps ISO 8601.
    relm::shown_dates::setStyle(relm::shown_dates::Style::Locale);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Relm release and deployment planner"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {u"db"_s, QApplication::translate("main", "The database file (default: $RELM_DB, else Relm's data folder)."),
         u"path"_s},
        {u"server"_s,
         QApplication::translate("main", "A shared database on a PostgreSQL server, "
                                         "postgresql://USER@HOST:PORT/DATABASE (default: $RELM_SERVER)."),
         u"url"_s},
        {u"as"_s, QApplication::translate("main", "Act as this person (login)."), u"login"_s},
        {u"exit-when-idle"_s,
         QApplication::translate("main", "Quit once the window is shown and idle (for timing a start or a plan's "
                                         "opening).")},
    });
    parser.addPositionalArgument(u"file"_s,
                                 QApplication::translate("main",
                                                         "A database file to open (as --db), or a plan file (.xml, "
                                                         ".gan, .planner) to show in it as a new release."),
                                 u"[database|plan]"_s);
    parser.process(app);

    if (parser.isSet(u"db"_s) && parser.isSet(u"server"_s)) {
        QTextStream(stderr) << u"relm: "_s
                            << QApplication::translate("main", "Name either a database file (--db) or a server "
                                                               "(--server), not both.")
                            << Qt::endl;
        return 2;
    }
    relm::MainWindow window;
    const QString preferred = parser.isSet(u"as"_s) ? parser.value(u"as"_s) : qEnvironmentVariable("RELM_USER");
    QString refusal; // the window shows it; a timed run (--exit-when-idle) says so in its exit code too
    const auto request =
        relm::LaunchRequest::from(parser.positionalArguments(), parser.value(u"db"_s), parser.value(u"server"_s));
    if (!request.plan.isEmpty()) {
        // A plan is shown at once; who acts is asked afterwards, when Relm had to guess.
        const auto whenNew =
            request.databaseNamed ? relm::PlanOpener::NewDatabase::Empty : relm::PlanOpener::NewDatabase::WithDemo;
        if (auto shown = window.planOpener()->openWithDatabase(request.database, request.plan, preferred, whenNew);
            !shown) {
            window.messageBar()->showError(shown.errorMessage());
            refusal = shown.errorMessage();
        }
    } else {
        relm::MainWindow::OpenOptions options;
        options.seedDemoIfNew = true;
        options.askWhoActs = true;
        options.preferredLogin = preferred;
        if (auto opened = window.openDatabase(request.database, options); !opened) {
            window.messageBar()->showError(opened.errorMessage()); // the window still opens: File → Open or New
            refusal = opened.errorMessage();
        }
    }
    window.show();
    if (!refusal.isEmpty()) // for whoever started Relm from a terminal or a script, too
        QTextStream(stderr) << u"relm: "_s << refusal << Qt::endl;
    if (parser.isSet(u"exit-when-idle"_s))
        relm::exitWhenIdle(&window, refusal.isEmpty() ? 0 : kExitRefused);
    return QApplication::exec();
}

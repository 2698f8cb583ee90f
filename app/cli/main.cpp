#include "CliApp.h"
#include "ProcessSetup.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTranslator>

int main(int argc, char *argv[]) {
    relm::prepareProcess();
    // Documents (PDF) need fonts and painting, but never a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        // Qt wants a private runtime folder; without a login session, make one rather than warn.
        const QString runtime = QDir::tempPath() + QStringLiteral("/relm-runtime-") + qEnvironmentVariable("USER");
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", runtime.toLocal8Bit());
    }
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Relm"));
    QCoreApplication::setApplicationName(QStringLiteral("relm"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RELM_VERSION));
    // relm-cli speaks English; its counts take English plural forms ("1 record", "3 records").
    QTranslator plurals;
    if (plurals.load(QStringLiteral(":/i18n/relm_en.qm")))
        QCoreApplication::installTranslator(&plurals);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return relm::CliApp::run(QCoreApplication::arguments(), out, err);
}

#include "cli/CliApp.h"

#include <QCoreApplication>

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Relm"));
    QCoreApplication::setApplicationName(QStringLiteral("relm"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RELM_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return relm::CliApp::run(QCoreApplication::arguments(), out, err);
}

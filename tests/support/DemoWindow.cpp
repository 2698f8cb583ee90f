#include "DemoWindow.h"

#include "i18n/ShownDates.h"
#include "shell/MainWindow.h"

#include <QWidget>

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace relm::test {

std::unique_ptr<MainWindow> openDemoWindow(const QString &path, QSize size) {
    // As relm does at start: dates on screen follow the locale.
    shown_dates::setStyle(shown_dates::Style::Locale);
    auto window = std::make_unique<MainWindow>();
    MainWindow::OpenOptions options;
    options.seedDemoIfNew = true;
    options.preferredLogin = u"alice"_s;
    if (const auto opened = window->openDatabase(path, options); !opened) {
        qWarning("cannot open %s: %s", qPrintable(path), qPrintable(opened.errorMessage()));
        return nullptr;
    }
    window->resize(size);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get())) {
        qWarning("the main window was never exposed");
        return nullptr;
    }
    return window;
}

namespace {
QString screenshotDir() {
    return qEnvironmentVariable("RELM_SCREENSHOT_DIR");
}
} // namespace

void saveScreenshot(QWidget *widget, const QString &name) {
    if (const QString dir = screenshotDir(); !dir.isEmpty())
        widget->grab().save(QDir(dir).filePath(name));
}

void keepForLooking(const QString &path, const QString &name) {
    if (const QString dir = screenshotDir(); !dir.isEmpty()) {
        QFile::remove(QDir(dir).filePath(name));
        QFile::copy(path, QDir(dir).filePath(name));
    }
}

} // namespace relm::test

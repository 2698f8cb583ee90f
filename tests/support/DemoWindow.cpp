#include "DemoWindow.h"

#include "shell/MainWindow.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace relm::test {

std::unique_ptr<MainWindow> openDemoWindow(const QString &path, QSize size) {
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

} // namespace relm::test

#pragma once

#include <QSize>
#include <QString>

#include <memory>

namespace relm {
class MainWindow;
}

namespace relm::test {

/// The main window on a new demo database at `path`, acting as alice, shown and exposed
/// (offscreen). Null, after a warning naming the reason, when it could not be opened.
std::unique_ptr<MainWindow> openDemoWindow(const QString &path, QSize size = {1500, 900});

} // namespace relm::test

#pragma once

#include <QSize>
#include <QString>

#include <memory>

class QWidget;

namespace relm {
class MainWindow;
}

namespace relm::test {

/// The main window on a new demo database at `path`, acting as alice, shown and exposed
/// (offscreen). Null, after a warning naming the reason, when it could not be opened.
std::unique_ptr<MainWindow> openDemoWindow(const QString &path, QSize size = {1500, 900});

/// Saves what `widget` shows as `name` in $RELM_SCREENSHOT_DIR, when that is set (to look at the
/// pages the tests drive); does nothing otherwise.
void saveScreenshot(QWidget *widget, const QString &name);
/// Copies a file a test wrote (an exported chart, a PDF) into $RELM_SCREENSHOT_DIR, when set.
void keepForLooking(const QString &path, const QString &name);

} // namespace relm::test

#pragma once

#include <QObject>

namespace relm {

/// Shift+F10 opens the context menu of the widget with the focus, as the Menu key does (on Linux Qt
/// maps only the Menu key): at a view's current item, or in the middle of any other widget.
class ContextMenuKey final : public QObject {
    Q_OBJECT

public:
    /// Installs the watcher on the application, once, for as long as the application runs.
    static void install();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace relm

#pragma once

#include <QObject>

namespace relm {

/// Tab and Shift+Tab in a date or time field go to the next or previous control, as from any other
/// field (Qt's editors first step through the day, month, year, hour and minute). The parts stay
/// reachable by typing, by Left and Right, and by Up and Down.
class TabLeavesDateFields final : public QObject {
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

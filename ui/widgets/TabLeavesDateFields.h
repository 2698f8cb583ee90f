#pragma once

#include "widgets/ApplicationFilter.h"

namespace relm {

/// Tab and Shift+Tab in a date or time field go to the next or previous control, as from any other
/// field (Qt's editors first step through the day, month, year, hour and minute). The parts stay
/// reachable by typing, by Left and Right, and by Up and Down.
class TabLeavesDateFields final : public ApplicationFilter<TabLeavesDateFields> {
    Q_OBJECT

public:
    using ApplicationFilter::ApplicationFilter;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace relm

#pragma once

#include "widgets/ApplicationFilter.h"

namespace relm {

/// Shift+F10 opens the context menu of the widget with the focus, as the Menu key does (on Linux Qt
/// maps only the Menu key): at a view's current item, or in the middle of any other widget.
class ContextMenuKey final : public ApplicationFilter<ContextMenuKey> {
    Q_OBJECT

public:
    using ApplicationFilter::ApplicationFilter;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace relm

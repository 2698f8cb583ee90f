#pragma once

class QWidget;

namespace relm {

/// Puts the keyboard focus on the first visible, enabled control inside `container` that the Tab
/// key would reach; false when it holds none.
bool focusFirstControlOf(QWidget *container);

} // namespace relm

#pragma once

#include <QList>

class QDialogButtonBox;
class QWidget;

namespace relm {

/// Puts the keyboard focus on the first visible, enabled control inside `container` that the Tab
/// key would reach; false when it holds none.
bool focusFirstControlOf(QWidget *container);

/// Tab goes through `widgets` one after the other, wherever they were made: for controls made after
/// those shown below or beside them. A spin box brings its line edit; a container that takes no
/// focus itself (a message bar, an editor of several fields) stands for the controls in it.
void chainTabOrder(const QList<QWidget *> &widgets);

/// Tab goes through the buttons of `buttons` as they are shown, and on out of the box. Qt 6.4 makes
/// a box's first button its focus proxy but may leave the box in the focus chain after the buttons it
/// lays out first (with several action buttons): from the last of those Tab lands on the box, and so
/// back on the first button, never reaching the rest. Call it once the box has all its buttons.
void tabThroughButtons(QDialogButtonBox *buttons);

} // namespace relm

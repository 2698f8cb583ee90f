#pragma once

#include <functional>

class QMenu;
class QWidget;

namespace relm {

class UndoController;
class Workspace;

/// Fills the Calendar menu: freeze and maintenance windows, a new freeze, change board meetings and
/// a new meeting. `workspace` gives the open workspace when an entry is chosen (null: none open).
void fillCalendarMenu(QMenu *menu, QWidget *parent, std::function<Workspace *()> workspace, UndoController &undo);

} // namespace relm

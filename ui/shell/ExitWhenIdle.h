#pragma once

class QWidget;

namespace relm {

/// Quits the application once `window` has been shown and painted and nothing is left to do:
/// no events waiting and no background work running. Lets a benchmark time Relm as a whole
/// process, from launch until what was asked for is on screen (`relm --exit-when-idle`). The
/// process ends with `exitCode` (non-zero when what was asked for was refused).
void exitWhenIdle(QWidget *window, int exitCode = 0);

} // namespace relm

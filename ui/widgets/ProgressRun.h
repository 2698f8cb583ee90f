#pragma once

#include <QtGlobal>

#include <functional>

class QString;
class QWidget;

namespace relm {

/// Told how far work has come (done of total); false once the user pressed Cancel.
using ProgressReport = std::function<bool(qint64 done, qint64 total)>;

/// Runs `work` on another thread behind a window-modal progress dialog with a Cancel button, so
/// the window keeps painting (a restore of a large portfolio takes seconds). `work` reports its
/// progress and stops when told to; `finished` runs on the window's thread once it has returned,
/// with whether the user cancelled. The dialog shows only for work that takes longer than a
/// moment.
void runWithProgress(QWidget *parent, const QString &label, std::function<void(const ProgressReport &)> work,
                     std::function<void(bool cancelled)> finished);

} // namespace relm

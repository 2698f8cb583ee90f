#pragma once

#include "domain/Ids.h"

#include <Qt>

#include <functional>

class QAbstractItemView;
class QAction;
class QString;

namespace relm {

class PackageDropper;

/// The keyboard's drag: asks which release and package, then gives the rows selected in `view`
/// (catalogue items, or versions in packages) to the dropper there, exactly as dropping them would
/// (one undo step, the same rules and messages). `preferredRelease` is chosen to start with.
bool sendSelectionToPackage(QAbstractItemView *view, PackageDropper &dropper, const QString &title,
                            Qt::DropAction action, Id preferredRelease);

/// Puts Move to Package… and Copy to Package… in `view`'s context menu (object names
/// `namePrefix` + "MoveItems" / "CopyItems"); each calls `send` with its drop action and title.
void addMoveAndCopyActions(QAbstractItemView *view, const QString &namePrefix,
                           const std::function<void(Qt::DropAction, const QString &title)> &send);

} // namespace relm

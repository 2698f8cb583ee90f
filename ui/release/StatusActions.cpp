#include "StatusActions.h"

#include "domain/ReleaseLifecycle.h"
#include "widgets/Icons.h"

#include <QMenu>

namespace relm {

void fillStatusMenu(QMenu *menu, const Release &release, const std::function<void(ReleaseStatus)> &move) {
    menu->clear();
    const QList<ReleaseStatus> next = ReleaseLifecycle::nextStatuses(release.status);
    if (next.isEmpty()) {
        menu->addAction(QMenu::tr("%1 is final").arg(labelOf(release.status)))->setEnabled(false);
        return;
    }
    for (ReleaseStatus status : next) {
        QAction *action = menu->addAction(Icons::status(status), ReleaseLifecycle::actionLabel(status));
        action->setToolTip(QMenu::tr("Move %1 to %2").arg(release.name, labelOf(status)));
        QObject::connect(action, &QAction::triggered, menu, [move, status] { move(status); });
    }
}

} // namespace relm

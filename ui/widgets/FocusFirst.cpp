#include "FocusFirst.h"

#include "widgets/MessageBar.h"

#include <QWidget>

namespace relm {

bool focusFirstControlOf(QWidget *container) {
    // The chain runs through the whole window; reparented widgets need not follow their parent.
    for (QWidget *w = container->nextInFocusChain(); w != container; w = w->nextInFocusChain()) {
        // A message bar's close button is not where work starts.
        if (qobject_cast<MessageBar *>(w->parentWidget()))
            continue;
        if (container->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) && w->isVisible() && w->isEnabled()) {
            w->setFocus(Qt::ShortcutFocusReason);
            return true;
        }
    }
    return false;
}

} // namespace relm

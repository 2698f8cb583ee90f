#include "FocusFirst.h"

#include <QWidget>

namespace relm {

bool focusFirstControlOf(QWidget *container) {
    // The chain runs through the whole window; reparented widgets need not follow their parent.
    for (QWidget *w = container->nextInFocusChain(); w != container; w = w->nextInFocusChain()) {
        if (container->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) && w->isVisible() && w->isEnabled()) {
            w->setFocus(Qt::ShortcutFocusReason);
            return true;
        }
    }
    return false;
}

} // namespace relm

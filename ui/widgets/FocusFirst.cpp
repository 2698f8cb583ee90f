#include "FocusFirst.h"

#include "widgets/MessageBar.h"

#include <QDialogButtonBox>

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

namespace {

/// What Tab stops at in `widget`: the widget, or for a container without focus of its own (a message
/// bar, an editor made of several fields) the controls in it, in the order Tab takes them now.
QList<QWidget *> stopsIn(QWidget *widget) {
    if (widget->focusPolicy() != Qt::NoFocus || widget->focusProxy())
        return {widget};
    QList<QWidget *> stops;
    for (QWidget *w = widget->nextInFocusChain(); w != widget; w = w->nextInFocusChain()) {
        // A spin box's line edit (its focus proxy is the spin box) moves with the spin box.
        if (widget->isAncestorOf(w) && w->focusPolicy() != Qt::NoFocus && !w->focusProxy())
            stops.append(w);
    }
    return stops;
}

} // namespace

void chainTabOrder(const QList<QWidget *> &widgets) {
    QWidget *previous = nullptr;
    for (QWidget *widget : widgets) {
        for (QWidget *stop : stopsIn(widget)) {
            if (previous)
                QWidget::setTabOrder(previous, stop);
            previous = stop;
        }
    }
}

void tabThroughButtons(QDialogButtonBox *buttons) {
    buttons->setFocusProxy(nullptr);
}

} // namespace relm

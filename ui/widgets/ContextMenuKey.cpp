#include "ContextMenuKey.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QContextMenuEvent>
#include <QKeyEvent>

namespace relm {

bool ContextMenuKey::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    QWidget *focus = QApplication::focusWidget();
    if (key->key() != Qt::Key_F10 || key->modifiers() != Qt::ShiftModifier || watched != focus || !focus)
        return QObject::eventFilter(watched, event);
    QWidget *target = focus;
    QPoint at = focus->rect().center();
    if (auto *view = qobject_cast<QAbstractItemView *>(focus)) {
        target = view->viewport();
        const QRect item = view->visualRect(view->currentIndex());
        at = item.isValid() ? item.center() : target->rect().center();
    }
    QContextMenuEvent menu(QContextMenuEvent::Keyboard, at, target->mapToGlobal(at));
    QCoreApplication::sendEvent(target, &menu);
    return true;
}

} // namespace relm

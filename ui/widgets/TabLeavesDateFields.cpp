#include "TabLeavesDateFields.h"

#include <QAbstractItemView>
#include <QDateTimeEdit>
#include <QKeyEvent>

namespace relm {

namespace {

/// QWidget::focusNextPrevChild is protected; a subclass may name it.
struct FocusChain final : QWidget {
    static bool move(QWidget *from, bool next) { return (from->*&FocusChain::focusNextPrevChild)(next); }
};

/// An editor a view opened in a cell: its delegate decides what Tab does (commit, go to the next cell).
bool editsACell(const QWidget *edit) {
    for (const QWidget *w = edit->parentWidget(); w; w = w->parentWidget()) {
        if (qobject_cast<const QAbstractItemView *>(w))
            return true;
    }
    return false;
}

} // namespace

bool TabLeavesDateFields::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    auto *edit = qobject_cast<QDateTimeEdit *>(watched);
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool tab = key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab;
    // Ctrl+Tab and Alt+Tab belong to the window and the desktop.
    const bool plain = !(key->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier));
    if (!edit || !tab || !plain || !edit->parentWidget() || edit->isWindow() || editsACell(edit))
        return QObject::eventFilter(watched, event);
    // As for a field that leaves Tab alone: the parent hands the move up to the window, which
    // takes the focus along the chain from this field.
    const bool next = key->key() == Qt::Key_Tab && !(key->modifiers() & Qt::ShiftModifier);
    FocusChain::move(edit->parentWidget(), next);
    return true;
}

} // namespace relm

#include "PanelFocus.h"

#include "widgets/FocusFirst.h"

#include <QApplication>
#include <QShortcut>

namespace relm {

PanelFocus::PanelFocus(QWidget *window, QList<QWidget *> panels)
    : QObject(window) {
    for (QWidget *panel : panels)
        m_panels.append(panel);
    connect(new QShortcut(QKeySequence(Qt::Key_F6), window), &QShortcut::activated, this, [this] { move(1); });
    connect(new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6), window), &QShortcut::activated, this,
            [this] { move(-1); });
}

int PanelFocus::currentPanel() const {
    const QWidget *focused = QApplication::focusWidget();
    for (int i = 0; i < m_panels.size(); ++i) {
        if (m_panels[i] && focused && (m_panels[i] == focused || m_panels[i]->isAncestorOf(focused)))
            return i;
    }
    return -1;
}

void PanelFocus::move(int step) {
    const int count = int(m_panels.size());
    const int from = currentPanel();
    for (int tried = 1; tried <= count; ++tried) {
        const int index = ((from < 0 ? (step > 0 ? -1 : 0) : from) + step * tried + count * 2) % count;
        QWidget *panel = m_panels[index];
        if (!panel || !panel->isVisible())
            continue;
        if (!focusFirstControlOf(panel))
            panel->setFocus(Qt::ShortcutFocusReason);
        return;
    }
}

} // namespace relm

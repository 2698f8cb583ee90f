#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

#include <functional>

namespace relm {

/// F6 and Shift+F6 move the keyboard focus from panel to panel of a window (the docks and the
/// centre), as in many desktop programs; hidden panels are passed over.
class PanelFocus final : public QObject {
    Q_OBJECT

public:
    PanelFocus(QWidget *window, QList<QWidget *> panels);

    /// Moves the focus to the next (step 1) or previous (step -1) visible panel.
    void move(int step);

private:
    int currentPanel() const;

    QList<QPointer<QWidget>> m_panels;
};

} // namespace relm

#pragma once

#include <QDialog>

class QMenuBar;
class QTreeWidget;

namespace relm {

/// Help → Keyboard Shortcuts: every menu command with its keys, read from the menus themselves
/// (so the list never goes stale), then the keys that work inside the window's panels and pages.
class ShortcutsDialog final : public QDialog {
    Q_OBJECT

public:
    ShortcutsDialog(const QMenuBar *menus, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }

private:
    void addMenus(const QMenuBar *menus);
    void addWindowKeys();

    QTreeWidget *m_list;
};

} // namespace relm

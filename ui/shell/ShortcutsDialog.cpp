#include "ShortcutsDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

QString plain(QString text) {
    text.remove(u'&');
    return text.replace(u"\u2026"_s, QString());
}

/// The actions of a menu and its submenus that have keys, named "Menu → Entry".
void collect(const QMenu *menu, const QString &path, QTreeWidgetItem *group) {
    for (QAction *action : menu->actions()) {
        if (action->menu()) {
            collect(action->menu(), path + plain(action->text()) + u" \u2192 "_s, group);
            continue;
        }
        if (action->isSeparator() || action->shortcut().isEmpty())
            continue;
        // A command whose text names what it acts on now ("Undo Add Task") is listed by its icon
        // text, which names the command itself.
        new QTreeWidgetItem(group,
                            {action->shortcut().toString(QKeySequence::NativeText), path + plain(action->iconText())});
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menus, QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this)) {
    setWindowTitle(tr("Keyboard Shortcuts"));
    setObjectName(u"shortcutsDialog"_s);
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Keys"), tr("Command")});
    m_list->setRootIsDecorated(false);
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    auto *filter = new QLineEdit(this);
    filter->setPlaceholderText(tr("Filter by command or key"));
    filter->setClearButtonEnabled(true);
    filter->setAccessibleName(tr("Filter shortcuts"));
    connect(filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (int g = 0; g < m_list->topLevelItemCount(); ++g) {
            QTreeWidgetItem *group = m_list->topLevelItem(g);
            int shown = 0;
            for (int i = 0; i < group->childCount(); ++i) {
                QTreeWidgetItem *item = group->child(i);
                const bool match = item->text(0).contains(text, Qt::CaseInsensitive) ||
                                   item->text(1).contains(text, Qt::CaseInsensitive);
                item->setHidden(!match);
                shown += match;
            }
            group->setHidden(shown == 0);
        }
    });
    addMenus(menus);
    addWindowKeys();
    m_list->expandAll();
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_list->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(filter);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 120, fontMetrics().height() * 34);
    setTabOrder(filter, m_list);
    filter->setFocus(); // type to find a command at once; Tab goes on to the list
}

void ShortcutsDialog::addMenus(const QMenuBar *menus) {
    auto *group = new QTreeWidgetItem(m_list, {tr("Menu commands")});
    group->setFirstColumnSpanned(true);
    for (QAction *action : menus->actions()) {
        if (action->menu())
            collect(action->menu(), plain(action->text()) + u" \u2192 "_s, group);
    }
}

void ShortcutsDialog::addWindowKeys() {
    const auto native = [](const QKeySequence &key) {
        return key.toString(QKeySequence::NativeText);
    };
    const std::pair<QString, QString> keys[] = {
        {tr("Next or previous open tab"), tr("Ctrl+Tab / Ctrl+Shift+Tab")},
        {tr("A release's pages: Overview, Package, Changes, Schedule, Risks, Sign-off, Builds, Deployments"),
         tr("Alt+1 \u2026 Alt+8")},
        {tr("Next or previous panel (Portfolio, tabs, Component Catalogue, Findings, the person you act as)"),
         tr("F6 / Shift+F6")},
        {tr("The button or field whose letter is underlined"), tr("Alt+letter")},
        {tr("Open the selected release, or edit the selected row"), native(QKeySequence(Qt::Key_Return))},
        {tr("Context menu of the selected row (add to a release, move, remove, open)"), tr("Menu key or Shift+F10")},
        {tr("Remove or delete the selected row"), native(QKeySequence::Delete)},
        {tr("Commit an edit in a table cell, or leave it unchanged"),
         u"%1 / %2"_s.arg(native(QKeySequence(Qt::Key_Return)), native(QKeySequence(Qt::Key_Escape)))},
        {tr("Component Catalogue: add the selected rows to a release or package"),
         native(QKeySequence(Qt::Key_Insert))},
        {tr("Schedule: add a task, or a milestone"),
         u"%1 / %2"_s.arg(native(QKeySequence(Qt::CTRL | Qt::Key_T)),
                          native(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)))},
        {tr("Schedule: choose the predecessors of the selected task (link tasks)"),
         native(QKeySequence(Qt::CTRL | Qt::Key_L))},
        {tr("Gantt chart: zoom in or out"),
         u"%1 / %2"_s.arg(native(QKeySequence::ZoomIn), native(QKeySequence::ZoomOut))},
    };
    auto *group = new QTreeWidgetItem(m_list, {tr("In the window's panels and pages")});
    group->setFirstColumnSpanned(true);
    for (const auto &[what, key] : keys)
        new QTreeWidgetItem(group, {key, what});
}

} // namespace relm

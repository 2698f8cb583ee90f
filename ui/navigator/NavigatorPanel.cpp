#include "NavigatorPanel.h"

#include "package/SendToPackage.h"

#include "navigator/NavigatorModel.h"
#include "package/PackageDropper.h"

#include <QAction>

#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace relm {

NavigatorPanel::NavigatorPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new NavigatorModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTreeView(this)) {
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setAutoAcceptChildRows(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterRole(NavigatorModel::FilterRole);
    m_proxy->setSortRole(NavigatorModel::SortRole);
    m_proxy->sort(0);

    m_filter->setPlaceholderText(tr("Filter releases, services, components\u2026"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter the release navigator"));
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        if (!text.isEmpty())
            m_view->expandAll();
    });

    // From the filter, Down goes into the list at the first release shown and Return opens it, so
    // that "type a name, press Return" opens a release without the mouse.
    auto *intoList = new QAction(m_filter);
    intoList->setShortcut(QKeySequence(Qt::Key_Down));
    intoList->setShortcutContext(Qt::WidgetShortcut);
    m_filter->addAction(intoList);
    connect(intoList, &QAction::triggered, this, [this] {
        const QModelIndex first = firstReleaseShown();
        m_view->setFocus(Qt::ShortcutFocusReason);
        if (first.isValid())
            m_view->selectionModel()->setCurrentIndex(first, QItemSelectionModel::ClearAndSelect);
    });
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        if (const Id id = firstReleaseShown().data(NavigatorModel::ReleaseIdRole).toLongLong())
            Q_EMIT releaseActivated(id);
    });

    m_view->setModel(m_proxy);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setAccessibleName(tr("Release navigator"));
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDefaultDropAction(Qt::MoveAction);
    // The keyboard's drag: the context menu (Menu key, Shift+F10) moves or copies the selected
    // versions to a package chosen by name.
    addMoveAndCopyActions(m_view, u"navigator"_s, [this](Qt::DropAction action, const QString &title) {
        if (!m_dropper)
            return;
        if (selectedItems().isEmpty())
            Q_EMIT m_dropper->message(tr("Select component versions inside a package first."), false);
        else
            sendSelectionToPackage(m_view, *m_dropper, title, action, currentReleaseId());
    });
    auto *remove = new QAction(tr("&Remove from Package"), m_view);
    remove->setObjectName(QStringLiteral("navigatorRemoveItems"));
    remove->setShortcuts({QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)});
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, &NavigatorPanel::removeSelectedItems);
    m_view->addAction(remove);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        // A release that went out keeps what it shipped: its versions are not offered to move or remove.
        const bool shipped = current.data(NavigatorModel::ShippedRole).toBool();
        for (const QString &name : {u"navigatorMoveItems"_s, u"navigatorRemoveItems"_s}) {
            if (QAction *action = m_view->findChild<QAction *>(name))
                action->setEnabled(!shipped);
        }
        Q_EMIT currentReleaseChanged(currentReleaseId());
    });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (const Id id = index.data(NavigatorModel::ReleaseIdRole).toLongLong())
            Q_EMIT releaseActivated(id);
    });
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &NavigatorPanel::rememberView);
    connect(m_model, &QAbstractItemModel::modelReset, this, &NavigatorPanel::restoreView);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);
}

QModelIndex NavigatorPanel::firstReleaseShown(const QModelIndex &parent) const {
    for (int row = 0; row < m_proxy->rowCount(parent); ++row) {
        const QModelIndex index = m_proxy->index(row, 0, parent);
        if (index.data(NavigatorModel::ReleaseIdRole).toLongLong() != 0)
            return index;
        if (const QModelIndex inside = firstReleaseShown(index); inside.isValid())
            return inside;
    }
    return {};
}

void NavigatorPanel::setWorkspace(Workspace *workspace) {
    m_model->setWorkspace(workspace);
}

void NavigatorPanel::setChangeDropHandler(std::function<bool(const QList<Id> &, Id)> handler) {
    m_model->setChangeDropHandler(std::move(handler));
}

void NavigatorPanel::setDropper(PackageDropper *dropper) {
    m_dropper = dropper;
    m_model->setDropper(dropper);
}

QList<package_mime::PackageItem> NavigatorPanel::selectedItems() const {
    QList<package_mime::PackageItem> items;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        const QModelIndex source = m_proxy->mapToSource(index);
        if (source.data(NavigatorModel::KindRole).toInt() == int(NavigatorModel::NodeKind::Version))
            items.append({m_model->dropTargetPackage(source), source.data(NavigatorModel::IdRole).toLongLong()});
    }
    return items;
}

void NavigatorPanel::removeSelectedItems() {
    if (!m_dropper)
        return;
    const auto items = selectedItems();
    if (items.isEmpty()) {
        // A release or status row: removing it is not what this does, so say what it does.
        Q_EMIT m_dropper->message(tr("Select component versions inside a package to remove them from it."), false);
        return;
    }
    m_dropper->removeItems(items);
}

Id NavigatorPanel::currentReleaseId() const {
    return m_view->currentIndex().data(NavigatorModel::ReleaseIdRole).toLongLong();
}

void NavigatorPanel::selectRelease(Id releaseId) {
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOfRelease(releaseId));
    if (!index.isValid())
        return;
    m_view->expand(index.parent());
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void NavigatorPanel::expandActiveGroups() {
    // Open work is what people look for; finished and cancelled releases stay folded.
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex group = m_proxy->index(row, 0);
        const auto status = ReleaseStatus(group.data(NavigatorModel::IdRole).toInt());
        const bool done = status == ReleaseStatus::Reviewed || status == ReleaseStatus::Cancelled;
        m_view->setExpanded(group, !done);
    }
}

namespace {

/// A node's identity across reloads: its kind and record id.
QString keyOf(const QModelIndex &index) {
    return index.data(NavigatorModel::KindRole).toString() + u':' + index.data(NavigatorModel::IdRole).toString();
}

/// Calls `visit` for every node under `parent`, depth first.
void forEachNode(const QAbstractItemModel *model, const QModelIndex &parent,
                 const std::function<void(const QModelIndex &)> &visit) {
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        visit(index);
        forEachNode(model, index, visit);
    }
}

} // namespace

void NavigatorPanel::rememberView() {
    if (!m_view->model() || m_proxy->rowCount() == 0)
        return;
    m_expanded.clear();
    m_groups.clear();
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        m_groups.insert(keyOf(m_proxy->index(row, 0)));
    forEachNode(m_proxy, {}, [this](const QModelIndex &index) {
        if (m_view->isExpanded(index))
            m_expanded.insert(keyOf(index));
    });
    m_current = m_view->currentIndex().isValid() ? keyOf(m_view->currentIndex()) : QString();
    m_remembered = true;
}

void NavigatorPanel::restoreView() {
    expandActiveGroups(); // a group new since the last reading opens as at the start
    if (!m_remembered)
        return;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex group = m_proxy->index(row, 0);
        if (m_groups.contains(keyOf(group)))
            m_view->setExpanded(group, m_expanded.contains(keyOf(group)));
    }
    QModelIndex current;
    forEachNode(m_proxy, {}, [this, &current](const QModelIndex &index) {
        const QString key = keyOf(index);
        if (m_expanded.contains(key))
            m_view->expand(index);
        if (!m_current.isEmpty() && key == m_current)
            current = index;
    });
    if (current.isValid()) {
        m_view->selectionModel()->setCurrentIndex(current, QItemSelectionModel::ClearAndSelect);
        m_view->scrollTo(current);
    }
}

} // namespace relm

#include "CataloguePanel.h"

#include "catalogue/CatalogueFilter.h"
#include "catalogue/CatalogueModel.h"
#include "catalogue/ComponentDialog.h"
#include "catalogue/VersionDialog.h"
#include "changes/RecordChanges.h"
#include "changes/Workspace.h"
#include "storage/DirectoryStore.h"
#include "undo/UndoController.h"

#include <QAction>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace relm {

CataloguePanel::CataloguePanel(UndoController &undo, QWidget *parent)
    : QWidget(parent)
    , m_undo(undo)
    , m_model(new CatalogueModel(this))
    , m_filter(new CatalogueFilter(this))
    , m_kind(new QComboBox(this))
    , m_owner(new QComboBox(this))
    , m_text(new QLineEdit(this))
    , m_view(new QTreeView(this)) {
    m_filter->setSourceModel(m_model);
    m_kind->addItem(tr("All kinds"));
    for (ComponentKind kind : allOf<ComponentKind>())
        m_kind->addItem(labelOf(kind), int(kind));
    m_kind->setAccessibleName(tr("Filter by kind"));
    m_owner->setAccessibleName(tr("Filter by owner"));
    // Both filters share the row and shrink with the dock rather than cut their text.
    for (QComboBox *combo : {m_kind, m_owner}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
        combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }
    m_text->setPlaceholderText(tr("Filter components and versions\u2026"));
    m_text->setClearButtonEnabled(true);
    m_text->setAccessibleName(tr("Filter the catalogue"));
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant kind = m_kind->currentData();
        m_filter->setKind(kind.isValid() ? std::optional<int>(kind.toInt()) : std::nullopt);
    });
    connect(m_owner, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setOwner(m_owner->currentData().toString()); });
    connect(m_text, &QLineEdit::textChanged, m_filter, &CatalogueFilter::setText);

    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CatalogueModel::NameColumn, Qt::AscendingOrder);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->setUniformRowHeights(true);
    m_view->setAccessibleName(tr("Component catalogue"));
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setColumnWidth(CatalogueModel::NameColumn, 200);
    connect(m_view, &QTreeView::activated, this, &CataloguePanel::editCurrent);

    // The commands as buttons in rows (a narrow dock shows them all) and in the tree's
    // context menu (the Menu key or Shift+F10 opens it from the keyboard).
    auto *buttons = new QGridLayout;
    QList<QWidget *> tabOrder{m_text, m_kind, m_owner};
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto addAction = [&](const QString &name, const QString &text, auto slot) {
        auto *action = new QAction(text, m_view);
        action->setObjectName(name);
        connect(action, &QAction::triggered, this, slot);
        m_view->addAction(action);
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        tabOrder.append(button);
        // The first (and longest) command has a row to itself; the others go two by two.
        const int index = buttons->count();
        if (index == 0)
            buttons->addWidget(button, 0, 0, 1, 2);
        else
            buttons->addWidget(button, 1 + (index - 1) / 2, (index - 1) % 2);
        return action;
    };
    QAction *send = addAction(u"catalogueAddToPackage"_s, tr("Add to Release or Package\u2026"),
                              &CataloguePanel::addToPackageRequested);
    send->setShortcuts({QKeySequence(Qt::Key_Insert), QKeySequence(Qt::CTRL | Qt::Key_Return)});
    send->setShortcutContext(Qt::WidgetShortcut);
    send->setToolTip(tr("Adds the selected components or versions to a package of a release, as dragging them "
                        "there does (Insert)"));
    addAction(u"catalogueAddComponent"_s, tr("New Component\u2026"), &CataloguePanel::addComponent);
    addAction(u"catalogueAddVersion"_s, tr("New Version\u2026"), &CataloguePanel::addVersion);
    addAction(u"catalogueEdit"_s, tr("Edit\u2026"), &CataloguePanel::editCurrent);
    addAction(u"catalogueRetire"_s, tr("Retire / Restore"), &CataloguePanel::toggleRetired);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_kind);
    filters->addWidget(m_owner);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    layout->addLayout(filters);
    layout->addLayout(buttons);
    layout->addWidget(m_view);
    // Tab goes the way the eye does: the filter, its two choices, the commands, the tree.
    tabOrder.append(m_view);
    for (qsizetype i = 1; i < tabOrder.size(); ++i)
        setTabOrder(tabOrder.at(i - 1), tabOrder.at(i));
}

void CataloguePanel::setWorkspace(Workspace *workspace) {
    m_model->setWorkspace(workspace);
    refillOwners();
}

void CataloguePanel::refillOwners() {
    const QSignalBlocker blocker(m_owner);
    m_owner->clear();
    m_owner->addItem(tr("All owners"));
    if (!m_undo.workspace())
        return;
    if (auto people = m_undo.workspace()->directory().people()) {
        for (const Person &p : *people)
            m_owner->addItem(p.displayName, p.login);
    }
}

void CataloguePanel::perform(std::unique_ptr<Change> change) {
    if (auto r = m_undo.perform(std::move(change)); !r)
        Q_EMIT message(r.errorMessage(), true);
}

void CataloguePanel::addComponent() {
    if (!m_undo.workspace())
        return;
    ComponentDialog dialog(*m_undo.workspace(), Component{}, this);
    if (dialog.exec() == QDialog::Accepted)
        perform(std::make_unique<CreateRecord<Component>>(dialog.component()));
}

void CataloguePanel::addVersion() {
    const QModelIndex current = m_filter->mapToSource(m_view->currentIndex());
    const Component component = m_model->componentAt(current);
    if (component.id == 0) {
        Q_EMIT message(tr("Select the component that gets the new version first."), false);
        return;
    }
    ComponentVersion v;
    v.componentId = component.id;
    v.componentName = component.name;
    VersionDialog dialog(v, this);
    if (dialog.exec() == QDialog::Accepted)
        perform(std::make_unique<CreateRecord<ComponentVersion>>(dialog.version()));
}

void CataloguePanel::editCurrent() {
    const QModelIndex current = m_filter->mapToSource(m_view->currentIndex());
    if (!current.isValid() || !m_undo.workspace())
        return;
    const ComponentVersion version = m_model->versionAt(current);
    if (version.id) {
        VersionDialog dialog(version, this);
        if (dialog.exec() == QDialog::Accepted && dialog.version() != version)
            perform(std::make_unique<EditRecord<ComponentVersion>>(version, dialog.version()));
        return;
    }
    const Component component = m_model->componentAt(current);
    ComponentDialog dialog(*m_undo.workspace(), component, this);
    if (dialog.exec() == QDialog::Accepted && dialog.component() != component)
        perform(std::make_unique<EditRecord<Component>>(component, dialog.component()));
}

void CataloguePanel::toggleRetired() {
    const QModelIndex current = m_filter->mapToSource(m_view->currentIndex());
    if (!current.isValid())
        return;
    const ComponentVersion version = m_model->versionAt(current);
    if (version.id) {
        ComponentVersion after = version;
        after.retired = !version.retired;
        perform(std::make_unique<EditRecord<ComponentVersion>>(
            version, after,
            (after.retired ? tr("Retire %1 %2") : tr("Restore %1 %2")).arg(version.componentName, version.version)));
        return;
    }
    const Component component = m_model->componentAt(current);
    Component after = component;
    after.retired = !component.retired;
    perform(std::make_unique<EditRecord<Component>>(
        component, after, (after.retired ? tr("Retire %1") : tr("Restore %1")).arg(component.name)));
}

} // namespace relm

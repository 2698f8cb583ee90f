#include "ChangesPage.h"

#include "changerequests/ChangeListModel.h"
#include "changerequests/ChangeRequestDialog.h"
#include "changes/ChangeRequestChanges.h"
#include "changes/RecordChanges.h"
#include "changes/Workspace.h"
#include "import/ChangeImport.h"
#include "storage/ReleaseStore.h"
#include "undo/UndoController.h"
#include "widgets/MessageBar.h"
#include "widgets/RecordTable.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

QTableView *changeTable(QAbstractItemModel *model, QWidget *parent, const QString &name, bool acceptsDrops) {
    QTableView *table = makeRecordTable(model, parent, name);
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table->setDragEnabled(true);
    table->setAcceptDrops(acceptsDrops);
    table->setDropIndicatorShown(acceptsDrops);
    table->setDragDropMode(acceptsDrops ? QAbstractItemView::DragDrop : QAbstractItemView::DragOnly);
    table->setDefaultDropAction(Qt::CopyAction);
    // The title reads first; where else a change goes may be long, so it gets a set width.
    table->horizontalHeader()->setSectionResizeMode(ChangeListModel::TitleColumn, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(ChangeListModel::ReleasesColumn, QHeaderView::Interactive);
    table->horizontalHeader()->resizeSection(ChangeListModel::ReleasesColumn,
                                             table->fontMetrics().averageCharWidth() * 16);
    table->horizontalHeader()->setStretchLastSection(false);
    table->setContextMenuPolicy(Qt::ActionsContextMenu);
    return table;
}

QAction *tableAction(QTableView *table, const QString &text, const QKeySequence &shortcut,
                     const std::function<void()> &run) {
    auto *action = new QAction(text, table);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetShortcut);
    QObject::connect(action, &QAction::triggered, table, run);
    table->addAction(action);
    return action;
}

} // namespace

ChangesPage::ChangesPage(Workspace &workspace, UndoController &undo, Id releaseId, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_undo(undo)
    , m_releaseId(releaseId)
    , m_message(new MessageBar(this))
    , m_releaseModel(new ChangeListModel(this))
    , m_allModel(new ChangeListModel(this))
    , m_allFilter(new QSortFilterProxyModel(this))
    , m_releaseTable(changeTable(m_releaseModel, this, tr("Change requests this release delivers"), true))
    , m_allTable(nullptr)
    , m_filter(new QLineEdit(this))
    , m_detail(new QTextBrowser(this)) {
    m_undo.retireRefusalsIn(m_message);
    m_allFilter->setSourceModel(m_allModel);
    m_allFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_allFilter->setFilterKeyColumn(-1);
    m_allTable = changeTable(m_allFilter, this, tr("All change requests"), false);
    // The list of all is the narrower pane: reference, title and where it goes are what picks one.
    m_allTable->hideColumn(ChangeListModel::KindColumn);
    m_allTable->hideColumn(ChangeListModel::StatusColumn);
    m_releaseTable->setObjectName(u"releaseChanges"_s);
    m_allTable->setObjectName(u"allChanges"_s);
    m_releaseModel->setDropHandler([this](const QList<Id> &ids) { return link(ids); });
    m_filter->setObjectName(u"changeFilter"_s);
    m_filter->setPlaceholderText(tr("Filter by reference, title or release"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter change requests"));
    connect(m_filter, &QLineEdit::textChanged, m_allFilter, &QSortFilterProxyModel::setFilterFixedString);
    m_detail->setObjectName(u"changeDetail"_s);
    m_detail->setAccessibleName(tr("The selected change request"));

    auto *newButton = namedButton(tr("&New Change\u2026"), u"newChange"_s, this);
    auto *editButton = namedButton(tr("E&dit\u2026"), u"editChange"_s, this);
    auto *outButton = namedButton(tr("Ta&ke Out"), u"takeChangeOut"_s, this);
    auto *importButton = namedButton(tr("&Import CSV\u2026"), u"importChanges"_s, this);
    auto *addButton = namedButton(tr("\u2190 &Add to Release"), u"addChangeToRelease"_s, this);
    auto *deleteButton = namedButton(tr("Dele&te\u2026"), u"deleteChange"_s, this);
    newButton->setToolTip(tr("Write a new change request delivered by this release"));
    outButton->setToolTip(tr("This release no longer delivers the selected change; the change request stays"));
    addButton->setToolTip(tr("This release delivers the change requests selected on the right (or drag them "
                             "across)"));
    deleteButton->setToolTip(tr("Delete the selected change request from every release"));
    connect(newButton, &QPushButton::clicked, this, &ChangesPage::newChange);
    connect(editButton, &QPushButton::clicked, this, &ChangesPage::editSelected);
    connect(outButton, &QPushButton::clicked, this, &ChangesPage::takeSelectedOut);
    connect(importButton, &QPushButton::clicked, this, &ChangesPage::chooseCsv);
    connect(addButton, &QPushButton::clicked, this, &ChangesPage::addSelectedToRelease);
    connect(deleteButton, &QPushButton::clicked, this, &ChangesPage::deleteSelected);

    tableAction(m_releaseTable, tr("Edit\u2026"), QKeySequence(Qt::Key_Return), [this] { editSelected(); });
    tableAction(m_releaseTable, tr("Take Out of Release"), QKeySequence::Delete, [this] { takeSelectedOut(); });
    tableAction(m_allTable, tr("Add to Release"), QKeySequence(Qt::Key_Return), [this] { addSelectedToRelease(); });
    tableAction(m_allTable, tr("Edit\u2026"), QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { editSelected(); });
    tableAction(m_allTable, tr("Delete\u2026"), QKeySequence::Delete, [this] { deleteSelected(); });
    connect(m_releaseTable, &QTableView::activated, this, &ChangesPage::editSelected);
    connect(m_allTable, &QTableView::activated, this, &ChangesPage::addSelectedToRelease);
    for (QTableView *table : {m_releaseTable, m_allTable}) {
        connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this, table] {
            const auto change = selectedIn(table);
            showDetail(change ? &*change : nullptr);
        });
    }

    auto *hint = new QLabel(tr("The release notes print what this release delivers: customers read each change's "
                               "public summary under New, Improved or Fixed."),
                            this);
    hint->setWordWrap(true);
    auto *mine = toolGroup(tr("Delivered by this release"), {newButton, editButton, outButton, importButton},
                           m_releaseTable, this, Heading::AboveButtons);
    auto *allContent = new QWidget(this);
    auto *allLayout = new QVBoxLayout(allContent);
    allLayout->setContentsMargins(0, 0, 0, 0);
    allLayout->addWidget(m_filter);
    allLayout->addWidget(m_allTable);
    auto *all =
        toolGroup(tr("All change requests"), {addButton, deleteButton}, allContent, this, Heading::AboveButtons);
    auto *tables = new QSplitter(Qt::Horizontal, this);
    tables->addWidget(mine);
    tables->addWidget(all);
    tables->setStretchFactor(0, 3);
    tables->setStretchFactor(1, 2);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(tables);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(hint);
    layout->addWidget(split, 1);

    connect(&m_workspace, &Workspace::changed, this, [this](const ChangeNotice &notice) {
        if (notice.entity == Entity::ChangeRequest || notice.entity == Entity::Release)
            reload();
    });
    reload();
}

void ChangesPage::reload() {
    auto mine = m_workspace.releases().changeRequests(m_releaseId);
    auto all = m_workspace.releases().changeRequests(0);
    auto releases = m_workspace.releases().releases();
    if (!mine || !all || !releases) {
        m_message->showError(!mine ? mine.errorMessage() : !all ? all.errorMessage() : releases.errorMessage());
        return;
    }
    QHash<Id, QString> names;
    for (const Release &r : *releases)
        names.insert(r.id, r.name);
    const Id shown = m_releaseTable->currentIndex().isValid()
                         ? m_releaseModel->changeAt(m_releaseTable->currentIndex().row())->id
                         : 0;
    m_releaseModel->setChanges(*mine, names);
    m_allModel->setChanges(*all, names);
    if (!mine->isEmpty()) {
        const int row = std::max(0, m_releaseModel->rowOf(shown));
        m_releaseTable->setCurrentIndex(m_releaseModel->index(row, 0));
        showDetail(m_releaseModel->changeAt(row));
    } else
        m_detail->setHtml(tr("<p>This release delivers no change request yet. Write one with <b>New Change</b>, "
                             "drag existing ones from the list on the right, or import a CSV file.</p>"));
}

void ChangesPage::showDetail(const ChangeRequest *change) {
    if (!change) {
        m_detail->clear();
        return;
    }
    const auto paragraph = [](const QString &label, const QString &text, const QString &empty) {
        return u"<p><b>%1</b><br/>%2</p>"_s.arg(label.toHtmlEscaped(),
                                                text.isEmpty() ? u"<i>%1</i>"_s.arg(empty.toHtmlEscaped())
                                                               : text.toHtmlEscaped().replace(u'\n', u"<br/>"_s));
    };
    m_detail->setHtml(u"<h3>%1 \u2013 %2</h3>"_s.arg(change->reference.toHtmlEscaped(), change->title.toHtmlEscaped()) +
                      paragraph(tr("Public summary (customers read this)"), change->publicSummary,
                                tr("None: customer notes leave this change out.")) +
                      paragraph(tr("Users need to"), change->userAction, tr("Nothing.")) +
                      paragraph(tr("Internal detail"), change->description, tr("None.")));
}

std::optional<ChangeRequest> ChangesPage::selectedIn(QTableView *table) const {
    const QModelIndex current = table->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    if (table == m_releaseTable) {
        const ChangeRequest *c = m_releaseModel->changeAt(current.row());
        return c ? std::optional(*c) : std::nullopt;
    }
    const ChangeRequest *c = m_allModel->changeAt(m_allFilter->mapToSource(current).row());
    return c ? std::optional(*c) : std::nullopt;
}

void ChangesPage::newChange() {
    ChangeRequest blank;
    blank.createdAt = m_workspace.clock()();
    blank.releaseIds = {m_releaseId};
    ChangeRequestDialog dialog(blank, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto r = m_undo.perform(std::make_unique<CreateRecord<ChangeRequest>>(dialog.change())); !r)
        m_message->showError(r.errorMessage());
    else
        m_message->clear();
}

void ChangesPage::editSelected() {
    auto change = selectedIn(m_releaseTable->hasFocus() || !m_allTable->hasFocus() ? m_releaseTable : m_allTable);
    if (!change)
        change = selectedIn(m_allTable);
    if (!change) {
        m_message->showMessage(MessageBar::Kind::Information, tr("Select a change request to edit."));
        return;
    }
    ChangeRequestDialog dialog(*change, this);
    if (dialog.exec() != QDialog::Accepted || dialog.change() == *change)
        return;
    if (auto r = m_undo.perform(std::make_unique<EditRecord<ChangeRequest>>(*change, dialog.change())); !r)
        m_message->showError(r.errorMessage());
    else
        m_message->clear();
}

bool ChangesPage::link(const QList<Id> &changeIds) {
    auto change = linkChangesTo(m_workspace, changeIds, m_releaseId);
    if (!change) {
        m_message->showMessage(change.error().code == ErrorCode::Conflict ? MessageBar::Kind::Information
                                                                          : MessageBar::Kind::Error,
                               change.errorMessage());
        return false;
    }
    if (auto r = m_undo.perform(std::move(change.value())); !r) {
        m_message->showError(r.errorMessage());
        return false;
    }
    m_message->clear();
    return true;
}

void ChangesPage::addSelectedToRelease() {
    QList<Id> ids;
    for (const QModelIndex &index : m_allTable->selectionModel()->selectedRows()) {
        if (const ChangeRequest *c = m_allModel->changeAt(m_allFilter->mapToSource(index).row()))
            ids.append(c->id);
    }
    if (ids.isEmpty()) {
        m_message->showMessage(MessageBar::Kind::Information,
                               tr("Select change requests in the list on the right to add them."));
        return;
    }
    link(ids);
}

void ChangesPage::takeSelectedOut() {
    const auto change = selectedIn(m_releaseTable);
    auto release = m_workspace.releases().release(m_releaseId);
    if (!change || !release) {
        m_message->showMessage(MessageBar::Kind::Information, tr("Select a change request of this release."));
        return;
    }
    if (auto r =
            m_undo.perform(std::make_unique<LinkChangeRequest>(LinkChangeRequest::Mode::Unlink, *change, *release));
        !r)
        m_message->showError(r.errorMessage());
    else
        m_message->clear();
}

void ChangesPage::deleteSelected() {
    auto change = selectedIn(m_allTable->hasFocus() ? m_allTable : m_releaseTable);
    if (!change)
        change = selectedIn(m_allTable);
    if (!change) {
        m_message->showMessage(MessageBar::Kind::Information, tr("Select a change request to delete."));
        return;
    }
    if (QMessageBox::question(this, tr("Delete Change Request"),
                              tr("Delete %1 \u201C%2\u201D from every release that delivers it? Undo brings it "
                                 "back.")
                                  .arg(change->reference, change->title)) != QMessageBox::Yes)
        return;
    if (auto r = m_undo.perform(std::make_unique<RemoveRecord<ChangeRequest>>(*change)); !r)
        m_message->showError(r.errorMessage());
    else
        m_message->clear();
}

void ChangesPage::chooseCsv() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Change Requests"), QString(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        importCsv(path);
}

void ChangesPage::importCsv(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_message->showError(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    auto import = prepareChangeImport(m_workspace, file.read(16 * 1024 * 1024), m_releaseId);
    if (!import) {
        m_message->showError(import.errorMessage());
        return;
    }
    const QString summary = import->summary();
    if (import->change) {
        if (auto r = m_undo.perform(std::move(import.value().change)); !r) {
            m_message->showError(r.errorMessage());
            return;
        }
    }
    m_message->showMessage(MessageBar::Kind::Information, tr("Imported change requests: %1.").arg(summary));
}

} // namespace relm

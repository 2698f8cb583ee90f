#include "WindowsDialog.h"

#include "calendar/CalendarStyle.h"
#include "calendar/WindowDialog.h"
#include "changes/RecordChanges.h"
#include "changes/Workspace.h"
#include "storage/CalendarStore.h"
#include "storage/CatalogueStore.h"
#include "storage/DirectoryStore.h"
#include "undo/UndoController.h"
#include "widgets/FocusFirst.h"
#include "widgets/MessageBar.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace relm {

WindowsDialog::WindowsDialog(Workspace &workspace, UndoController &undo, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_undo(undo)
    , m_message(new MessageBar(this))
    , m_table(new QTableWidget(this))
    , m_edit(new QPushButton(tr("&Edit\u2026"), this))
    , m_delete(new QPushButton(tr("&Delete"), this)) {
    setWindowTitle(tr("Freeze and Maintenance Windows"));
    m_table->setObjectName(u"windowsTable"_s);
    m_table->setAccessibleName(tr("Freeze and maintenance windows"));
    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Kind"), tr("First time (wall clock)"), tr("Repeats"),
                                        tr("Time zone"), tr("Applies to"), tr("Overriding role")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // arrows move between rows; Tab goes on to the buttons
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *add = new QPushButton(tr("&New\u2026"), this);
    add->setObjectName(u"windowsNew"_s);
    m_edit->setObjectName(u"windowsEdit"_s);
    m_delete->setObjectName(u"windowsDelete"_s);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(add, QDialogButtonBox::ActionRole);
    buttons->addButton(m_edit, QDialogButtonBox::ActionRole);
    buttons->addButton(m_delete, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    tabThroughButtons(buttons);
    connect(add, &QPushButton::clicked, this, &WindowsDialog::newWindow);
    connect(m_edit, &QPushButton::clicked, this, &WindowsDialog::editCurrent);
    connect(m_delete, &QPushButton::clicked, this, &WindowsDialog::deleteCurrent);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &WindowsDialog::editCurrent);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this] {
        m_edit->setEnabled(current().has_value());
        m_delete->setEnabled(current().has_value());
    });
    connect(&m_workspace, &Workspace::changed, this, &WindowsDialog::reload);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    reload();
    resize(fontMetrics().averageCharWidth() * 140, fontMetrics().lineSpacing() * 24);
}

namespace {
/// "25/11/2026 06:00 – 22:00", or both dates when the window runs past midnight.
QString slotText(const ChangeWindow &w) {
    const QString end =
        w.end.date() == w.start.date() ? calendar_style::clockText(w.end.time()) : calendar_style::dateTimeText(w.end);
    return WindowsDialog::tr("%1 \u2013 %2").arg(calendar_style::dateTimeText(w.start), end);
}
} // namespace

QString WindowsDialog::scopeText(const WindowScope &scope) const {
    if (scope.everything())
        return tr("Everything");
    QStringList parts = scope.services;
    for (Id id : scope.environmentIds) {
        auto environment = m_workspace.directory().environment(id);
        parts.append(environment ? environment->name : tr("environment #%1").arg(id));
    }
    for (Id id : scope.componentIds) {
        auto component = m_workspace.catalogue().component(id);
        parts.append(component ? component->name : tr("component #%1").arg(id));
    }
    return parts.join(u", "_s);
}

void WindowsDialog::reload() {
    auto windows = m_workspace.calendar().windows();
    if (!windows) {
        m_message->showError(windows.errorMessage());
        return;
    }
    const Id selected = current() ? current()->id : 0;
    m_windows = *windows;
    m_table->setRowCount(int(m_windows.size()));
    for (int row = 0; row < m_windows.size(); ++row) {
        const ChangeWindow &w = m_windows.at(row);
        const QStringList cells{w.name,
                                labelOf(w.kind),
                                slotText(w),
                                w.recurrence.describe(),
                                QString::fromUtf8(w.timeZone),
                                scopeText(w.scope),
                                w.kind == WindowKind::Freeze ? labelOf(w.overrideRole) : QString()};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        if (w.id == selected)
            m_table->setCurrentCell(row, 0);
    }
    m_table->resizeColumnsToContents();
    if (m_windows.isEmpty())
        m_message->showMessage(MessageBar::Kind::Information,
                               tr("No windows yet: add a freeze (no changes) or a maintenance window with New."));
    else if (m_message->kind() == MessageBar::Kind::Information)
        m_message->clear();
    m_edit->setEnabled(current().has_value());
    m_delete->setEnabled(current().has_value());
}

std::optional<ChangeWindow> WindowsDialog::current() const {
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_windows.size())
        return std::nullopt;
    return m_windows.at(row);
}

void WindowsDialog::newWindow() {
    WindowDialog::createNew(this, m_workspace, m_undo);
}

void WindowsDialog::editCurrent() {
    const auto window = current();
    if (!window)
        return;
    auto *dialog = new WindowDialog(m_workspace, m_undo, *window, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void WindowsDialog::deleteCurrent() {
    const auto window = current();
    if (!window)
        return;
    if (auto r = m_undo.perform(std::make_unique<RemoveRecord<ChangeWindow>>(*window)); !r)
        m_message->showError(r.errorMessage());
}

} // namespace relm

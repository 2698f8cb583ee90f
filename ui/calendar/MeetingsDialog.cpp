#include "MeetingsDialog.h"

#include "calendar/AgendaDialog.h"
#include "calendar/MeetingAgenda.h"
#include "calendar/MeetingDialog.h"
#include "changes/RecordChanges.h"
#include "changes/Workspace.h"
#include "storage/CalendarStore.h"
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

MeetingsDialog::MeetingsDialog(Workspace &workspace, UndoController &undo, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_undo(undo)
    , m_message(new MessageBar(this))
    , m_table(new QTableWidget(this)) {
    setWindowTitle(tr("Change Board Meetings"));
    m_table->setObjectName(u"meetingsTable"_s);
    m_table->setAccessibleName(tr("Change board meetings"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Title"), tr("When"), tr("Where"), tr("Members")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // arrows move between rows; Tab goes on to the buttons
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto button = [&](const QString &text, const QString &name, auto slot) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        buttons->addButton(b, QDialogButtonBox::ActionRole);
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    button(tr("&New\u2026"), u"meetingsNew"_s, [this] { MeetingDialog::createNew(this, m_workspace, m_undo); });
    m_rowButtons = {button(tr("&Edit\u2026"), u"meetingsEdit"_s, &MeetingsDialog::editCurrent),
                    button(tr("&Delete"), u"meetingsDelete"_s, &MeetingsDialog::deleteCurrent),
                    button(tr("&Agenda\u2026"), u"meetingsAgenda"_s, &MeetingsDialog::showAgenda)};
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    tabThroughButtons(buttons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &MeetingsDialog::showAgenda);
    connect(m_table, &QTableWidget::currentCellChanged, this, &MeetingsDialog::updateButtons);
    connect(&m_workspace, &Workspace::changed, this, &MeetingsDialog::reload);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    reload();
    resize(fontMetrics().averageCharWidth() * 120, fontMetrics().lineSpacing() * 22);
}

void MeetingsDialog::reload() {
    auto meetings = m_workspace.calendar().meetings();
    if (!meetings) {
        m_message->showError(meetings.errorMessage());
        return;
    }
    const Id selected = current() ? current()->id : 0;
    m_meetings = *meetings;
    m_table->setRowCount(int(m_meetings.size()));
    for (int row = 0; row < m_meetings.size(); ++row) {
        const CabMeeting &m = m_meetings.at(row);
        const QStringList cells{m.title, tr("%1, %n min", nullptr, m.minutes).arg(meetingTimeText(m)), m.location,
                                QString::number(m.memberIds.size())};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        if (m.id == selected)
            m_table->setCurrentCell(row, 0);
    }
    m_table->resizeColumnsToContents();
    if (m_meetings.isEmpty())
        m_message->showMessage(MessageBar::Kind::Information,
                               tr("No meetings yet: add one with New; its agenda fills itself from the releases "
                                  "awaiting sign-off."));
    else if (m_message->kind() == MessageBar::Kind::Information)
        m_message->clear();
    updateButtons();
}

void MeetingsDialog::updateButtons() {
    for (QPushButton *b : std::as_const(m_rowButtons))
        b->setEnabled(current().has_value());
}

std::optional<CabMeeting> MeetingsDialog::current() const {
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_meetings.size())
        return std::nullopt;
    return m_meetings.at(row);
}

void MeetingsDialog::editCurrent() {
    if (const auto meeting = current()) {
        auto *dialog = new MeetingDialog(m_workspace, m_undo, *meeting, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    }
}

void MeetingsDialog::deleteCurrent() {
    if (const auto meeting = current()) {
        if (auto r = m_undo.perform(std::make_unique<RemoveRecord<CabMeeting>>(*meeting)); !r)
            m_message->showError(r.errorMessage());
    }
}

void MeetingsDialog::showAgenda() {
    if (const auto meeting = current())
        AgendaDialog::open(this, m_workspace, meeting->id);
}

} // namespace relm

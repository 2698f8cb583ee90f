#include "MeetingDialog.h"

#include "i18n/ShownDates.h"

#include "calendar/CalendarWidgets.h"
#include "calendar/RecordSaver.h"
#include "changes/Workspace.h"
#include "storage/DirectoryStore.h"
#include "undo/UndoController.h"
#include "widgets/MessageBar.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

QList<std::pair<QString, QVariant>> peopleRows(Workspace &ws) {
    QList<std::pair<QString, QVariant>> rows;
    if (auto people = ws.directory().people()) {
        for (const Person &p : *people) {
            QStringList roles;
            for (Role r : p.roles)
                roles.append(labelOf(r));
            rows.append({roles.isEmpty() ? p.displayName
                                         : QCoreApplication::translate("relm::MeetingDialog", "%1 (%2)")
                                               .arg(p.displayName, roles.join(u", "_s)),
                         p.id});
        }
    }
    return rows;
}

QVariantList idVariants(const QList<Id> &ids) {
    QVariantList list;
    for (Id id : ids)
        list.append(id);
    return list;
}

QSpinBox *spin(int from, int to, int value, const QString &suffix, QWidget *parent) {
    auto *box = new QSpinBox(parent);
    box->setRange(from, to);
    box->setValue(value);
    box->setSuffix(suffix);
    return box;
}

} // namespace

MeetingDialog::MeetingDialog(Workspace &workspace, UndoController &undo, const CabMeeting &meeting, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_undo(undo)
    , m_original(meeting)
    , m_stored(meeting)
    , m_message(new MessageBar(this))
    , m_title(new QLineEdit(meeting.title, this))
    , m_start(new QDateTimeEdit(meeting.start, this))
    , m_zone(calendar_widgets::zoneBox(meeting.timeZone, this))
    , m_minutes(spin(5, 24 * 60, meeting.minutes, tr(" min"), this))
    , m_location(new QLineEdit(meeting.location, this))
    , m_horizon(spin(1, 92, meeting.horizonDays, tr(" days"), this))
    , m_members(calendar_widgets::checkList(peopleRows(workspace), idVariants(meeting.memberIds), this)) {
    setWindowTitle(meeting.id ? tr("Meeting \u201C%1\u201D").arg(meeting.title) : tr("New Change Board Meeting"));
    m_title->setObjectName(u"meetingTitle"_s);
    m_title->setPlaceholderText(tr("e.g. Weekly change board"));
    m_start->setObjectName(u"meetingStart"_s);
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(u"ddd "_s + shown_dates::localeDateTimeFormat());
    m_zone->setObjectName(u"meetingZone"_s);
    m_minutes->setObjectName(u"meetingMinutes"_s);
    m_location->setObjectName(u"meetingLocation"_s);
    m_location->setPlaceholderText(tr("A room or a call link"));
    m_horizon->setObjectName(u"meetingHorizon"_s);
    m_horizon->setToolTip(tr("The agenda lists releases awaiting sign-off whose deployments are planned up to this "
                             "many days after the meeting, and those overdue."));
    m_members->setObjectName(u"meetingMembers"_s);
    m_members->setAccessibleName(tr("Members"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Starts:"), m_start);
    form->addRow(tr("Time &zone:"), m_zone);
    form->addRow(tr("&Lasts:"), m_minutes);
    form->addRow(tr("&Where:"), m_location);
    form->addRow(tr("Agenda looks &ahead:"), m_horizon);
    form->addRow(tr("&Members:"), m_members);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &MeetingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MeetingDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(form, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 80, sizeHint().height());
}

MeetingDialog *MeetingDialog::createNew(QWidget *parent, Workspace &workspace, UndoController &undo) {
    auto *dialog = new MeetingDialog(workspace, undo, newMeeting(workspace), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

CabMeeting MeetingDialog::newMeeting(Workspace &workspace) {
    CabMeeting m;
    m.start = QDateTime(workspace.clock()().toLocalTime().date().addDays(1), QTime(10, 0));
    m.timeZone = QTimeZone::systemTimeZoneId();
    if (auto people = workspace.directory().people()) {
        for (const Person &p : *people) {
            if (p.roles.contains(Role::ChangeBoard))
                m.memberIds.append(p.id);
        }
    }
    return m;
}

CabMeeting MeetingDialog::meeting() const {
    CabMeeting m = m_original;
    m.title = m_title->text().trimmed();
    m.start = QDateTime(m_start->date(), m_start->time());
    m.timeZone = calendar_widgets::zoneOf(m_zone);
    m.minutes = m_minutes->value();
    m.location = m_location->text().trimmed();
    m.horizonDays = m_horizon->value();
    m.memberIds.clear();
    for (const QVariant &v : calendar_widgets::checkedData(m_members))
        m.memberIds.append(v.toLongLong());
    return m;
}

void MeetingDialog::accept() {
    auto saved = saveRecord(m_undo, m_original, meeting());
    if (!saved) {
        m_message->showError(saved.errorMessage());
        return;
    }
    m_stored = *saved;
    QDialog::accept();
}

} // namespace relm

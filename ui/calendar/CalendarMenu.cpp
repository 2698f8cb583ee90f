#include "CalendarMenu.h"

#include "calendar/MeetingDialog.h"
#include "calendar/MeetingsDialog.h"
#include "calendar/WindowDialog.h"
#include "calendar/WindowsDialog.h"

#include <QCoreApplication>
#include <QMenu>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("relm::CalendarMenu", text);
}

} // namespace

void fillCalendarMenu(QMenu *menu, QWidget *parent, std::function<Workspace *()> workspace, UndoController &undo) {
    auto add = [&](const QString &name, const QString &text, std::function<void(Workspace &)> open) {
        QAction *action = menu->addAction(text);
        action->setObjectName(name);
        QObject::connect(action, &QAction::triggered, parent, [workspace, open] {
            if (Workspace *ws = workspace())
                open(*ws);
        });
    };
    auto modeless = [parent](QDialog *dialog) {
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    };
    add(u"calendarWindows"_s, tr("Freeze and Maintenance &Windows\u2026"),
        [parent, &undo, modeless](Workspace &ws) { modeless(new WindowsDialog(ws, undo, parent)); });
    add(u"calendarNewFreeze"_s, tr("New &Freeze Window\u2026"),
        [parent, &undo](Workspace &ws) { WindowDialog::createNew(parent, ws, undo); });
    menu->addSeparator();
    add(u"calendarMeetings"_s, tr("Change Board Meetings\u2026"),
        [parent, &undo, modeless](Workspace &ws) { modeless(new MeetingsDialog(ws, undo, parent)); });
    add(u"calendarNewMeeting"_s, tr("New Change Board &Meeting\u2026"),
        [parent, &undo](Workspace &ws) { MeetingDialog::createNew(parent, ws, undo); });
}

} // namespace relm

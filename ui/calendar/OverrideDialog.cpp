#include "OverrideDialog.h"

#include "i18n/ShownDates.h"

#include "calendar/WindowOccurrences.h"
#include "changes/CalendarChanges.h"
#include "changes/Workspace.h"
#include "storage/CalendarStore.h"
#include "storage/DeploymentStore.h"
#include "storage/DirectoryStore.h"
#include "storage/ReleaseStore.h"
#include "undo/UndoController.h"
#include "widgets/MessageBar.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

QString localMoment(const QDateTime &utc) {
    const QDateTime local = utc.toLocalTime();
    return QLocale().toString(local, u"ddd "_s + shown_dates::localeDateTimeFormat()) + u' ' +
           local.timeZoneAbbreviation();
}

QString row(const QString &label, const QString &value) {
    return u"<tr><td><b>%1</b></td><td>%2</td></tr>"_s.arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

} // namespace

OverrideDialog::OverrideDialog(Workspace &workspace, UndoController &undo, Id deploymentId, Id windowId,
                               QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_undo(undo)
    , m_deploymentId(deploymentId)
    , m_windowId(windowId)
    , m_message(new MessageBar(this))
    , m_facts(new QLabel(this))
    , m_reason(new QPlainTextEdit(this)) {
    setWindowTitle(tr("Override a Change Freeze"));
    m_message->setObjectName(u"overrideMessage"_s);
    m_facts->setObjectName(u"overrideFacts"_s);
    m_facts->setTextFormat(Qt::RichText);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reason->setObjectName(u"overrideReason"_s);
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setPlaceholderText(tr("Why this deployment may run in the freeze (required), e.g. the incident or the "
                                    "customer commitment it serves"));
    m_reason->setTabChangesFocus(true);
    auto *reasonLabel = new QLabel(tr("&Reason:"), this);
    reasonLabel->setBuddy(m_reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Override"));
    connect(buttons, &QDialogButtonBox::accepted, this, &OverrideDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &OverrideDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_facts);
    layout->addWidget(reasonLabel);
    layout->addWidget(m_reason, 1);
    layout->addWidget(buttons);
    m_facts->setText(describe());
    resize(fontMetrics().averageCharWidth() * 90, sizeHint().height());
    m_reason->setFocus(); // the one field; the message above it is read, not where work starts
}

OverrideDialog *OverrideDialog::open(QWidget *parent, Workspace &workspace, UndoController &undo, Id deploymentId,
                                     Id windowId) {
    auto *dialog = new OverrideDialog(workspace, undo, deploymentId, windowId, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->QDialog::open();
    return dialog;
}

QString OverrideDialog::describe() {
    auto deployment = m_workspace.deployments().deployment(m_deploymentId);
    auto window = m_workspace.calendar().window(m_windowId);
    if (!deployment || !window) {
        m_message->showError(deployment ? window.errorMessage() : deployment.errorMessage());
        return {};
    }
    auto release = m_workspace.releases().release(deployment->releaseId);
    auto environment = m_workspace.directory().environment(deployment->environmentId);
    QStringList holders;
    if (auto people = m_workspace.directory().people()) {
        for (const Person &p : *people) {
            if (p.roles.contains(window->overrideRole))
                holders.append(p.displayName);
        }
    }
    const QList<WindowOccurrence> touching =
        window_occurrences::of(*window, deployment->plannedStart, deployment->plannedEnd);
    const QString occurrence = touching.isEmpty() ? tr("the planned slot does not run in this freeze")
                                                  : window_occurrences::describe(touching.first());
    const Person &actor = m_workspace.actingPerson();
    QString html = u"<table cellspacing='0' cellpadding='3'>"_s;
    html += row(tr("Release"), release ? release->name : tr("#%1").arg(deployment->releaseId));
    html += row(tr("Environment"), environment ? environment->name : tr("#%1").arg(deployment->environmentId));
    html += row(tr("Planned slot"),
                tr("%1 to %2").arg(localMoment(deployment->plannedStart), localMoment(deployment->plannedEnd)));
    html += row(tr("Freeze"), occurrence);
    html +=
        row(tr("May override"), tr("%1: %2").arg(labelOf(window->overrideRole),
                                                 holders.isEmpty() ? tr("nobody holds it") : holders.join(u", "_s)));
    html += row(tr("You act as"), actor.displayName);
    html += u"</table>"_s;
    if (!actor.roles.contains(window->overrideRole))
        m_message->showMessage(MessageBar::Kind::Warning,
                               tr("Only the %1 may override this freeze; %2 does not hold that role.")
                                   .arg(labelInSentence(window->overrideRole), actor.displayName));
    return html;
}

void OverrideDialog::accept() {
    auto change = std::make_unique<OverrideFreeze>(m_windowId, m_deploymentId, m_reason->toPlainText().trimmed());
    OverrideFreeze *applied = change.get();
    if (auto r = m_undo.perform(std::move(change)); !r) {
        m_message->showError(r.errorMessage());
        return;
    }
    m_stored = applied->freezeOverride();
    QDialog::accept();
}

} // namespace relm

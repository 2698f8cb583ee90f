#include "ReleaseOverviewPage.h"

#include "changes/RecordChanges.h"
#include "changes/ReleaseChanges.h"
#include "changes/Workspace.h"
#include "checks/ReleaseGate.h"
#include "domain/Validation.h"
#include "i18n/ShownDates.h"
#include "release/StatusActions.h"
#include "signoff/GateDialog.h"
#include "storage/DirectoryStore.h"
#include "storage/ReleaseStore.h"
#include "undo/UndoController.h"
#include "widgets/Icons.h"
#include "widgets/MessageBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

// QDateEdit cannot be empty; its minimum stands for "not set" and shows the special text.
const QDate unsetDate(1900, 1, 1);

QDate dateOf(const QDateEdit *edit) {
    return edit->date() == unsetDate ? QDate() : edit->date();
}

void showDate(QDateEdit *edit, const QDate &date) {
    edit->setDate(date.isValid() ? date : unsetDate);
}

template<typename E>
void fillCombo(QComboBox *combo) {
    for (E value : allOf<E>())
        combo->addItem(labelOf(value), int(value));
}

template<typename E>
E comboValue(const QComboBox *combo) {
    return E(combo->currentData().toInt());
}

} // namespace

ReleaseOverviewPage::ReleaseOverviewPage(Workspace &workspace, UndoController &undo, Id releaseId, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_undo(undo)
    , m_message(new MessageBar(this))
    , m_title(new QLabel(this))
    , m_statusLabel(new QLabel(this))
    , m_statusButton(new QToolButton(this))
    , m_name(new QLineEdit(this))
    , m_version(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_owner(new QComboBox(this))
    , m_service(new QLineEdit(this))
    , m_start(new QDateEdit(this))
    , m_end(new QDateEdit(this))
    , m_approach(new QComboBox(this))
    , m_target(new QComboBox(this))
    , m_fingerprints(new QCheckBox(tr("Every version needs a SHA-256 fingerprint"), this))
    , m_backout(new QPlainTextEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_changes(new QListWidget(this)) {
    m_undo.retireRefusalsIn(m_message);
    m_release.id = releaseId;
    buildForm();
    connectEditors();
    connect(&m_workspace, &Workspace::changed, this, &ReleaseOverviewPage::onChanged);
    reload();
}

void ReleaseOverviewPage::buildForm() {
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_statusButton->setText(tr("Change status"));
    m_statusButton->setPopupMode(QToolButton::InstantPopup);
    m_statusButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_statusButton->setMenu(new QMenu(m_statusButton));
    m_statusButton->setAccessibleName(tr("Change the release status"));

    fillCombo<ReleaseType>(m_type);
    fillCombo<DeploymentApproach>(m_approach);
    for (QDateEdit *edit : {m_start, m_end}) {
        edit->setCalendarPopup(true);
        edit->setMinimumDate(unsetDate);
        edit->setSpecialValueText(tr("Not set"));
        edit->setDisplayFormat(shown_dates::localeDateFormat());
    }
    m_backout->setPlaceholderText(tr("How to return to the previous state if the deployment fails"));
    m_description->setPlaceholderText(tr("What this release delivers and why"));
    m_service->setPlaceholderText(tr("The service this release changes, e.g. Online Billing"));
    for (QPlainTextEdit *edit : {m_backout, m_description}) {
        edit->setTabChangesFocus(true);
        edit->setMaximumHeight(fontMetrics().lineSpacing() * 6);
        edit->installEventFilter(this);
    }
    m_changes->setMaximumHeight(fontMetrics().lineSpacing() * 6);

    const QList<std::pair<QWidget *, QString>> names = {{m_name, tr("Release name")},
                                                        {m_version, tr("Version")},
                                                        {m_type, tr("Release type")},
                                                        {m_owner, tr("Owner")},
                                                        {m_service, tr("Target service")},
                                                        {m_start, tr("Planned start")},
                                                        {m_end, tr("Planned end")},
                                                        {m_approach, tr("Deployment approach")},
                                                        {m_backout, tr("Back-out plan")},
                                                        {m_target, tr("Target environment")},
                                                        {m_fingerprints, tr("Require fingerprints")},
                                                        {m_description, tr("Description")},
                                                        {m_changes, tr("Change requests delivered")}};
    for (const auto &[widget, name] : names)
        widget->setAccessibleName(name);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_statusLabel);
    header->addWidget(m_statusButton);

    auto *identity = new QFormLayout;
    identity->addRow(tr("Na&me:"), m_name);
    identity->addRow(tr("Ver&sion:"), m_version);
    identity->addRow(tr("T&ype:"), m_type);
    identity->addRow(tr("O&wner:"), m_owner);
    identity->addRow(tr("Target serv&ice:"), m_service);
    auto *plan = new QFormLayout;
    plan->addRow(tr("Planned s&tart:"), m_start);
    plan->addRow(tr("Planned en&d:"), m_end);
    plan->addRow(tr("&Approach:"), m_approach);
    plan->addRow(tr("De&ploys to:"), m_target);
    plan->addRow(QString(), m_fingerprints);
    plan->addRow(tr("Bac&k-out plan:"), m_backout);

    auto *identityBox = new QGroupBox(tr("Release"), this);
    identityBox->setLayout(identity);
    auto *planBox = new QGroupBox(tr("Plan"), this);
    planBox->setLayout(plan);
    // The two boxes share the width evenly (each no narrower than it must be), so that on a
    // laptop the owner's name and role show whole rather than the plan's wide date fields growing.
    auto *columns = new QHBoxLayout;
    for (QGroupBox *box : {identityBox, planBox}) {
        box->setMinimumWidth(box->minimumSizeHint().width());
        box->setSizePolicy(QSizePolicy::Ignored, box->sizePolicy().verticalPolicy());
        columns->addWidget(box, 1);
    }

    auto *more = new QFormLayout;
    more->addRow(tr("Descriptio&n:"), m_description);
    more->addRow(tr("Change requests:"), m_changes);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addLayout(header);
    layout->addWidget(m_message);
    layout->addLayout(columns);
    layout->addLayout(more);
    layout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

void ReleaseOverviewPage::connectEditors() {
    connect(m_name, &QLineEdit::editingFinished, this,
            [this] { commit(tr("name"), m_name, [this](Release &r) { r.name = m_name->text().trimmed(); }); });
    connect(m_version, &QLineEdit::editingFinished, this, [this] {
        commit(tr("version"), m_version, [this](Release &r) { r.version = m_version->text().trimmed(); });
    });
    connect(m_service, &QLineEdit::editingFinished, this, [this] {
        commit(tr("target service"), m_service, [this](Release &r) { r.targetService = m_service->text().trimmed(); });
    });
    connect(m_type, &QComboBox::activated, this,
            [this] { commit(tr("type"), m_type, [this](Release &r) { r.type = comboValue<ReleaseType>(m_type); }); });
    connect(m_approach, &QComboBox::activated, this, [this] {
        commit(tr("approach"), m_approach,
               [this](Release &r) { r.approach = comboValue<DeploymentApproach>(m_approach); });
    });
    connect(m_target, &QComboBox::activated, this, [this] {
        commit(tr("target environment"), m_target,
               [this](Release &r) { r.targetEnvironmentId = m_target->currentData().toLongLong(); });
    });
    connect(m_fingerprints, &QCheckBox::toggled, this, [this] {
        commit(tr("fingerprint policy"), m_fingerprints,
               [this](Release &r) { r.requireFingerprints = m_fingerprints->isChecked(); });
    });
    connect(m_owner, &QComboBox::activated, this, [this] {
        commit(tr("owner"), m_owner, [this](Release &r) { r.ownerId = m_owner->currentData().toLongLong(); });
    });
    for (QDateEdit *edit : {m_start, m_end}) {
        const bool isStart = edit == m_start;
        const auto commitDate = [this, edit, isStart] {
            commit(isStart ? tr("planned start") : tr("planned end"), edit,
                   [edit, isStart](Release &r) { (isStart ? r.plannedStart : r.plannedEnd) = dateOf(edit); });
        };
        connect(edit, &QDateEdit::editingFinished, this, commitDate);
        connect(edit, &QDateEdit::dateChanged, this, [edit, commitDate] {
            // Picking from the calendar popup commits at once; typing commits when editing finishes.
            if (!edit->hasFocus())
                commitDate();
        });
    }
}

bool ReleaseOverviewPage::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() == QEvent::FocusOut) {
        if (watched == m_backout)
            commit(tr("back-out plan"), m_backout, [this](Release &r) { r.backoutPlan = m_backout->toPlainText(); });
        else if (watched == m_description)
            commit(tr("description"), m_description,
                   [this](Release &r) { r.description = m_description->toPlainText(); });
    }
    return QWidget::eventFilter(watched, event);
}

void ReleaseOverviewPage::commit(const QString &fieldLabel, QWidget *field,
                                 const std::function<void(Release &)> &edit) {
    if (m_updating)
        return;
    Release after = m_release;
    edit(after);
    if (after == m_release) {
        if (m_invalidField == field)
            clearInvalid();
        return;
    }
    if (auto valid = validation::check(after); !valid) {
        markInvalid(field, valid.errorMessage());
        return;
    }
    clearInvalid();
    const QString text = tr("Change %1 of %2").arg(fieldLabel, m_release.name);
    if (auto r = m_undo.perform(std::make_unique<EditRecord<Release>>(m_release, after, text)); !r)
        markInvalid(field, r.errorMessage());
}

void ReleaseOverviewPage::moveTo(ReleaseStatus status) {
    if (!ReleaseGate::isGated(m_release.status, status)) {
        performMove(status);
        return;
    }
    // A gated move first shows its checklist; the move happens only from there, and only when it passes.
    auto gate = ReleaseGate::check(AssuranceSources::of(m_workspace), m_release.id, status, m_workspace.clock()());
    if (!gate) {
        m_message->showError(gate.errorMessage());
        return;
    }
    auto *dialog = new GateDialog(*gate, m_release.name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, status] { performMove(status); });
    dialog->open();
}

void ReleaseOverviewPage::performMove(ReleaseStatus status) {
    if (auto r = m_undo.perform(std::make_unique<SetReleaseStatus>(m_release, status)); !r)
        m_message->showError(r.errorMessage());
    else
        m_message->clear();
}

void ReleaseOverviewPage::markInvalid(QWidget *field, const QString &message) {
    clearInvalid();
    m_invalidField = field;
    field->setProperty("relmInvalid", true);
    // A red frame plus the message: the field and the reason are both visible.
    field->setStyleSheet(u"border: 2px solid #d32f2f;"_s);
    m_message->showError(message);
}

void ReleaseOverviewPage::clearInvalid() {
    if (m_invalidField) {
        m_invalidField->setStyleSheet({});
        m_invalidField->setProperty("relmInvalid", false);
        m_invalidField = nullptr;
    }
    m_message->clear();
}

QString ReleaseOverviewPage::validationMessage() const {
    return m_message->text();
}

void ReleaseOverviewPage::onChanged(const ChangeNotice &notice) {
    const bool mine = (notice.entity == Entity::Release && notice.id == m_release.id) ||
                      (notice.entity == Entity::ChangeRequest && notice.releaseId == m_release.id) ||
                      notice.entity == Entity::Person || notice.entity == Entity::Environment;
    if (mine && notice.kind != ChangeNotice::Kind::Removed)
        reload();
}

void ReleaseOverviewPage::reload() {
    auto release = m_workspace.releases().release(m_release.id);
    if (!release) {
        m_message->showError(release.errorMessage());
        setEnabled(false);
        return;
    }
    m_release = *release;
    clearInvalid();
    showRelease();
}

void ReleaseOverviewPage::fillOwners() {
    m_owner->clear();
    auto people = m_workspace.directory().people();
    if (!people)
        return;
    for (const Person &p : *people)
        m_owner->addItem(p.roles.contains(Role::ReleaseManager) ? tr("%1 (release manager)").arg(p.displayName)
                                                                : p.displayName,
                         p.id);
}

void ReleaseOverviewPage::fillEnvironments() {
    m_target->clear();
    m_target->addItem(tr("Not set"), Id(0));
    if (auto environments = m_workspace.directory().environments()) {
        for (const Environment &e : *environments)
            m_target->addItem(e.name, e.id);
    }
}

void ReleaseOverviewPage::showRelease() {
    m_updating = true;
    const Release &r = m_release;
    m_title->setText(r.name);
    m_statusLabel->setText(tr("<b>%1</b>").arg(labelOf(r.status)));
    m_statusButton->setIcon(Icons::status(r.status));
    fillStatusMenu(m_statusButton->menu(), r, [this](ReleaseStatus s) { moveTo(s); });
    m_name->setText(r.name);
    m_version->setText(r.version);
    m_type->setCurrentIndex(m_type->findData(int(r.type)));
    fillOwners();
    m_owner->setCurrentIndex(m_owner->findData(r.ownerId));
    m_service->setText(r.targetService);
    showDate(m_start, r.plannedStart);
    showDate(m_end, r.plannedEnd);
    m_approach->setCurrentIndex(m_approach->findData(int(r.approach)));
    fillEnvironments();
    m_target->setCurrentIndex(std::max(0, m_target->findData(r.targetEnvironmentId)));
    m_fingerprints->setChecked(r.requireFingerprints);
    if (m_backout->toPlainText() != r.backoutPlan)
        m_backout->setPlainText(r.backoutPlan);
    if (m_description->toPlainText() != r.description)
        m_description->setPlainText(r.description);

    m_changes->clear();
    if (auto changes = m_workspace.releases().changeRequests(r.id)) {
        for (const ChangeRequest &c : *changes)
            m_changes->addItem(tr("%1 \u2013 %2").arg(c.reference, c.title));
        if (changes->isEmpty())
            m_changes->addItem(tr("No change requests yet: this release delivers none so far."));
    }
    m_updating = false;
}

} // namespace relm

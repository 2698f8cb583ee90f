#include "DeploymentsPage.h"

#include "DeploymentDialogs.h"
#include "ReviewPanel.h"
#include "changes/DeploymentChanges.h"
#include "changes/RecordChanges.h"
#include "changes/Workspace.h"
#include "i18n/ShownDates.h"
#include "planning/KnownErrors.h"
#include "storage/DeploymentStore.h"
#include "storage/DirectoryStore.h"
#include "storage/PlanStore.h"
#include "storage/ReleaseStore.h"
#include "undo/UndoController.h"
#include "widgets/MessageBar.h"
#include "widgets/RecordTable.h"
#include "widgets/TextTableModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

QString moment(const QDateTime &at) {
    return shown_dates::utcDateTime(at);
}

/// "24.12.2026 20:00 \u2013 23:30"; an end on another day keeps its date ("\u2013 25.12.2026 00:30").
QString span(const QDateTime &start, const QDateTime &end) {
    QString until = moment(end);
    if (end.isValid() && start.isValid() && end.toUTC().date() == start.toUTC().date()) {
        const QString day = shown_dates::date(end.toUTC().date());
        if (until.startsWith(day))
            until = until.mid(day.size()).trimmed();
    }
    return u"%1 \u2013 %2"_s.arg(moment(start), until);
}

QColor outcomeColour(DeploymentOutcome outcome) {
    switch (outcome) {
    case DeploymentOutcome::Succeeded:
        return QColor(0x2e, 0x7d, 0x32);
    case DeploymentOutcome::Failed:
    case DeploymentOutcome::RolledBack:
        return QColor(0xc6, 0x28, 0x28);
    case DeploymentOutcome::Partial:
        return QColor(0xe6, 0x51, 0x00);
    case DeploymentOutcome::Planned:
        break;
    }
    return {};
}

} // namespace

DeploymentsPage::DeploymentsPage(Workspace &workspace, UndoController &undo, Id releaseId, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_undo(undo)
    , m_releaseId(releaseId)
    , m_message(new MessageBar(this))
    , m_deployments(new TextTableModel({tr("#"), tr("Environment"), tr("Package"), tr("Planned (UTC)"), tr("Ran (UTC)"),
                                        tr("Outcome"), tr("By"), tr("Notes")},
                                       this))
    , m_runbook(
          new TextTableModel({tr("#"), tr("Step"), tr("Owner"), tr("Minutes"), tr("Kind"), tr("Done (UTC)")}, this))
    , m_knownErrors(new TextTableModel(
          {tr("#"), tr("Known error"), tr("Workaround"), tr("Found in"), tr("Fixed in"), tr("Reference")}, this))
    , m_review(new ReviewPanel(this)) {
    m_undo.retireRefusalsIn(m_message);
    m_deploymentTable = makeRecordTable(m_deployments, this, tr("Deployments"));
    m_runbookTable = makeRecordTable(m_runbook, this, tr("Runbook"));
    m_knownErrorTable = makeRecordTable(m_knownErrors, this, tr("Known errors"));

    auto *plan = namedButton(tr("Plan Deplo&yment\u2026"), u"planDeployment"_s, this);
    auto *record = namedButton(tr("Re&cord Run\u2026"), u"recordRun"_s, this);
    auto *rollback = namedButton(tr("Roll &Back\u2026"), u"rollBack"_s, this);
    auto *addStep = namedButton(tr("&Add Step\u2026"), u"addStep"_s, this);
    auto *checkOff = namedButton(tr("Check &Off"), u"checkOff"_s, this);
    auto *skip = namedButton(tr("S&kip\u2026"), u"skipStep"_s, this);
    auto *addError = namedButton(tr("Add Kno&wn Error\u2026"), u"addKnownError"_s, this);
    auto *editError = namedButton(tr("Edi&t\u2026"), u"editKnownError"_s, this);
    connect(plan, &QPushButton::clicked, this, &DeploymentsPage::planDeployment);
    connect(record, &QPushButton::clicked, this, &DeploymentsPage::recordRun);
    connect(rollback, &QPushButton::clicked, this, [this] { rollBack(); });
    connect(addStep, &QPushButton::clicked, this, &DeploymentsPage::addStep);
    connect(checkOff, &QPushButton::clicked, this, &DeploymentsPage::checkOffStep);
    connect(skip, &QPushButton::clicked, this, [this] { skipStep(); });
    connect(addError, &QPushButton::clicked, this, &DeploymentsPage::addKnownError);
    connect(editError, &QPushButton::clicked, this, &DeploymentsPage::editKnownError);
    connect(m_knownErrorTable, &QAbstractItemView::activated, this, &DeploymentsPage::editKnownError);
    connect(m_deploymentTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DeploymentsPage::reloadRunbook);
    connect(m_review, &ReviewPanel::saveRequested, this,
            [this](const std::optional<ReleaseReview> &before, const ReleaseReview &after) {
                if (before)
                    perform(std::make_unique<EditRecord<ReleaseReview>>(*before, after));
                else
                    perform(std::make_unique<CreateRecord<ReleaseReview>>(after));
            });

    auto *lower = new QSplitter(this);
    lower->addWidget(toolGroup(tr("Runbook of the selected deployment"), {addStep, checkOff, skip}, m_runbookTable,
                               this, Heading::AboveButtons));
    lower->addWidget(toolGroup(tr("Known errors this release ships with"), {addError, editError}, m_knownErrorTable,
                               this, Heading::AboveButtons));
    auto *reviewScroll = new QScrollArea(this);
    reviewScroll->setWidget(m_review);
    reviewScroll->setWidgetResizable(true);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(toolGroup(tr("Deployments"), {plan, record, rollback}, m_deploymentTable, this));
    splitter->addWidget(lower);
    splitter->addWidget(reviewScroll);
    const int line = fontMetrics().height() + 8;
    // The deployments come first: on a laptop with the Findings dock open they keep the most room.
    splitter->setSizes({line * 9, line * 8, line * 5});
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    connect(&m_workspace, &Workspace::changed, this, [this](const ChangeNotice &notice) {
        switch (notice.entity) {
        case Entity::Deployment:
        case Entity::RunbookStep:
        case Entity::KnownError:
        case Entity::Review:
        case Entity::Release:
        case Entity::Person:
        case Entity::Environment:
            reload();
            break;
        default:
            break;
        }
    });
    reload();
}

void DeploymentsPage::perform(std::unique_ptr<Change> change) {
    if (auto r = m_undo.perform(std::move(change)); !r)
        m_message->showError(r.errorMessage());
    else
        m_message->clear();
}

Id DeploymentsPage::selectedDeployment() const {
    return m_deployments->idAt(m_deploymentTable->currentIndex().row());
}

void DeploymentsPage::selectDeployment(Id id) {
    m_deploymentTable->setCurrentIndex(m_deployments->index(m_deployments->rowOf(id), 0));
}

void DeploymentsPage::reload() {
    const Id selected = selectedDeployment();
    QHash<Id, QString> people;
    QHash<Id, QString> environments;
    QHash<Id, QString> packages;
    if (auto all = m_workspace.directory().people()) {
        for (const Person &p : *all)
            people.insert(p.id, p.displayName);
    }
    if (auto all = m_workspace.directory().environments()) {
        for (const Environment &e : *all)
            environments.insert(e.id, e.name);
    }
    if (auto all = m_workspace.releases().packages(m_releaseId)) {
        for (const Package &p : *all)
            packages.insert(p.id, p.name);
    }
    QList<TextTableModel::Row> rows;
    if (auto deployments = m_workspace.deployments().deployments(m_releaseId)) {
        for (const Deployment &d : *deployments)
            rows.append(
                {d.id,
                 {QString::number(d.id), environments.value(d.environmentId),
                  d.packageId ? packages.value(d.packageId) : tr("whole release"), span(d.plannedStart, d.plannedEnd),
                  d.actualStart.isValid() ? span(d.actualStart, d.actualEnd) : QString(),
                  labelOf(d.outcome) + (d.emergency ? tr(" (emergency: %1)").arg(d.emergencyReason) : QString()),
                  people.value(d.executedBy), d.notes},
                 outcomeColour(d.outcome),
                 {}});
    }
    m_deployments->setRows(rows);
    if (selected)
        selectDeployment(selected);
    else if (!rows.isEmpty())
        selectDeployment(rows.last().id);
    reloadRunbook();

    QList<TextTableModel::Row> errors;
    auto releases = m_workspace.releases().releases();
    QHash<Id, QString> releaseNames;
    for (const Release &r : releases ? *releases : QList<Release>{})
        releaseNames.insert(r.id, r.name);
    if (auto known = knownErrorsFor(m_workspace.releases(), m_workspace.deployments(), m_releaseId)) {
        for (const ApplicableKnownError &e : *known)
            errors.append({e.error.id,
                           {QString::number(e.error.id), e.error.title, e.error.workaround,
                            e.carriedForward ? tr("%1 (carried forward)").arg(e.foundIn) : e.foundIn,
                            releaseNames.value(e.error.fixedInReleaseId), e.error.reference},
                           {},
                           e.error.symptom});
    }
    m_knownErrors->setRows(errors);

    auto release = m_workspace.releases().release(m_releaseId);
    auto review = m_workspace.deployments().reviewOf(m_releaseId);
    QString planNote;
    if (release) {
        std::optional<QDateTime> firstSuccess;
        for (const TextTableModel::Row &row : rows) {
            auto d = m_workspace.deployments().deployment(row.id);
            auto env = d ? m_workspace.directory().environment(d->environmentId) : Result<Environment>(Error{});
            if (d && env && env->kind == EnvironmentKind::Production && !d->isFailure() &&
                d->outcome != DeploymentOutcome::Planned && (!firstSuccess || d->actualEnd < *firstSuccess))
                firstSuccess = d->actualEnd;
        }
        if (firstSuccess) {
            const qint64 slip = release->plannedEnd.daysTo(firstSuccess->date());
            const QString verdict = slip > 0   ? tr("%n day(s) late", nullptr, int(slip))
                                    : slip < 0 ? tr("%n day(s) early", nullptr, int(-slip))
                                               : tr("on time");
            planNote = tr("Planned to finish %1; in production since %2: %3.")
                           .arg(shown_dates::date(release->plannedEnd), moment(*firstSuccess), verdict);
        } else {
            planNote = tr("Planned to finish %1; not in production yet.").arg(shown_dates::date(release->plannedEnd));
        }
        // Against the newest schedule baseline, when one was saved: its finish and the slip since.
        if (auto baselines = m_workspace.plan().baselines(m_releaseId); baselines && !baselines->isEmpty()) {
            const PlanBaseline &newest = baselines->last();
            QDateTime finish;
            for (const auto &[start, end] : newest.dates)
                finish = std::max(finish, end);
            const QDate done = firstSuccess ? firstSuccess->date() : QDate();
            if (finish.isValid() && done.isValid())
                planNote += u" "_s + tr("Baseline \u201C%1\u201D finished %2: %n day(s) of slip against it.", nullptr,
                                        int(finish.date().daysTo(done)))
                                         .arg(newest.name, shown_dates::date(finish.date()));
        }
    }
    m_review->setReview(m_releaseId, review ? *review : std::nullopt, planNote);
}

void DeploymentsPage::reloadRunbook() {
    QHash<Id, QString> people;
    if (auto all = m_workspace.directory().people()) {
        for (const Person &p : *all)
            people.insert(p.id, p.displayName);
    }
    QList<TextTableModel::Row> rows;
    if (auto steps = m_workspace.deployments().runbook(selectedDeployment())) {
        for (const RunbookStep &s : *steps)
            rows.append(
                {s.id,
                 {QString::number(s.position), s.title, people.value(s.ownerId), QString::number(s.expectedMinutes),
                  s.backout           ? tr("back-out")
                  : s.pointOfNoReturn ? tr("point of no return")
                                      : QString(),
                  s.isSkipped() ? tr("skipped %1 (%2): %3").arg(moment(s.doneAt), s.doneBy, s.skipReason)
                  : s.isDone()  ? u"%1 (%2)"_s.arg(moment(s.doneAt), s.doneBy)
                                : QString()},
                 s.isSkipped() ? QColor(0xe6, 0x51, 0x00)
                 : s.isDone()  ? QColor(0x2e, 0x7d, 0x32)
                 : s.backout   ? QColor(0x6d, 0x4c, 0x41)
                               : QColor(),
                 s.skipReason});
    }
    m_runbook->setRows(rows);
}

void DeploymentsPage::planDeployment() {
    auto environments = m_workspace.directory().environments();
    auto packages = m_workspace.releases().packages(m_releaseId);
    if (!environments || !packages)
        return;
    Deployment d;
    d.releaseId = m_releaseId;
    const QDateTime evening = m_workspace.clock()().date().addDays(1).startOfDay(Qt::UTC).addSecs(20 * 3600);
    d.plannedStart = evening;
    d.plannedEnd = evening.addSecs(2 * 3600);
    PlanDeploymentDialog dialog(d, *environments, *packages, this);
    Q_EMIT dialogOpened(&dialog);
    if (dialog.exec() == QDialog::Accepted)
        perform(std::make_unique<CreateRecord<Deployment>>(dialog.deployment()));
}

void DeploymentsPage::recordRun() {
    auto deployment = m_workspace.deployments().deployment(selectedDeployment());
    if (!deployment) {
        m_message->showMessage(MessageBar::Kind::Information, tr("Select a planned deployment first."));
        return;
    }
    RecordRunDialog dialog(*deployment, m_workspace.clock()(), this);
    Q_EMIT dialogOpened(&dialog);
    if (dialog.exec() == QDialog::Accepted)
        perform(std::make_unique<RecordDeploymentRun>(deployment->id, dialog.run()));
}

void DeploymentsPage::rollBack(const QString &reason) {
    const Id id = selectedDeployment();
    if (!id) {
        m_message->showMessage(MessageBar::Kind::Information, tr("Select the deployment to roll back."));
        return;
    }
    // Asking why only to be refused would waste the answer: a planned deployment changed nothing yet.
    if (auto deployment = m_workspace.deployments().deployment(id);
        deployment && deployment->outcome == DeploymentOutcome::Planned) {
        m_message->showMessage(MessageBar::Kind::Information,
                               tr("Deployment #%1 has not run yet, so there is nothing to roll back. Record its run "
                                  "first, or change its plan.")
                                   .arg(id));
        return;
    }
    QString why = reason;
    if (why.isEmpty()) {
        bool ok = false;
        why = QInputDialog::getText(this, tr("Roll Back Deployment #%1").arg(id),
                                    tr("Why is it rolled back? The environment gets back exactly what it ran "
                                       "before."),
                                    QLineEdit::Normal, {}, &ok);
        if (!ok)
            return;
    }
    perform(std::make_unique<RollBackDeployment>(id, why));
}

void DeploymentsPage::addStep() {
    const Id deployment = selectedDeployment();
    auto people = m_workspace.directory().people();
    if (!deployment || !people) {
        m_message->showMessage(MessageBar::Kind::Information, tr("Select a deployment first."));
        return;
    }
    RunbookStep step;
    step.deploymentId = deployment;
    step.position = m_runbook->rowCount() + 1;
    RunbookStepDialog dialog(step, *people, this);
    Q_EMIT dialogOpened(&dialog);
    if (dialog.exec() == QDialog::Accepted)
        perform(std::make_unique<CreateRecord<RunbookStep>>(dialog.step()));
}

void DeploymentsPage::checkOffStep() {
    auto step = m_workspace.deployments().step(m_runbook->idAt(m_runbookTable->currentIndex().row()));
    if (!step) {
        m_message->showMessage(MessageBar::Kind::Information, tr("Select a runbook step first."));
        return;
    }
    perform(std::make_unique<SettleRunbookStep>(step->id, step->isSettled() ? SettleRunbookStep::Mode::Reopen
                                                                            : SettleRunbookStep::Mode::Done));
}

void DeploymentsPage::skipStep(const QString &reason) {
    auto step = m_workspace.deployments().step(m_runbook->idAt(m_runbookTable->currentIndex().row()));
    if (!step) {
        m_message->showMessage(MessageBar::Kind::Information, tr("Select a runbook step first."));
        return;
    }
    QString why = reason;
    if (why.isEmpty()) {
        bool ok = false;
        why = QInputDialog::getText(this, tr("Skip \u201C%1\u201D").arg(step->title),
                                    tr("Why is this step not run? The reason is recorded with your name."),
                                    QLineEdit::Normal, {}, &ok);
        if (!ok)
            return;
    }
    perform(std::make_unique<SettleRunbookStep>(step->id, SettleRunbookStep::Mode::Skip, why));
}

void DeploymentsPage::addKnownError() {
    KnownError error;
    error.releaseId = m_releaseId;
    KnownErrorDialog dialog(error, {}, this);
    Q_EMIT dialogOpened(&dialog);
    if (dialog.exec() == QDialog::Accepted)
        perform(std::make_unique<CreateRecord<KnownError>>(dialog.error()));
}

void DeploymentsPage::editKnownError() {
    auto error = m_workspace.deployments().knownError(m_knownErrors->idAt(m_knownErrorTable->currentIndex().row()));
    if (!error) {
        m_message->showMessage(MessageBar::Kind::Information, tr("Select a known error first."));
        return;
    }
    QList<std::pair<Id, QString>> releases;
    if (auto all = m_workspace.releases().releases()) {
        for (const Release &r : *all) {
            if (r.id != error->releaseId)
                releases.append({r.id, r.name});
        }
    }
    KnownErrorDialog dialog(*error, releases, this);
    Q_EMIT dialogOpened(&dialog);
    if (dialog.exec() == QDialog::Accepted && dialog.error() != *error)
        perform(std::make_unique<EditRecord<KnownError>>(*error, dialog.error()));
}

} // namespace relm

#include "SignOffPage.h"

#include "AssuranceModels.h"
#include "CriterionDialog.h"
#include "GateChecklist.h"
#include "PolicyDialog.h"
#include "SignOffDialog.h"
#include "changes/RecordChanges.h"
#include "changes/Workspace.h"
#include "checks/ReleaseGate.h"
#include "domain/ReleaseLifecycle.h"
#include "storage/AcceptanceStore.h"
#include "storage/ReleaseStore.h"
#include "undo/UndoController.h"
#include "widgets/MessageBar.h"
#include "widgets/RecordTable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

bool concernsAssurance(const ChangeNotice &notice) {
    switch (notice.entity) {
    case Entity::Release:
    case Entity::Package:
    case Entity::PackageItem:
    case Entity::Baseline:
    case Entity::Risk:
    case Entity::Criterion:
    case Entity::Policy:
    case Entity::SignOff:
    case Entity::SigningKey:
    case Entity::Person:
        return true;
    default:
        return false;
    }
}

} // namespace

SignOffPage::SignOffPage(Workspace &workspace, UndoController &undo, Id releaseId, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_undo(undo)
    , m_releaseId(releaseId)
    , m_message(new MessageBar(this))
    , m_gate(new GateChecklist(this))
    , m_criteria(new CriteriaModel(this))
    , m_signOffs(new SignOffModel(this)) {
    m_undo.retireRefusalsIn(m_message);
    m_criteriaTable = makeRecordTable(m_criteria, this, tr("Acceptance criteria"));
    m_criteriaTable->horizontalHeader()->setSectionResizeMode(CriteriaModel::DescriptionColumn,
                                                              QHeaderView::Interactive);
    m_criteriaTable->horizontalHeader()->resizeSection(CriteriaModel::DescriptionColumn,
                                                       fontMetrics().averageCharWidth() * 30);
    m_signOffTable = makeRecordTable(m_signOffs, this, tr("Signatures"));
    m_signOffTable->horizontalHeader()->setSectionResizeMode(SignOffModel::SignedColumn, QHeaderView::Interactive);
    m_signOffTable->horizontalHeader()->resizeSection(SignOffModel::SignedColumn,
                                                      fontMetrics().averageCharWidth() * 26);

    auto *policy = namedButton(tr("P&olicies\u2026"), u"editPolicies"_s, this);
    auto *addCriterion = namedButton(tr("&Add Criterion\u2026"), u"addCriterion"_s, this);
    auto *editCriterion = namedButton(tr("E&dit\u2026"), u"editCriterion"_s, this);
    auto *removeCriterion = namedButton(tr("Re&move"), u"removeCriterion"_s, this);
    auto *signCriterion = namedButton(tr("Accept && Sig&n Criterion\u2026"), u"signCriterion"_s, this);
    auto *signRelease = namedButton(tr("S&ign Release\u2026"), u"signRelease"_s, this);
    connect(policy, &QPushButton::clicked, this, &SignOffPage::editPolicies);
    connect(addCriterion, &QPushButton::clicked, this, &SignOffPage::addCriterion);
    connect(editCriterion, &QPushButton::clicked, this, &SignOffPage::editSelectedCriterion);
    connect(removeCriterion, &QPushButton::clicked, this, &SignOffPage::removeSelectedCriterion);
    connect(signCriterion, &QPushButton::clicked, this, [this] { signOff(true); });
    connect(signRelease, &QPushButton::clicked, this, [this] { signOff(false); });
    connect(m_criteriaTable, &QAbstractItemView::activated, this, &SignOffPage::editSelectedCriterion);

    QWidget *gateBox = toolGroup(tr("Gate to the next status"), {policy}, m_gate, this);
    QWidget *criteriaBox =
        toolGroup(tr("Acceptance criteria"), {addCriterion, editCriterion, removeCriterion, signCriterion},
                  m_criteriaTable, this);
    QWidget *signOffBox = toolGroup(tr("Signatures"), {signRelease}, m_signOffTable, this);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(gateBox);
    splitter->addWidget(criteriaBox);
    splitter->addWidget(signOffBox);
    const int line = fontMetrics().height() + 8;
    splitter->setSizes({line * 8, line * 9, line * 7});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    connect(&m_workspace, &Workspace::changed, this, [this](const ChangeNotice &notice) {
        if (concernsAssurance(notice))
            reload();
    });
    connect(&m_workspace, &Workspace::actingPersonChanged, this, &SignOffPage::reload);
    reload();
}

void SignOffPage::reload() {
    AssuranceSources sources = AssuranceSources::of(m_workspace);
    auto release = m_workspace.releases().release(m_releaseId);
    auto criteria = m_workspace.acceptance().criteria(m_releaseId);
    auto signOffs = SignOffVerifier(sources).verifyRelease(m_releaseId);
    if (!release || !criteria || !signOffs) {
        m_message->showError(!release    ? release.errorMessage()
                             : !criteria ? criteria.errorMessage()
                                         : signOffs.errorMessage());
        return;
    }
    m_criteria->setContent(*criteria, *signOffs);
    m_signOffs->setContent(*signOffs, *criteria);
    const auto next = ReleaseLifecycle::forwardStep(release->status);
    if (!next) {
        m_gate->setNote(tr("%1 is %2: there is no further gate.").arg(release->name, labelOf(release->status)));
        return;
    }
    auto gate = ReleaseGate::check(sources, m_releaseId, *next, m_workspace.clock()());
    if (gate)
        m_gate->setResult(*gate, release->name);
    else
        m_gate->setNote(gate.errorMessage());
}

std::optional<AcceptanceCriterion> SignOffPage::selectedCriterion(bool tell) {
    const QModelIndex current = m_criteriaTable->currentIndex();
    if (!current.isValid()) {
        if (tell)
            m_message->showMessage(MessageBar::Kind::Information, tr("Select a criterion first."));
        return std::nullopt;
    }
    return m_criteria->criteria().at(current.row());
}

void SignOffPage::addCriterion() {
    AcceptanceCriterion criterion;
    criterion.releaseId = m_releaseId;
    CriterionDialog dialog(criterion, this);
    Q_EMIT dialogOpened(&dialog);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto r = m_undo.perform(std::make_unique<CreateRecord<AcceptanceCriterion>>(dialog.criterion())); !r)
        m_message->showError(r.errorMessage());
    else
        m_message->clear();
}

void SignOffPage::editSelectedCriterion() {
    const auto criterion = selectedCriterion();
    if (!criterion)
        return;
    CriterionDialog dialog(*criterion, this);
    Q_EMIT dialogOpened(&dialog);
    if (dialog.exec() != QDialog::Accepted || dialog.criterion() == *criterion)
        return;
    if (auto r = m_undo.perform(std::make_unique<EditRecord<AcceptanceCriterion>>(*criterion, dialog.criterion())); !r)
        m_message->showError(r.errorMessage());
    else
        m_message->clear();
}

void SignOffPage::removeSelectedCriterion() {
    const auto criterion = selectedCriterion();
    if (!criterion)
        return;
    if (auto r = m_undo.perform(std::make_unique<RemoveRecord<AcceptanceCriterion>>(*criterion)); !r)
        m_message->showError(r.errorMessage());
}

void SignOffPage::signOff(bool criterion) {
    std::optional<AcceptanceCriterion> target;
    if (criterion) {
        target = selectedCriterion();
        if (!target)
            return;
    }
    auto release = m_workspace.releases().release(m_releaseId);
    if (!release) {
        m_message->showError(release.errorMessage());
        return;
    }
    SignOffDialog dialog(m_workspace, *release, target, this);
    Q_EMIT dialogOpened(&dialog);
    if (dialog.exec() == QDialog::Accepted && dialog.result())
        m_message->showMessage(
            MessageBar::Kind::Information,
            tr("Signed as %1: %2.").arg(labelOf(dialog.result()->role), labelOf(dialog.result()->meaning)));
}

void SignOffPage::editPolicies() {
    auto policies = m_workspace.acceptance().policies();
    auto release = m_workspace.releases().release(m_releaseId);
    if (!policies || !release)
        return;
    PolicyDialog dialog(*policies, release->type, this);
    Q_EMIT dialogOpened(&dialog);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto changes = dialog.changes();
    if (changes.isEmpty())
        return;
    auto batch = std::make_unique<CompositeChange>(tr("Edit release policies"));
    for (const auto &[before, after] : changes) {
        if (before)
            batch->add(std::make_unique<EditRecord<ReleasePolicy>>(*before, after));
        else
            batch->add(std::make_unique<CreateRecord<ReleasePolicy>>(after));
    }
    if (auto r = m_undo.perform(std::move(batch)); !r)
        m_message->showError(r.errorMessage());
    else
        m_message->clear();
}

} // namespace relm

#include "PackagePage.h"

#include "i18n/ShownDates.h"
#include "package/SendToPackage.h"

#include "changes/DeliveryChanges.h"
#include "changes/PersonNames.h"
#include "changes/RecordChanges.h"
#include "changes/WaiverChanges.h"
#include "changes/Workspace.h"
#include "checks/ReleaseChecks.h"
#include "domain/VersionNumber.h"
#include "package/FindingsModel.h"
#include "package/FindingsTable.h"
#include "package/PackageContentsModel.h"
#include "package/PackageDropper.h"
#include "storage/DeliveryStore.h"
#include "storage/DirectoryStore.h"
#include "storage/ReleaseStore.h"
#include "transfer/SbomActions.h"
#include "undo/UndoController.h"
#include "widgets/Legible.h"
#include "widgets/MessageBar.h"

#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace relm {

PackagePage::PackagePage(Workspace &workspace, UndoController &undo, PackageDropper &dropper, Id releaseId,
                         QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_undo(undo)
    , m_dropper(dropper)
    , m_releaseId(releaseId)
    , m_message(new MessageBar(this))
    , m_contents(new PackageContentsModel(this))
    , m_findings(new FindingsModel(this))
    , m_targetPackage(new QComboBox(this))
    , m_contentsView(new QTableView(this))
    , m_emptyHint(new QLabel(this))
    , m_baseline(new QLabel(this))
    , m_freeze(new QPushButton(tr("Free&ze Baseline"), this))
    , m_compareWith(new QComboBox(this))
    , m_preview(new QTextBrowser(this))
    , m_findingsView(new QTableView(this))
    , m_waive(new QPushButton(tr("&Waive\u2026"), this))
    , m_withdraw(new QPushButton(tr("Wi&thdraw Waiver"), this)) {
    m_undo.retireRefusalsIn(m_message);
    m_contents->setDropper(&dropper);
    m_contents->setRelease(&workspace, releaseId);
    m_findings->setRelease(&workspace, releaseId);
    // What a drop did is said once, by the window (the dropper is the window's).

    m_contentsView->setTabKeyNavigation(false);

    m_contentsView->setModel(m_contents);
    m_contentsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_contentsView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_contentsView->setDragEnabled(true);
    m_contentsView->setAcceptDrops(true);
    m_contentsView->setDropIndicatorShown(true);
    m_contentsView->setDragDropMode(QAbstractItemView::DragDrop);
    m_contentsView->setDefaultDropAction(Qt::MoveAction);
    m_contentsView->setSortingEnabled(false);
    m_contentsView->verticalHeader()->hide();
    m_contentsView->horizontalHeader()->setStretchLastSection(true);
    m_contentsView->setAccessibleName(tr("Package contents"));
    m_contentsView->setColumnWidth(PackageContentsModel::ComponentColumn, 200);
    auto *remove = new QAction(tr("&Remove from Package"), m_contentsView);
    remove->setObjectName(u"packageRemoveItems"_s);
    remove->setShortcuts({QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)});
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, &PackagePage::removeSelected);
    m_contentsView->addAction(remove);
    addMoveAndCopyActions(m_contentsView, u"package"_s,
                          [this, dropper = &dropper](Qt::DropAction action, const QString &title) {
                              sendSelectionToPackage(m_contentsView, *dropper, title, action, m_releaseId);
                          });
    addSbomActions();
    m_contentsView->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_emptyHint->setText(tr("This release has no component versions yet. Drag components or versions from the "
                            "Component catalogue (right) into this table or onto the release in the Portfolio, or "
                            "select them in the catalogue and press Insert."));
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setAlignment(Qt::AlignCenter);

    m_findingsView->setTabKeyNavigation(false);

    m_findingsView->setModel(m_findings);
    setUpFindingsTable(m_findingsView, FindingsRows::Wrapped);
    m_findingsView->setAccessibleName(tr("Package findings"));

    m_targetPackage->setAccessibleName(tr("Package that dropped items go to"));
    connect(m_targetPackage, &QComboBox::currentIndexChanged, this,
            [this] { m_contents->setDefaultPackage(m_targetPackage->currentData().toLongLong()); });
    auto *newPackage = new QPushButton(tr("New Pac&kage\u2026"), this);
    connect(newPackage, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name =
            QInputDialog::getText(this, tr("New Package"), tr("Package name:"), QLineEdit::Normal, QString(), &ok);
        if (ok)
            addPackage(name.trimmed());
    });
    connect(m_freeze, &QPushButton::clicked, this, &PackagePage::freeze);
    auto *check = new QPushButton(tr("Check &Now"), this);
    connect(check, &QPushButton::clicked, m_findings, &FindingsModel::refresh);
    connect(m_findings, &FindingsModel::refreshed, this, &PackagePage::flagFindings);
    connect(m_compareWith, &QComboBox::currentIndexChanged, this, &PackagePage::refreshPreview);
    m_compareWith->setAccessibleName(tr("Environment to compare with"));
    m_baseline->setWordWrap(true);
    m_baseline->setTextFormat(Qt::RichText);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Drops go to:"), this));
    top->addWidget(m_targetPackage);
    top->addWidget(newPackage);
    top->addStretch(1);
    top->addWidget(m_freeze);
    auto *contentsBox = new QWidget(this);
    auto *contentsLayout = new QVBoxLayout(contentsBox);
    contentsLayout->setContentsMargins(0, 0, 0, 0);
    contentsLayout->addLayout(top);
    contentsLayout->addWidget(m_baseline);
    contentsLayout->addWidget(m_emptyHint);
    contentsLayout->addWidget(m_contentsView, 1);

    auto *previewBox = new QGroupBox(tr("What a deployment would change"), this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    auto *compareRow = new QHBoxLayout;
    compareRow->addWidget(new QLabel(tr("Deploying to:"), this));
    compareRow->addWidget(m_compareWith, 1);
    previewLayout->addLayout(compareRow);
    previewLayout->addWidget(m_preview);

    auto *upper = new QSplitter(Qt::Horizontal, this);
    upper->addWidget(contentsBox);
    upper->addWidget(previewBox);
    upper->setStretchFactor(0, 3);
    upper->setStretchFactor(1, 2);

    auto *findingsBox =
        new QGroupBox(tr("Package findings"), this); // the Findings panel also lists clashes with other releases
    auto *findingsLayout = new QVBoxLayout(findingsBox);
    auto *findingsTop = new QHBoxLayout;
    auto *findingsHint =
        new QLabel(tr("Errors block approval unless the policy's authorising role waives them."), this);
    findingsHint->setWordWrap(true); // long in some languages: it wraps rather than widening the window
    findingsTop->addWidget(findingsHint, 1);
    findingsTop->addWidget(m_waive);
    findingsTop->addWidget(m_withdraw);
    findingsTop->addWidget(check);
    m_waive->setObjectName(u"waiveFinding"_s);
    m_withdraw->setObjectName(u"withdrawWaiver"_s);
    connect(m_waive, &QPushButton::clicked, this, [this] { waiveSelectedFinding(); });
    connect(m_withdraw, &QPushButton::clicked, this, &PackagePage::withdrawSelectedWaiver);
    connect(m_findingsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PackagePage::updateWaiverButtons);
    findingsLayout->addLayout(findingsTop);
    findingsLayout->addWidget(m_findingsView);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(upper);
    split->addWidget(findingsBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);

    connect(&m_workspace, &Workspace::changed, this, &PackagePage::onChanged);
    refreshPackages();
    refreshBaseline();
    flagFindings();
}

void PackagePage::onChanged(const ChangeNotice &notice) {
    if (notice.releaseId == m_releaseId && (notice.entity == Entity::Package || notice.entity == Entity::PackageItem))
        refreshPackages();
    if (notice.releaseId == m_releaseId || notice.entity == Entity::EnvironmentInventory ||
        notice.entity == Entity::Environment) {
        refreshBaseline();
        refreshPreview();
    }
}

void PackagePage::refreshPackages() {
    const Id previous = m_targetPackage->currentData().toLongLong();
    const QSignalBlocker blocker(m_targetPackage);
    m_targetPackage->clear();
    for (const Package &p : m_contents->packages())
        m_targetPackage->addItem(p.name, p.id);
    m_targetPackage->setCurrentIndex(std::max(0, m_targetPackage->findData(previous)));
    m_contents->setDefaultPackage(m_targetPackage->currentData().toLongLong());
    m_emptyHint->setVisible(m_contents->rowCount() == 0);

    const Id compared = m_compareWith->currentData().toLongLong();
    const QSignalBlocker compareBlocker(m_compareWith);
    m_compareWith->clear();
    auto release = m_workspace.releases().release(m_releaseId);
    if (auto environments = m_workspace.directory().environments()) {
        for (const Environment &e : *environments)
            m_compareWith->addItem(e.name, e.id);
    }
    const Id preferred = compared ? compared : (release ? release->targetEnvironmentId : 0);
    m_compareWith->setCurrentIndex(std::max(0, m_compareWith->findData(preferred)));
    refreshPreview();
}

void PackagePage::refreshBaseline() {
    auto baseline = m_workspace.delivery().baseline(m_releaseId);
    if (!baseline || !baseline->has_value()) {
        m_baseline->setText(tr("Not frozen. Freeze the baseline when the package is complete: any later change "
                               "then shows, and approvals on it no longer hold."));
        m_freeze->setText(tr("Free&ze Baseline"));
        return;
    }
    const Baseline &b = **baseline;
    auto content = m_workspace.releases().content(m_releaseId);
    const bool changed = content && contents::fingerprint(*content) != b.fingerprint;
    const QString when = shown_dates::dateTime(b.frozenAt);
    PersonNames names;
    names.load(m_workspace);
    const QString by = names.of(b.frozenBy).toHtmlEscaped();
    m_baseline->setText(
        changed ? tr("<b style=\"color:%3\">Baseline changed</b> since it was frozen on %1 by "
                     "%2. See the findings.")
                      .arg(when, by, legible::problemText().name())
                : tr("Frozen on %1 by %2; unchanged (fingerprint %3\u2026).").arg(when, by, b.fingerprint.left(12)));
    m_freeze->setText(tr("Re-free&ze Baseline"));
}

void PackagePage::refreshPreview() {
    const Id environmentId = m_compareWith->currentData().toLongLong();
    auto inventory = m_workspace.delivery().inventory(environmentId);
    auto content = m_workspace.releases().content(m_releaseId);
    if (!inventory || !content) {
        m_preview->clear();
        return;
    }
    const ContentDiff diff = contents::deploymentChange(*inventory, *content);
    QString html;
    if (diff.isEmpty())
        html =
            tr("<p>%1 already runs everything in this release.</p>").arg(m_compareWith->currentText().toHtmlEscaped());
    for (const ComponentVersion &v : diff.added)
        html += tr("<p>+ install <b>%1 %2</b> (new here)</p>")
                    .arg(v.componentName.toHtmlEscaped(), v.version.toHtmlEscaped());
    for (const auto &[before, after] : diff.changed) {
        const bool down = VersionNumber(after.version) < VersionNumber(before.version);
        html +=
            (down ? tr("<p>\u2193 <b>%1</b> %2 \u2192 %3 (downgrade)</p>") : tr("<p>\u2191 <b>%1</b> %2 \u2192 %3</p>"))
                .arg(after.componentName.toHtmlEscaped(), before.version.toHtmlEscaped(),
                     after.version.toHtmlEscaped());
    }
    m_preview->setHtml(html);
}

QString PackagePage::baselineText() const {
    return m_baseline->text();
}

QString PackagePage::deploymentPreview() const {
    return m_preview->toPlainText();
}

void PackagePage::flagFindings() {
    QSet<Id> flagged;
    for (const Finding &f : m_findings->findings()) {
        for (Id id : f.versionIds)
            flagged.insert(id);
    }
    m_contents->setFlaggedVersions(flagged);
    updateWaiverButtons();
}

const Finding *PackagePage::selectedFinding() const {
    const int row = m_findingsView->currentIndex().row();
    return row >= 0 && row < m_findings->findings().size() ? &m_findings->findings().at(row) : nullptr;
}

void PackagePage::updateWaiverButtons() {
    const Finding *finding = selectedFinding();
    const bool waived = finding && m_findings->waiverOf(*finding);
    m_waive->setEnabled(finding && finding->isError() && !waived);
    m_withdraw->setEnabled(waived);
}

void PackagePage::waiveSelectedFinding(const QString &reason) {
    const Finding *finding = selectedFinding();
    if (!finding || !finding->isError()) {
        m_message->showMessage(MessageBar::Kind::Information, tr("Select an error finding to waive."));
        return;
    }
    const QString key = finding->key();
    QString why = reason;
    if (why.isEmpty()) {
        bool ok = false;
        why = QInputDialog::getText(this, tr("Waive Finding"),
                                    tr("%1\n\nWhy may the release go ahead with this? The waiver is recorded with "
                                       "your name and shown in the gate, the board pack and the service notes.")
                                        .arg(finding->message),
                                    QLineEdit::Normal, {}, &ok);
        if (!ok)
            return;
    }
    if (auto r = m_undo.perform(std::make_unique<WaiveFinding>(m_releaseId, key, why)); !r)
        m_message->showError(r.errorMessage());
    else
        m_message->showMessage(MessageBar::Kind::Information, tr("Finding waived."));
}

void PackagePage::withdrawSelectedWaiver() {
    const Finding *finding = selectedFinding();
    const FindingWaiver *waiver = finding ? m_findings->waiverOf(*finding) : nullptr;
    if (!waiver) {
        m_message->showMessage(MessageBar::Kind::Information, tr("Select a waived finding."));
        return;
    }
    if (auto r = m_undo.perform(std::make_unique<WithdrawWaiver>(*waiver)); !r)
        m_message->showError(r.errorMessage());
    else
        m_message->showMessage(MessageBar::Kind::Information, tr("Waiver withdrawn: the finding blocks again."));
}

void PackagePage::freeze() {
    auto release = m_workspace.releases().release(m_releaseId);
    if (!release)
        return;
    if (auto r = m_undo.perform(std::make_unique<FreezeRelease>(m_releaseId, release->name)); !r)
        m_message->showError(r.errorMessage());
    else
        m_message->showMessage(MessageBar::Kind::Information, tr("Baseline frozen."));
}

void PackagePage::removeSelected() {
    QList<package_mime::PackageItem> items;
    for (const QModelIndex &index : m_contentsView->selectionModel()->selectedRows())
        items.append({index.data(PackageContentsModel::PackageIdRole).toLongLong(),
                      index.data(PackageContentsModel::VersionIdRole).toLongLong()});
    m_dropper.removeItems(items);
}

void PackagePage::addPackage(const QString &name) {
    if (auto r = m_undo.perform(std::make_unique<CreateRecord<Package>>(Package{0, m_releaseId, name, {}})); !r)
        m_message->showError(r.errorMessage());
}

void PackagePage::addSbomActions() {
    auto *importAction = new QAction(tr("Import SBOM\u2026"), m_contentsView);
    importAction->setObjectName(u"packageImportSbom"_s);
    connect(importAction, &QAction::triggered, this, [this] {
        if (const QString path = sbom_actions::askForFile(this); !path.isEmpty())
            importSbom(path);
    });
    auto *exportAction = new QAction(tr("Export SBOM\u2026"), m_contentsView);
    exportAction->setObjectName(u"packageExportSbom"_s);
    connect(exportAction, &QAction::triggered, this,
            [this] { sbom_actions::exportInteractively(this, m_workspace, m_message, m_releaseId); });
    m_contentsView->addAction(importAction);
    m_contentsView->addAction(exportAction);
}

void PackagePage::importSbom(const QString &path) {
    sbom_actions::showOutcome(m_message,
                              sbom_actions::importFile(m_undo, m_releaseId, m_targetPackage->currentText(), path));
}

} // namespace relm

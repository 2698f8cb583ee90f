#include "RisksPage.h"

#include "ExposureChart.h"
#include "RiskDialog.h"
#include "RiskHeatMap.h"
#include "RiskTableModel.h"
#include "changes/RecordChanges.h"
#include "changes/Workspace.h"
#include "undo/UndoController.h"
#include "widgets/MessageBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace relm {

/// Narrows the register to one heat-map cell and hides closed risks unless asked for.
class RiskFilter final : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setCell(int likelihood, int impact) {
        m_likelihood = likelihood;
        m_impact = impact;
        invalidateRowsFilter();
    }
    void setShowClosed(bool show) {
        m_showClosed = show;
        invalidateRowsFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override {
        const auto *risks = static_cast<RiskTableModel *>(sourceModel());
        const QModelIndex index = risks->index(row, 0, parent);
        if (!m_showClosed && risks->risks().at(row).status == Risk::Status::Closed)
            return false;
        if (m_likelihood > 0 && index.data(RiskTableModel::LikelihoodRole).toInt() != m_likelihood)
            return false;
        if (m_impact > 0 && index.data(RiskTableModel::ImpactRole).toInt() != m_impact)
            return false;
        return true;
    }

private:
    int m_likelihood = 0;
    int m_impact = 0;
    bool m_showClosed = false;
};

namespace {

/// Editors that only offer valid values: 1–5 for scores, the statuses, a calendar for reviews.
class RiskDelegate final : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override {
        switch (index.column()) {
        case RiskTableModel::LikelihoodColumn:
        case RiskTableModel::ImpactColumn: {
            auto *spin = new QSpinBox(parent);
            spin->setRange(1, 5);
            return spin;
        }
        case RiskTableModel::StatusColumn: {
            auto *combo = new QComboBox(parent);
            for (const Risk::Status s : riskStatuses())
                combo->addItem(riskStatusLabel(s), int(s));
            return combo;
        }
        case RiskTableModel::ReviewColumn: {
            auto *date = new QDateEdit(parent);
            date->setCalendarPopup(true);
            return date;
        }
        default:
            return QStyledItemDelegate::createEditor(parent, option, index);
        }
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override {
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            combo->setCurrentText(index.data(Qt::EditRole).toString());
            return;
        }
        if (auto *date = qobject_cast<QDateEdit *>(editor)) {
            const QDate d = index.data(Qt::EditRole).toDate();
            date->setDate(d.isValid() ? d : QDate::currentDate());
            return;
        }
        QStyledItemDelegate::setEditorData(editor, index);
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override {
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            model->setData(index, combo->currentData());
            return;
        }
        QStyledItemDelegate::setModelData(editor, model, index);
    }
};

} // namespace

RisksPage::RisksPage(Workspace &workspace, UndoController &undo, Id releaseId, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_undo(undo)
    , m_releaseId(releaseId)
    , m_model(new RiskTableModel(undo, this))
    , m_filter(new RiskFilter(this))
    , m_message(new MessageBar(this))
    , m_table(new QTableView(this))
    , m_heatMap(new RiskHeatMap(this))
    , m_exposure(new ExposureChart(this))
    , m_showClosed(new QCheckBox(tr("Show &closed risks"), this))
    , m_summary(new QLabel(this)) {
    m_undo.retireRefusalsIn(m_message);
    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(RiskTableModel::SortRole);
    m_table->setTabKeyNavigation(false);
    m_table->setModel(m_filter);
    m_table->setItemDelegate(new RiskDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RiskTableModel::ExposureColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(RiskTableModel::TitleColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->resizeSection(RiskTableModel::TitleColumn, fontMetrics().averageCharWidth() * 32);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // The exposure, in words and colour, right after the title: on a laptop, and in German, the
    // columns after it may need scrolling to.
    m_table->horizontalHeader()->moveSection(RiskTableModel::ExposureColumn, RiskTableModel::CategoryColumn);
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Risk register"));

    auto *add = new QPushButton(tr("&Add Risk"), this);
    add->setObjectName(u"addRisk"_s);
    auto *remove = new QPushButton(tr("Re&move Risk"), this);
    remove->setObjectName(u"removeRisk"_s);
    auto *edit = new QPushButton(tr("Edit R&isk…"), this);
    edit->setObjectName(u"editRisk"_s);
    connect(add, &QPushButton::clicked, this, &RisksPage::addRisk);
    connect(edit, &QPushButton::clicked, this, &RisksPage::editSelectedRisk);
    // Cells without an in-place editor (owner, exposure, threatened task) open the full dialog on a
    // double-click or Enter.
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (!(index.flags() & Qt::ItemIsEditable))
            editSelectedRisk();
    });
    connect(remove, &QPushButton::clicked, this, &RisksPage::removeSelectedRisk);
    connect(m_showClosed, &QCheckBox::toggled, this, [this](bool on) { m_filter->setShowClosed(on); });
    connect(m_heatMap, &RiskHeatMap::cellSelected, this, [this](int likelihood, int impact) {
        m_filter->setCell(likelihood, impact);
        refreshSummary();
    });
    connect(m_model, &RiskTableModel::editRefused, m_message, &MessageBar::showError);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_heatMap->setRisks(m_model->risks());
        if (auto history = exposureHistory(m_workspace, m_releaseId))
            m_exposure->setHistory(*history, QDateTime::currentDateTimeUtc());
        refreshSummary();
    });

    auto *tools = new QHBoxLayout;
    tools->addWidget(add);
    tools->addWidget(edit);
    tools->addWidget(remove);
    tools->addWidget(m_showClosed);
    // The summary takes the room that is left and wraps, rather than widening the window.
    m_summary->setWordWrap(true);
    m_summary->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    tools->addWidget(m_summary, 1);

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    auto *legend = new QLabel(tr("Open risks by likelihood and impact. Click a cell to show only its risks; "
                                 "click it again to show all."),
                              side);
    legend->setWordWrap(true);
    // A small cell gives its band's first letter: the key, from the same names.
    QStringList bands;
    for (const Risk::Band band : {Risk::Band::Low, Risk::Band::Medium, Risk::Band::High, Risk::Band::Extreme})
        bands.append(tr("%1 %2", "a risk band's first letter, then its name")
                         .arg(riskBandLabel(band).left(1), riskBandLabel(band)));
    legend->setText(legend->text() + u' ' + tr("Bands: %1.").arg(bands.join(u", "_s)));
    sideLayout->addWidget(m_heatMap);
    sideLayout->addWidget(legend);
    sideLayout->addWidget(m_exposure, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_table);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(tools);
    layout->addWidget(splitter, 1);

    m_model->setRelease(&m_workspace, m_releaseId);
}

QSortFilterProxyModel *RisksPage::filter() const {
    return m_filter;
}

void RisksPage::refreshSummary() {
    int open = 0;
    int overdue = 0;
    int severe = 0;
    const QDate today = QDate::currentDate();
    for (const Risk &r : m_model->risks()) {
        if (r.status == Risk::Status::Closed)
            continue;
        ++open;
        overdue += r.reviewOverdue(today) ? 1 : 0;
        severe += r.band() >= Risk::Band::High ? 1 : 0;
    }
    QString text =
        tr("%n open risk(s), %1 high or extreme, %2 overdue for review", nullptr, open).arg(severe).arg(overdue);
    const QPoint cell = m_heatMap->selectedCell();
    if (!cell.isNull())
        text += tr(" — showing likelihood %1 × impact %2").arg(cell.x()).arg(cell.y());
    m_summary->setText(text);
}

void RisksPage::addRisk() {
    Risk risk;
    risk.releaseId = m_releaseId;
    risk.title = tr("New risk");
    risk.reviewDate = QDate::currentDate().addDays(14);
    m_heatMap->selectCell(0, 0);
    if (auto r = m_undo.perform(std::make_unique<CreateRecord<Risk>>(risk)); !r) {
        m_message->showError(r.errorMessage());
        return;
    }
    m_message->clear();
    // The new risk has the highest id; select it and let the user name it.
    Id newest = 0;
    int sourceRow = -1;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->risks().at(row).id > newest) {
            newest = m_model->risks().at(row).id;
            sourceRow = row;
        }
    }
    if (sourceRow < 0)
        return;
    const QModelIndex title = m_filter->mapFromSource(m_model->index(sourceRow, RiskTableModel::TitleColumn));
    m_table->setCurrentIndex(title);
    m_table->edit(title);
}

std::optional<Risk> RisksPage::selectedRisk() {
    const QModelIndex current = m_filter->mapToSource(m_table->currentIndex());
    if (!current.isValid()) {
        m_message->showMessage(MessageBar::Kind::Information, tr("Select a risk first."));
        return std::nullopt;
    }
    return m_model->risks().at(current.row());
}

void RisksPage::removeSelectedRisk() {
    const auto risk = selectedRisk();
    if (!risk)
        return;
    if (auto r = m_undo.perform(std::make_unique<RemoveRecord<Risk>>(*risk)); !r)
        m_message->showError(r.errorMessage());
}

void RisksPage::editSelectedRisk() {
    const auto risk = selectedRisk();
    if (!risk)
        return;
    RiskDialog dialog(m_workspace, *risk, this);
    if (dialog.exec() != QDialog::Accepted || dialog.risk() == *risk)
        return;
    if (auto r = m_undo.perform(std::make_unique<EditRecord<Risk>>(*risk, dialog.risk())); !r)
        m_message->showError(r.errorMessage());
    else
        m_message->clear();
}

} // namespace relm

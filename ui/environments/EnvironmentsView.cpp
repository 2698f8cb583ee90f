#include "EnvironmentsView.h"

#include "changes/Workspace.h"
#include "i18n/ShownDates.h"
#include "storage/DeliveryStore.h"
#include "storage/DirectoryStore.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace relm {

namespace {

void fillTable(QTableWidget *table, const QList<QStringList> &rows) {
    table->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        for (int column = 0; column < rows.at(row).size(); ++column)
            table->setItem(row, column, new QTableWidgetItem(rows.at(row).at(column)));
    }
}

QTableWidget *makeTable(int columns, QWidget *parent) {
    auto *table = new QTableWidget(0, columns, parent);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    return table;
}

} // namespace

EnvironmentsView::EnvironmentsView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_list(new QListWidget(this))
    , m_inventory(makeTable(3, this))
    , m_history(new QListWidget(this))
    , m_rollback(new QLabel(this))
    , m_compare(new QComboBox(this))
    , m_difference(makeTable(3, this)) {
    m_list->setAccessibleName(tr("Environments"));
    m_inventory->setHorizontalHeaderLabels({tr("Component"), tr("Version"), tr("SHA-256")});
    m_inventory->setAccessibleName(tr("What the environment runs"));
    m_history->setAccessibleName(tr("Environment history"));
    m_rollback->setWordWrap(true);
    m_rollback->setMinimumHeight(m_rollback->fontMetrics().lineSpacing() * 4);
    m_rollback->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_list->setMaximumWidth(220);
    m_compare->setAccessibleName(tr("Environment to compare with"));
    m_difference->setAccessibleName(tr("Differences between the environments"));
    connect(m_list, &QListWidget::currentRowChanged, this, &EnvironmentsView::showCurrent);
    connect(m_compare, &QComboBox::currentIndexChanged, this, &EnvironmentsView::showDifference);

    auto *runs = new QGroupBox(tr("Runs now"), this);
    auto *runsLayout = new QVBoxLayout(runs);
    runsLayout->addWidget(m_inventory);
    auto *history = new QGroupBox(tr("History and rollback target"), this);
    auto *historyLayout = new QVBoxLayout(history);
    historyLayout->addWidget(m_rollback);
    historyLayout->addWidget(m_history);
    auto *compare = new QGroupBox(tr("Compare"), this);
    auto *compareLayout = new QVBoxLayout(compare);
    auto *compareRow = new QHBoxLayout;
    compareRow->addWidget(new QLabel(tr("With:"), this));
    compareRow->addWidget(m_compare, 1);
    compareLayout->addLayout(compareRow);
    compareLayout->addWidget(m_difference);

    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(history);
    right->addWidget(compare);
    right->setStretchFactor(1, 2);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_list);
    split->addWidget(runs);
    split->addWidget(right);
    split->setStretchFactor(1, 2);
    split->setStretchFactor(2, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(&m_workspace, &Workspace::changed, this, [this](const ChangeNotice &notice) {
        if (notice.entity == Entity::EnvironmentInventory || notice.entity == Entity::Environment ||
            notice.entity == Entity::ComponentVersion)
            reload();
    });
    reload();
}

void EnvironmentsView::reload() {
    const int current = std::max(0, m_list->currentRow());
    auto environments = m_workspace.directory().environments();
    m_environments = environments ? *environments : QList<Environment>();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const Environment &e : m_environments)
        m_list->addItem(environmentTitle(e.name, e.kind));
    m_list->setCurrentRow(std::min(current, int(m_environments.size()) - 1));
    showCurrent();
}

void EnvironmentsView::showEnvironment(const QString &name) {
    for (int row = 0; row < m_environments.size(); ++row) {
        if (m_environments.at(row).name == name)
            m_list->setCurrentRow(row);
    }
}

void EnvironmentsView::compareWith(const QString &name) {
    m_compare->setCurrentIndex(m_compare->findText(name));
}

QString EnvironmentsView::rollbackText() const {
    return m_rollback->text();
}

void EnvironmentsView::showCurrent() {
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_environments.size())
        return;
    const Environment &env = m_environments.at(row);
    auto inventory = m_workspace.delivery().inventory(env.id);
    QList<QStringList> rows;
    if (inventory) {
        for (const ComponentVersion &v : *inventory)
            rows.append({v.componentName, v.version, v.sha256});
    }
    fillTable(m_inventory, rows);
    m_inventory->resizeColumnsToContents();

    m_history->clear();
    auto history = m_workspace.delivery().history(env.id);
    if (history) {
        for (const EnvironmentSnapshot &s : *history)
            m_history->addItem(tr("%1 \u2013 %2 (%3, %n version(s))", nullptr, int(s.content.size()))
                                   .arg(shown_dates::dateTime(s.at), s.reason, s.actor));
    }
    if (history && history->size() > 1)
        m_rollback->setText(tr("A back-out restores the state before \u201C%1\u201D: \u201C%2\u201D (%n component "
                               "version(s)).",
                               nullptr, int(history->at(1).content.size()))
                                .arg(history->first().reason, history->at(1).reason));
    else
        m_rollback->setText(tr("No earlier state is recorded: there is nothing to roll back to."));

    const QString compared = m_compare->currentText();
    const QSignalBlocker blocker(m_compare);
    m_compare->clear();
    for (const Environment &e : m_environments) {
        if (e.id != env.id)
            m_compare->addItem(e.name, e.id);
    }
    const int index = m_compare->findText(compared);
    // By default compare with production, or production with staging: the usual question.
    const QString usual =
        env.kind == EnvironmentKind::Production ? QStringLiteral("Staging") : QStringLiteral("Production");
    m_compare->setCurrentIndex(index >= 0 ? index : m_compare->findText(usual));
    if (m_compare->currentIndex() < 0)
        m_compare->setCurrentIndex(0);
    showDifference();
}

void EnvironmentsView::showDifference() {
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_environments.size())
        return;
    const Environment &a = m_environments.at(row);
    m_difference->setHorizontalHeaderLabels({tr("Component"), a.name, m_compare->currentText()});
    auto runsA = m_workspace.delivery().inventory(a.id);
    auto runsB = m_workspace.delivery().inventory(m_compare->currentData().toLongLong());
    if (!runsA || !runsB)
        return;
    const ContentDiff diff = contents::compare(*runsA, *runsB);
    QList<QStringList> rows;
    const QString none = tr("\u2013 not installed");
    for (const ComponentVersion &v : diff.removed)
        rows.append({v.componentName, v.version, none});
    for (const ComponentVersion &v : diff.added)
        rows.append({v.componentName, none, v.version});
    for (const auto &[x, y] : diff.changed)
        rows.append({x.componentName, x.version, y.version});
    std::sort(rows.begin(), rows.end());
    if (rows.isEmpty())
        rows.append({tr("Both run the same versions."), QString(), QString()});
    fillTable(m_difference, rows);
    m_difference->resizeColumnsToContents();
}

} // namespace relm

#include "RecordTable.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace relm {

QTableView *makeRecordTable(QAbstractItemModel *model, QWidget *parent, const QString &accessibleName) {
    auto *table = new QTableView(parent);
    // Tab leaves the table for the next control; the arrow keys move between cells.
    table->setTabKeyNavigation(false);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    table->setAccessibleName(accessibleName);
    return table;
}

QPushButton *namedButton(const QString &text, const QString &objectName, QWidget *parent) {
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    return button;
}

QGroupBox *toolGroup(const QString &title, const QList<QPushButton *> &buttons, QWidget *content, QWidget *parent) {
    auto *box = new QGroupBox(title, parent);
    auto *tools = new QHBoxLayout;
    for (QPushButton *b : buttons)
        tools->addWidget(b);
    tools->addStretch();
    auto *layout = new QVBoxLayout(box);
    layout->addLayout(tools);
    layout->addWidget(content);
    return box;
}

} // namespace relm

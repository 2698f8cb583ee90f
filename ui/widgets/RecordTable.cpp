#include "RecordTable.h"

#include "widgets/SectionHeading.h"

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

QWidget *toolGroup(const QString &title, const QList<QPushButton *> &buttons, QWidget *content, QWidget *parent,
                   Heading place) {
    auto *section = new QWidget(parent);
    section->setAccessibleName(title);
    auto *heading = new SectionHeading(title, section);
    auto *buttonRow = new QHBoxLayout;
    for (QPushButton *b : buttons)
        buttonRow->addWidget(b);
    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(4);
    if (place == Heading::BesideButtons) {
        buttonRow->insertWidget(0, heading, 1);
    } else {
        layout->addWidget(heading);
        buttonRow->addStretch();
    }
    layout->addLayout(buttonRow);
    layout->addWidget(content, 1);
    return section;
}

} // namespace relm

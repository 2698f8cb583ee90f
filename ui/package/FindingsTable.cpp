#include "FindingsTable.h"

#include "package/FindingsModel.h"

#include <QHeaderView>
#include <QTableView>

namespace relm {

void setUpFindingsTable(QTableView *view) {
    view->verticalHeader()->hide();
    // Rows follow their wrapped text as the columns change width (findings are few).
    view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView *header = view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(FindingsModel::MessageColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(FindingsModel::FixColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(FindingsModel::WaiverColumn, QHeaderView::Stretch);
    view->setWordWrap(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
}

} // namespace relm

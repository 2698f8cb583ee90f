#include "FindingsTable.h"

#include "package/FindingsModel.h"

#include <QHeaderView>
#include <QTableView>

namespace relm {

void setUpFindingsTable(QTableView *view, FindingsRows rows) {
    view->verticalHeader()->hide();
    const bool wrapped = rows == FindingsRows::Wrapped;
    // Wrapped rows follow their text as the columns change width (findings are few).
    view->verticalHeader()->setSectionResizeMode(wrapped ? QHeaderView::ResizeToContents : QHeaderView::Fixed);
    view->setTextElideMode(Qt::ElideRight);
    QHeaderView *header = view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(FindingsModel::MessageColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(FindingsModel::FixColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(FindingsModel::WaiverColumn, QHeaderView::Stretch);
    view->setWordWrap(wrapped);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
}

} // namespace relm

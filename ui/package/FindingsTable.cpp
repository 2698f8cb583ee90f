#include "FindingsTable.h"

#include "package/FindingsModel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QStyledItemDelegate>
#include <QTableView>

namespace relm {

namespace {

/// Wraps the text of the view's current row only; every other row shows one line, ended by "\u2026".
class CurrentRowWraps final : public QStyledItemDelegate {
public:
    explicit CurrentRowWraps(QAbstractItemView *view)
        : QStyledItemDelegate(view)
        , m_view(view) {}

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.row() != m_view->currentIndex().row())
            option->features &= ~QStyleOptionViewItem::WrapText;
    }

private:
    QAbstractItemView *m_view;
};

} // namespace

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
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    // The view wraps (so that a row's height can follow its text); in one-line tables only the
    // row in hand does, and opens to its whole text, so moving through the rows reads each finding.
    view->setWordWrap(true);
    if (wrapped || !view->selectionModel())
        return;
    view->setItemDelegate(new CurrentRowWraps(view));
    // Every row one line, the current one as tall as its text (findings are few).
    const auto fitRows = [view] {
        QHeaderView *rows = view->verticalHeader();
        for (int row = 0; row < rows->count(); ++row)
            rows->resizeSection(row, rows->defaultSectionSize());
        if (const QModelIndex current = view->currentIndex(); current.isValid())
            view->resizeRowToContents(current.row());
    };
    QObject::connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, view, fitRows);
    QObject::connect(view->model(), &QAbstractItemModel::modelReset, view, fitRows);
    QObject::connect(view->model(), &QAbstractItemModel::layoutChanged, view, fitRows);
}

} // namespace relm

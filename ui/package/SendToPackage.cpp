#include "SendToPackage.h"

#include "package/PackageDropper.h"
#include "package/PackagePickerDialog.h"
#include "undo/UndoController.h"

#include <QAbstractItemView>
#include <QItemSelectionModel>
#include <QMimeData>

#include <memory>

namespace relm {

bool sendSelectionToPackage(QAbstractItemView *view, PackageDropper &dropper, const QString &title,
                            Qt::DropAction action, Id preferredRelease) {
    Workspace *workspace = dropper.undo().workspace();
    if (!workspace || !view->model())
        return false;
    QModelIndexList rows = view->selectionModel()->selectedRows();
    if (rows.isEmpty() && view->currentIndex().isValid())
        rows.append(view->currentIndex().siblingAtColumn(0));
    if (rows.isEmpty()) {
        Q_EMIT dropper.message(PackagePickerDialog::tr("Select what to send first."), false);
        return false;
    }
    const std::unique_ptr<QMimeData> data(view->model()->mimeData(rows));
    if (!data)
        return false;
    PackagePickerDialog picker(*workspace, title, preferredRelease, view);
    if (picker.exec() != QDialog::Accepted || picker.packageId() == 0)
        return false;
    return dropper.drop(data.get(), picker.packageId(), action);
}

} // namespace relm

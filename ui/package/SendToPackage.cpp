#include "SendToPackage.h"

#include "package/PackageDropper.h"
#include "package/PackageMime.h"
#include "package/PackagePickerDialog.h"
#include "undo/UndoController.h"

#include <QAbstractItemView>
#include <QAction>
#include <QItemSelectionModel>
#include <QMimeData>
#include <QSet>

#include <memory>

using namespace Qt::Literals::StringLiterals;

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
    QSet<Id> sources;
    for (const auto &item : package_mime::packageItems(data.get()))
        sources.insert(item.packageId);
    if (sources.size() == 1)
        picker.leaveOut(*sources.cbegin());
    const QString first = rows.first().data().toString();
    picker.setSubject(
        rows.size() == 1 ? first : PackagePickerDialog::tr("%1 and %n more", nullptr, int(rows.size()) - 1).arg(first));
    if (picker.exec() != QDialog::Accepted || picker.packageId() == 0)
        return false;
    return dropper.drop(data.get(), picker.packageId(), action);
}

void addMoveAndCopyActions(QAbstractItemView *view, const QString &namePrefix,
                           const std::function<void(Qt::DropAction, const QString &title)> &send) {
    const std::tuple<QString, QString, QString, Qt::DropAction> kinds[] = {
        {u"MoveItems"_s, PackagePickerDialog::tr("&Move to Package\u2026"), PackagePickerDialog::tr("Move to Package"),
         Qt::MoveAction},
        {u"CopyItems"_s, PackagePickerDialog::tr("&Copy to Package\u2026"), PackagePickerDialog::tr("Copy to Package"),
         Qt::CopyAction}};
    for (const auto &[name, text, title, action] : kinds) {
        auto *item = new QAction(text, view);
        item->setObjectName(namePrefix + name);
        QObject::connect(item, &QAction::triggered, view,
                         [send, title = title, action = action] { send(action, title); });
        view->addAction(item);
    }
}

} // namespace relm

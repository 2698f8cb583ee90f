#include "SendToPackage.h"

#include "changes/Workspace.h"
#include "package/PackageDropper.h"
#include "package/PackageMime.h"
#include "package/PackagePickerDialog.h"
#include "storage/CatalogueStore.h"
#include "undo/UndoController.h"

#include <QAbstractItemView>
#include <QAction>
#include <QItemSelectionModel>
#include <QMimeData>
#include <QSet>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

/// What the rows hold, by name: "billing-api 4.10.0", or a component without a chosen version.
QStringList itemNames(Workspace &workspace, const QMimeData *data) {
    QStringList names;
    for (const auto &item : package_mime::packageItems(data)) {
        if (auto version = workspace.catalogue().version(item.versionId))
            names.append(version->componentName + u' ' + version->version);
    }
    for (const auto &item : package_mime::catalogueItems(data)) {
        if (item.versionId != 0) {
            if (auto version = workspace.catalogue().version(item.versionId))
                names.append(version->componentName + u' ' + version->version);
        } else if (auto component = workspace.catalogue().component(item.componentId)) {
            names.append(component->name);
        }
    }
    return names;
}

} // namespace

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
    const QStringList names = itemNames(*workspace, data.get());
    if (!names.isEmpty())
        picker.setSubject(
            names.size() == 1
                ? names.first()
                : PackagePickerDialog::tr("%1 and %n more", nullptr, int(names.size()) - 1).arg(names.first()));
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

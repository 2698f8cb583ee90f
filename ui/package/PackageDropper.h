#pragma once

#include "domain/Contents.h"
#include "domain/Ids.h"

#include "package/PackageMime.h"

#include <QObject>

class QMimeData;

namespace relm {

struct Package;
class UndoController;

/// Turns a drop of catalogue items or package items onto a package into one undo step:
/// catalogue items are added (a component without version gets its latest, and says so);
/// package items are moved, or copied when the drop action is a copy.
class PackageDropper final : public QObject {
    Q_OBJECT

public:
    explicit PackageDropper(UndoController &undo, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(PackageDropper)

    bool drop(const QMimeData *data, Id targetPackageId, Qt::DropAction action);
    UndoController &undo() const { return m_undo; }
    /// Removes versions from their packages as one undo step.
    bool removeItems(const QList<package_mime::PackageItem> &items);

Q_SIGNALS:
    /// What the drop did or why it did nothing, for the message area.
    void message(const QString &text, bool isError);

private:
    bool dropCatalogueItems(const QMimeData *data, Id targetPackageId);
    bool dropPackageItems(const QMimeData *data, Id targetPackageId, bool copy);
    /// "Application in 2027.1 Winter": where items went, for messages and undo steps.
    QString placeName(const Package &package) const;
    /// "billing-api 4.10.0" for one version, "3 versions" for more.
    static QString versionsNamed(const Contents &versions);

    UndoController &m_undo;
};

} // namespace relm

#pragma once

#include "changes/ChangeNotice.h"
#include "domain/Package.h"

#include <QAbstractTableModel>
#include <QSet>

namespace relm {

class PackageDropper;
class Workspace;

/// All component versions of one release's packages as a table: the package editor's model.
/// A drop target for catalogue and package items, and a drag source for moving items.
class PackageContentsModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { PackageColumn, ComponentColumn, VersionColumn, FingerprintColumn, ColumnCount };
    enum Roles { PackageIdRole = Qt::UserRole + 1, VersionIdRole };

    explicit PackageContentsModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(PackageContentsModel)

    void setRelease(Workspace *workspace, Id releaseId);
    void setDropper(PackageDropper *dropper) { m_dropper = dropper; }
    /// The package that drops on empty space go to.
    void setDefaultPackage(Id packageId) { m_defaultPackage = packageId; }
    const QList<Package> &packages() const { return m_packages; }
    /// Versions involved in findings are marked.
    void setFlaggedVersions(const QSet<Id> &versionIds);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;

private:
    struct Row {
        Id packageId;
        QString packageName;
        ComponentVersion version;
    };

    void reload();
    Id targetPackage(const QModelIndex &parent) const;

    Workspace *m_workspace = nullptr;
    PackageDropper *m_dropper = nullptr;
    Id m_releaseId = 0;
    Id m_defaultPackage = 0;
    QList<Package> m_packages;
    QList<Row> m_rows;
    QSet<Id> m_flagged;
};

} // namespace relm

#pragma once

#include <functional>

#include "changes/ChangeNotice.h"
#include "changes/PersonNames.h"
#include "domain/Package.h"
#include "domain/Release.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace relm {

class PackageDropper;
class Workspace;

/// The portfolio navigator's tree: status groups → releases → packages → component versions.
/// A thin adapter over the Workspace: it reads the stores and follows the change notices.
class NavigatorModel final : public QAbstractItemModel {
    Q_OBJECT

public:
    enum class NodeKind { StatusGroup, Release, Package, Version };

    enum Roles {
        KindRole = Qt::UserRole + 1, ///< NodeKind as int
        IdRole,                      ///< the record id (status as int for groups)
        ReleaseIdRole,               ///< the release the node belongs to
        SortRole,                    ///< raw value for sorting
        FilterRole,                  ///< text the filter field matches
        ShippedRole,                 ///< whether the node's release went out: its packages stay as they are
    };

    explicit NavigatorModel(QObject *parent = nullptr);
    ~NavigatorModel() override;
    Q_DISABLE_COPY_MOVE(NavigatorModel)

    void setWorkspace(Workspace *workspace);
    /// Enables drops of catalogue and package items onto releases and packages.
    void setDropper(PackageDropper *dropper) { m_dropper = dropper; }
    /// Called with change requests dropped on a release: links them, true when it did.
    using ChangeDropHandler = std::function<bool(const QList<Id> &changeIds, Id releaseId)>;
    void setChangeDropHandler(ChangeDropHandler handler) { m_changeDrop = std::move(handler); }
    /// Findings per release, shown as badges; recomputed when the release changes.
    int errorCount(Id releaseId) const;
    /// The index of a release's row, invalid when there is none.
    QModelIndex indexOfRelease(Id releaseId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
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
    /// The package a drop on this index goes into: the package itself, or a release's first one.
    Id dropTargetPackage(const QModelIndex &index) const;
    /// The release a drop lands on: the release row itself, or anything inside it.
    Id dropTargetRelease(const QModelIndex &index) const;

private:
    struct Node;

    void reload();
    void onChanged(const ChangeNotice &notice);
    void refreshRelease(Id releaseId);
    void insertRelease(const Release &release, const QList<Package> &packages);
    void removeRelease(Id releaseId);
    void refreshPackages(Id releaseId);
    Node *groupFor(ReleaseStatus status, bool create);
    Node *releaseNode(Id releaseId) const;
    QModelIndex indexOf(const Node *node) const;
    static void fillPackages(Node &releaseNode, const QList<Package> &packages);

    QVariant releaseDecoration(const Release &release) const;

    Workspace *m_workspace = nullptr;
    PersonNames m_names;
    PackageDropper *m_dropper = nullptr;
    ChangeDropHandler m_changeDrop;
    std::unique_ptr<Node> m_root;
    mutable QHash<Id, int> m_errorCounts;
};

} // namespace relm

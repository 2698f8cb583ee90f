#pragma once

#include "changes/ChangeNotice.h"
#include "domain/Package.h"
#include "domain/Release.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace relm {

class Workspace;

/// The portfolio navigator's tree: status groups → releases → packages → component versions.
/// A thin adapter over the Workspace: it reads the stores and follows the change notices.
class NavigatorModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class NodeKind { StatusGroup, Release, Package, Version };

    enum Roles {
        KindRole = Qt::UserRole + 1, ///< NodeKind as int
        IdRole,                      ///< the record id (status as int for groups)
        ReleaseIdRole,               ///< the release the node belongs to
        SortRole,                    ///< raw value for sorting
        FilterRole,                  ///< text the filter field matches
    };

    explicit NavigatorModel(QObject *parent = nullptr);
    ~NavigatorModel() override;
    Q_DISABLE_COPY_MOVE(NavigatorModel)

    void setWorkspace(Workspace *workspace);
    /// The index of a release's row, invalid when there is none.
    QModelIndex indexOfRelease(Id releaseId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

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

    Workspace *m_workspace = nullptr;
    std::unique_ptr<Node> m_root;
};

} // namespace relm

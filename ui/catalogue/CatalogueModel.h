#pragma once

#include "changes/ChangeNotice.h"
#include "changes/PersonNames.h"
#include "domain/Component.h"

#include <QAbstractItemModel>

namespace relm {

class Workspace;

/// The component catalogue as a tree: components, each with its versions. A drag source for
/// putting components or versions into packages.
class CatalogueModel final : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { NameColumn, KindColumn, OwnerColumn, FingerprintColumn, RelationsColumn, ColumnCount };
    enum Roles {
        SortRole = Qt::UserRole + 1, ///< raw value for sorting (versions in version order)
        KindRole,                    ///< ComponentKind as int (components)
        OwnerRole,                   ///< owner login (components)
        FilterRole,                  ///< text the free-text filter matches (components)
        ComponentIdRole,
        VersionIdRole, ///< 0 on component rows
        RetiredRole,
    };

    explicit CatalogueModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(CatalogueModel)

    void setWorkspace(Workspace *workspace);
    void reload();
    Component componentAt(const QModelIndex &index) const;
    /// The version of a version row; an empty version for a component row.
    ComponentVersion versionAt(const QModelIndex &index) const;
    QModelIndex indexOfComponent(Id componentId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

private:
    struct Row {
        Component component;
        QList<ComponentVersion> versions;
        QString filterText;
    };

    void onChanged(const ChangeNotice &notice);
    QVariant componentData(const Row &row, int column, int role) const;
    QVariant versionData(const ComponentVersion &version, int column, int role) const;

    Workspace *m_workspace = nullptr;
    PersonNames m_names;
    std::vector<Row> m_rows;
};

} // namespace relm

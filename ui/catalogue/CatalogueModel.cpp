#include "CatalogueModel.h"

#include "changes/Workspace.h"
#include "domain/VersionNumber.h"
#include "package/PackageMime.h"
#include "storage/CatalogueStore.h"
#include "widgets/Icons.h"

#include <QFont>
#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace relm {

namespace {

// Version rows carry their component's row + 1 as internal id; component rows carry 0.
constexpr quintptr componentLevel = 0;

QString relationsText(const ComponentVersion &v) {
    QStringList parts;
    for (const VersionRelation &r : v.relations)
        parts.append((r.kind == VersionRelation::Kind::Requires ? CatalogueModel::tr("needs %1 %2")
                                                                : CatalogueModel::tr("conflicts %1 %2"))
                         .arg(r.component, r.range));
    return parts.join(u"; "_s);
}

} // namespace

CatalogueModel::CatalogueModel(QObject *parent)
    : QAbstractItemModel(parent) {}

void CatalogueModel::setWorkspace(Workspace *workspace) {
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (m_workspace)
        connect(m_workspace, &Workspace::changed, this, &CatalogueModel::onChanged);
    reload();
}

void CatalogueModel::onChanged(const ChangeNotice &notice) {
    if (notice.entity == Entity::Component || notice.entity == Entity::ComponentVersion ||
        notice.entity == Entity::Person)
        reload();
}

void CatalogueModel::reload() {
    beginResetModel();
    m_rows.clear();
    if (m_workspace) {
        m_names.load(*m_workspace);
        auto components = m_workspace->catalogue().components();
        auto versions = m_workspace->catalogue().versions();
        if (components && versions) {
            QHash<Id, QList<ComponentVersion>> byComponent;
            for (const ComponentVersion &v : *versions)
                byComponent[v.componentId].append(v);
            m_rows.reserve(components->size());
            for (const Component &c : *components) {
                Row row{c, byComponent.value(c.id), {}};
                std::sort(row.versions.begin(), row.versions.end(), [](const auto &a, const auto &b) {
                    return VersionNumber(b.version) < VersionNumber(a.version); // newest first
                });
                QStringList words{c.name, c.description, c.ownerLogin, m_names.of(c.ownerLogin)};
                for (const ComponentVersion &v : row.versions)
                    words.append(v.version);
                row.filterText = words.join(u' ');
                m_rows.push_back(std::move(row));
            }
        }
    }
    endResetModel();
}

Component CatalogueModel::componentAt(const QModelIndex &index) const {
    if (!index.isValid())
        return {};
    const quintptr parentRow = index.internalId();
    return m_rows.at(parentRow == componentLevel ? index.row() : parentRow - 1).component;
}

ComponentVersion CatalogueModel::versionAt(const QModelIndex &index) const {
    if (!index.isValid() || index.internalId() == componentLevel)
        return {};
    return m_rows.at(index.internalId() - 1).versions.at(index.row());
}

QModelIndex CatalogueModel::indexOfComponent(Id componentId) const {
    for (int row = 0; row < int(m_rows.size()); ++row) {
        if (m_rows.at(row).component.id == componentId)
            return index(row, 0);
    }
    return {};
}

QModelIndex CatalogueModel::index(int row, int column, const QModelIndex &parent) const {
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row() + 1) : componentLevel);
}

QModelIndex CatalogueModel::parent(const QModelIndex &child) const {
    if (!child.isValid() || child.internalId() == componentLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, componentLevel);
}

int CatalogueModel::rowCount(const QModelIndex &parent) const {
    if (!parent.isValid())
        return int(m_rows.size());
    if (parent.column() != 0 || parent.internalId() != componentLevel)
        return 0;
    return int(m_rows.at(parent.row()).versions.size());
}

int CatalogueModel::columnCount(const QModelIndex &) const {
    return ColumnCount;
}

QVariant CatalogueModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid())
        return {};
    if (index.internalId() == componentLevel)
        return componentData(m_rows.at(index.row()), index.column(), role);
    const Row &row = m_rows.at(index.internalId() - 1);
    const ComponentVersion &v = row.versions.at(index.row());
    if (role == ComponentIdRole)
        return row.component.id;
    return versionData(v, index.column(), role);
}

QVariant CatalogueModel::componentData(const Row &row, int column, int role) const {
    const Component &c = row.component;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return c.retired ? tr("%1 (retired)").arg(c.name) : c.name;
        case KindColumn:
            return labelOf(c.kind);
        case OwnerColumn:
            return m_names.of(c.ownerLogin);
        case FingerprintColumn:
            return tr("%n version(s)", nullptr, int(row.versions.size()));
        case RelationsColumn:
            return c.description;
        }
        break;
    case Qt::DecorationRole:
        return column == NameColumn ? Icons::component() : QVariant();
    case Qt::ToolTipRole:
        return c.description.isEmpty() ? c.name : c.name + u"\n"_s + c.description;
    case Qt::FontRole:
        if (c.retired) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        break;
    case SortRole:
        return column == NameColumn ? QVariant(c.name.toLower()) : componentData(row, column, Qt::DisplayRole);
    case KindRole:
        return int(c.kind);
    case OwnerRole:
        return c.ownerLogin;
    case FilterRole:
        return row.filterText;
    case ComponentIdRole:
        return c.id;
    case VersionIdRole:
        return Id(0);
    case RetiredRole:
        return c.retired;
    }
    return {};
}

QVariant CatalogueModel::versionData(const ComponentVersion &v, int column, int role) const {
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return v.retired ? tr("%1 (retired)").arg(v.version) : v.version;
        case FingerprintColumn:
            return v.sha256.isEmpty() ? tr("no fingerprint") : v.sha256.left(12) + u"\u2026"_s;
        case RelationsColumn:
            return relationsText(v);
        case KindColumn:
            return v.sourceRef;
        }
        break;
    case Qt::ToolTipRole:
        return v.sha256.isEmpty() ? tr("%1 %2 has no SHA-256 fingerprint").arg(v.componentName, v.version)
                                  : tr("SHA-256 %1").arg(v.sha256);
    case Qt::FontRole:
        if (v.retired) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        break;
    case SortRole:
        return column == NameColumn ? QVariant(v.version) : versionData(v, column, Qt::DisplayRole);
    case VersionIdRole:
        return v.id;
    case RetiredRole:
        return v.retired;
    }
    return {};
}

QVariant CatalogueModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Component / version");
    case KindColumn:
        return tr("Kind / source");
    case OwnerColumn:
        return tr("Owner");
    case FingerprintColumn:
        return tr("Fingerprint");
    case RelationsColumn:
        return tr("Requires, conflicts / description");
    }
    return {};
}

Qt::ItemFlags CatalogueModel::flags(const QModelIndex &index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

QStringList CatalogueModel::mimeTypes() const {
    return {QString::fromLatin1(package_mime::catalogueType)};
}

QMimeData *CatalogueModel::mimeData(const QModelIndexList &indexes) const {
    QList<package_mime::CatalogueItem> items;
    for (const QModelIndex &index : indexes) {
        if (index.column() != 0)
            continue;
        const package_mime::CatalogueItem item{componentAt(index).id, versionAt(index).id};
        if (std::none_of(items.cbegin(), items.cend(), [&](const auto &i) {
                return i.componentId == item.componentId && i.versionId == item.versionId;
            }))
            items.append(item);
    }
    return items.isEmpty() ? nullptr : package_mime::encode(items).release();
}

Qt::DropActions CatalogueModel::supportedDragActions() const {
    return Qt::CopyAction;
}

} // namespace relm

#include "NavigatorModel.h"

#include "domain/ReleaseLifecycle.h"

#include "changerequests/ChangeMime.h"
#include "changes/Workspace.h"
#include "checks/ReleaseChecks.h"
#include "i18n/ShownDates.h"
#include "package/PackageDropper.h"
#include "package/PackageMime.h"
#include "storage/ReleaseStore.h"
#include "widgets/Icons.h"

#include <QMimeData>
#include <QPainter>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace relm {

struct NavigatorModel::Node {
    NodeKind kind = NodeKind::StatusGroup;
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;
    ReleaseStatus status = ReleaseStatus::Draft; ///< groups
    Release release;                             ///< releases
    Package package;                             ///< packages (contents are the children)
    ComponentVersion version;                    ///< versions

    Node *addChild(std::unique_ptr<Node> child, int at) {
        child->parent = this;
        Node *raw = child.get();
        children.insert(children.begin() + at, std::move(child));
        renumber(at);
        return raw;
    }
    void removeChild(int at) {
        children.erase(children.begin() + at);
        renumber(at);
    }
    void renumber(int from) {
        for (int i = from; i < int(children.size()); ++i)
            children[i]->row = i;
    }
};

NavigatorModel::NavigatorModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>()) {}

NavigatorModel::~NavigatorModel() = default;

void NavigatorModel::setWorkspace(Workspace *workspace) {
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (m_workspace)
        connect(m_workspace, &Workspace::changed, this, &NavigatorModel::onChanged);
    reload();
}

void NavigatorModel::reload() {
    beginResetModel();
    m_root = std::make_unique<Node>();
    if (m_workspace) {
        m_names.load(*m_workspace);
        auto releases = m_workspace->releases().releases();
        auto packages = m_workspace->releases().packagesByRelease();
        if (releases && packages) {
            for (const Release &release : *releases) {
                Node *group = groupFor(release.status, true);
                auto node = std::make_unique<Node>();
                node->kind = NodeKind::Release;
                node->release = release;
                fillPackages(*node, packages->value(release.id));
                group->addChild(std::move(node), int(group->children.size()));
            }
        }
    }
    endResetModel();
}

void NavigatorModel::fillPackages(Node &releaseNode, const QList<Package> &packages) {
    releaseNode.children.clear();
    for (const Package &package : packages) {
        auto packageNode = std::make_unique<Node>();
        packageNode->kind = NodeKind::Package;
        packageNode->package = package;
        packageNode->package.contents.clear();
        for (const ComponentVersion &version : package.contents) {
            auto versionNode = std::make_unique<Node>();
            versionNode->kind = NodeKind::Version;
            versionNode->version = version;
            packageNode->addChild(std::move(versionNode), int(packageNode->children.size()));
        }
        releaseNode.addChild(std::move(packageNode), int(releaseNode.children.size()));
    }
}

NavigatorModel::Node *NavigatorModel::groupFor(ReleaseStatus status, bool create) {
    auto &groups = m_root->children;
    auto it = std::lower_bound(groups.begin(), groups.end(), status,
                               [](const auto &node, ReleaseStatus s) { return int(node->status) < int(s); });
    if (it != groups.end() && (*it)->status == status)
        return it->get();
    if (!create)
        return nullptr;
    auto group = std::make_unique<Node>();
    group->kind = NodeKind::StatusGroup;
    group->status = status;
    return m_root->addChild(std::move(group), int(it - groups.begin()));
}

NavigatorModel::Node *NavigatorModel::releaseNode(Id releaseId) const {
    for (const auto &group : m_root->children) {
        for (const auto &node : group->children) {
            if (node->release.id == releaseId)
                return node.get();
        }
    }
    return nullptr;
}

QModelIndex NavigatorModel::indexOf(const Node *node) const {
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, 0, const_cast<Node *>(node));
}

QModelIndex NavigatorModel::indexOfRelease(Id releaseId) const {
    return indexOf(releaseNode(releaseId));
}

void NavigatorModel::onChanged(const ChangeNotice &notice) {
    // Findings depend on the release's content, the catalogue and the environments' inventories.
    if (notice.releaseId != 0 && notice.entity != Entity::ChangeRequest)
        m_errorCounts.remove(notice.releaseId);
    else if (notice.entity == Entity::Component || notice.entity == Entity::ComponentVersion ||
             notice.entity == Entity::EnvironmentInventory)
        m_errorCounts.clear();
    if (notice.entity == Entity::EnvironmentInventory || notice.entity == Entity::Baseline) {
        for (const auto &group : m_root->children) {
            if (!group->children.empty())
                Q_EMIT dataChanged(indexOf(group->children.front().get()), indexOf(group->children.back().get()));
        }
    }
    switch (notice.entity) {
    case Entity::Release:
        if (notice.kind == ChangeNotice::Kind::Removed)
            removeRelease(notice.id);
        else
            refreshRelease(notice.id);
        break;
    case Entity::Package:
    case Entity::PackageItem:
        refreshPackages(notice.releaseId);
        break;
    case Entity::Component:
    case Entity::ComponentVersion:
    case Entity::Person:
        reload(); // names shown in many rows may have changed
        break;
    case Entity::Environment:
    case Entity::ChangeRequest:
    case Entity::Baseline:
    case Entity::Build:
    case Entity::EnvironmentInventory:
    case Entity::Task:
    case Entity::TaskLink:
    case Entity::FreezeWindow:
    case Entity::FreezeOverride:
    case Entity::CabMeeting:
    case Entity::Calendar:
    case Entity::ScheduleBaseline:
    case Entity::Risk:
    case Entity::Criterion:
    case Entity::Policy:
    case Entity::SigningKey:
    case Entity::SignOff:
    case Entity::Deployment:
    case Entity::RunbookStep:
    case Entity::KnownError:
    case Entity::Review:
    case Entity::Waiver:
    case Entity::NotesTemplate:
    case Entity::NotesBranding:
        break;
    }
}

void NavigatorModel::refreshRelease(Id releaseId) {
    auto release = m_workspace->releases().release(releaseId);
    if (!release)
        return;
    Node *node = releaseNode(releaseId);
    if (node && node->release.status == release->status) {
        node->release = *release;
        const QModelIndex index = indexOf(node);
        Q_EMIT dataChanged(index, index);
        return;
    }
    auto packages = m_workspace->releases().packages(releaseId);
    if (node)
        removeRelease(releaseId);
    insertRelease(*release, packages ? *packages : QList<Package>());
}

void NavigatorModel::insertRelease(const Release &release, const QList<Package> &packages) {
    Node *group = groupFor(release.status, false);
    if (!group) {
        auto &groups = m_root->children;
        const auto it = std::lower_bound(groups.begin(), groups.end(), release.status,
                                         [](const auto &n, ReleaseStatus s) { return int(n->status) < int(s); });
        const int row = int(it - groups.begin());
        beginInsertRows({}, row, row);
        group = groupFor(release.status, true);
        endInsertRows();
    }
    auto node = std::make_unique<Node>();
    node->kind = NodeKind::Release;
    node->release = release;
    fillPackages(*node, packages);
    const int row = int(group->children.size());
    beginInsertRows(indexOf(group), row, row);
    group->addChild(std::move(node), row);
    endInsertRows();
    Q_EMIT dataChanged(indexOf(group), indexOf(group)); // the group's count
}

void NavigatorModel::removeRelease(Id releaseId) {
    Node *node = releaseNode(releaseId);
    if (!node)
        return;
    Node *group = node->parent;
    beginRemoveRows(indexOf(group), node->row, node->row);
    group->removeChild(node->row);
    endRemoveRows();
    if (group->children.empty()) {
        beginRemoveRows({}, group->row, group->row);
        m_root->removeChild(group->row);
        endRemoveRows();
    } else {
        Q_EMIT dataChanged(indexOf(group), indexOf(group));
    }
}

void NavigatorModel::refreshPackages(Id releaseId) {
    Node *node = releaseNode(releaseId);
    auto packages = m_workspace->releases().packages(releaseId);
    if (!node || !packages)
        return;
    const QModelIndex parentIndex = indexOf(node);
    if (!node->children.empty()) {
        beginRemoveRows(parentIndex, 0, int(node->children.size()) - 1);
        node->children.clear();
        endRemoveRows();
    }
    if (packages->isEmpty())
        return;
    beginInsertRows(parentIndex, 0, int(packages->size()) - 1);
    fillPackages(*node, *packages);
    endInsertRows();
}

QModelIndex NavigatorModel::index(int row, int column, const QModelIndex &parent) const {
    if (!hasIndex(row, column, parent))
        return {};
    const Node *parentNode = parent.isValid() ? static_cast<const Node *>(parent.internalPointer()) : m_root.get();
    return createIndex(row, column, parentNode->children.at(row).get());
}

QModelIndex NavigatorModel::parent(const QModelIndex &child) const {
    if (!child.isValid())
        return {};
    return indexOf(static_cast<const Node *>(child.internalPointer())->parent);
}

int NavigatorModel::rowCount(const QModelIndex &parent) const {
    if (parent.column() > 0)
        return 0;
    const Node *node = parent.isValid() ? static_cast<const Node *>(parent.internalPointer()) : m_root.get();
    return int(node->children.size());
}

int NavigatorModel::columnCount(const QModelIndex &) const {
    return 1;
}

QVariant NavigatorModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid())
        return {};
    const Node *node = static_cast<const Node *>(index.internalPointer());
    if (role == KindRole)
        return int(node->kind);
    if (role == ShippedRole) {
        const Node *release = node;
        while (release && release->kind != NodeKind::Release)
            release = release->parent;
        return release && ReleaseLifecycle::hasShipped(release->release.status);
    }
    switch (node->kind) {
    case NodeKind::StatusGroup:
        switch (role) {
        case Qt::DisplayRole:
            return tr("%1 (%2)").arg(labelOf(node->status)).arg(node->children.size());
        case Qt::DecorationRole:
            return Icons::status(node->status);
        case IdRole:
        case SortRole:
            return int(node->status);
        case Qt::AccessibleTextRole:
            return tr("%1 releases: %2").arg(labelOf(node->status)).arg(node->children.size());
        }
        break;
    case NodeKind::Release: {
        const Release &r = node->release;
        switch (role) {
        case Qt::DisplayRole:
            return r.name;
        case Qt::DecorationRole:
            return releaseDecoration(r);
        case Qt::ToolTipRole: {
            const int errors = errorCount(r.id);
            return QString(
                tr("<b>%1</b><br>%2 release, %3<br>Owner: %4<br>Planned: %5 \u2013 %6<br>Service: %7")
                    .arg(r.name.toHtmlEscaped(), labelOf(r.type), labelOf(r.status),
                         m_names.of(r.ownerLogin).toHtmlEscaped(), shown_dates::date(r.plannedStart),
                         shown_dates::date(r.plannedEnd), r.targetService.toHtmlEscaped()) +
                (errors ? tr("<br><b>%n package finding(s)</b>: see the Findings panel", nullptr, errors) : QString()));
        }
        case IdRole:
        case ReleaseIdRole:
            return r.id;
        case SortRole:
            return u"%1 %2"_s.arg(r.plannedStart.isValid() ? r.plannedStart.toString(Qt::ISODate) : u"9999"_s, r.name);
        case FilterRole:
            return QStringList{r.name, r.version, r.targetService, r.ownerLogin, m_names.of(r.ownerLogin)}.join(u' ');
        }
        break;
    }
    case NodeKind::Package:
        switch (role) {
        case Qt::DisplayRole:
            return node->package.name;
        case Qt::DecorationRole:
            return Icons::package();
        case Qt::ToolTipRole:
            return tr("Package %1: %n component version(s)", nullptr, int(node->children.size()))
                .arg(node->package.name);
        case IdRole:
            return node->package.id;
        case ReleaseIdRole:
            return node->package.releaseId;
        case SortRole:
            return node->row;
        case FilterRole:
            return node->package.name;
        }
        break;
    case NodeKind::Version: {
        const ComponentVersion &v = node->version;
        switch (role) {
        case Qt::DisplayRole:
            return tr("%1 %2").arg(v.componentName, v.version);
        case Qt::DecorationRole:
            return Icons::component();
        case Qt::ToolTipRole:
            return v.sha256.isEmpty() ? tr("%1 %2 (no fingerprint)").arg(v.componentName, v.version)
                                      : tr("%1 %2\nSHA-256 %3").arg(v.componentName, v.version, v.sha256);
        case IdRole:
            return v.id;
        case ReleaseIdRole:
            return node->parent->package.releaseId;
        case SortRole:
            return v.componentName;
        case FilterRole:
            return QString(v.componentName + u' ' + v.version);
        }
        break;
    }
    }
    return {};
}

int NavigatorModel::errorCount(Id releaseId) const {
    if (!m_workspace)
        return 0;
    auto cached = m_errorCounts.constFind(releaseId);
    if (cached != m_errorCounts.constEnd())
        return *cached;
    int count = 0;
    if (auto findings = release_checks::run(*m_workspace, releaseId)) {
        count = int(std::count_if(findings->cbegin(), findings->cend(),
                                  [](const Finding &f) { return f.severity == Finding::Severity::Error; }));
    }
    m_errorCounts.insert(releaseId, count);
    return count;
}

QVariant NavigatorModel::releaseDecoration(const Release &release) const {
    const int errors = errorCount(release.id);
    if (errors == 0)
        return Icons::releaseType(release.type);
    // The type badge with a red corner mark: the release has findings to fix.
    QPixmap pixmap = Icons::releaseType(release.type).pixmap(16, 16);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Qt::white, 1));
    painter.setBrush(QColor(0xd3, 0x2f, 0x2f));
    painter.drawEllipse(QRectF(8.5, 0.5, 7, 7));
    painter.end();
    return QIcon(pixmap);
}

Qt::ItemFlags NavigatorModel::flags(const QModelIndex &index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    switch (static_cast<const Node *>(index.internalPointer())->kind) {
    case NodeKind::Release:
    case NodeKind::Package:
        flags |= Qt::ItemIsDropEnabled;
        break;
    case NodeKind::Version:
        flags |= Qt::ItemIsDragEnabled;
        break;
    case NodeKind::StatusGroup:
        break;
    }
    return flags;
}

QStringList NavigatorModel::mimeTypes() const {
    return {QString::fromLatin1(package_mime::catalogueType), QString::fromLatin1(package_mime::packageItemsType),
            QString::fromLatin1(change_mime::type)};
}

QMimeData *NavigatorModel::mimeData(const QModelIndexList &indexes) const {
    QList<package_mime::PackageItem> items;
    for (const QModelIndex &index : indexes) {
        const Node *node = static_cast<const Node *>(index.internalPointer());
        if (node->kind == NodeKind::Version)
            items.append({node->parent->package.id, node->version.id});
    }
    return items.isEmpty() ? nullptr : package_mime::encode(items).release();
}

Id NavigatorModel::dropTargetPackage(const QModelIndex &index) const {
    if (!index.isValid())
        return 0;
    const Node *node = static_cast<const Node *>(index.internalPointer());
    if (node->kind == NodeKind::Package)
        return node->package.id;
    if (node->kind == NodeKind::Version)
        return node->parent->package.id;
    if (node->kind == NodeKind::Release && !node->children.empty())
        return node->children.front()->package.id;
    return 0;
}

Id NavigatorModel::dropTargetRelease(const QModelIndex &index) const {
    for (QModelIndex i = index; i.isValid(); i = i.parent()) {
        const Node *node = static_cast<const Node *>(i.internalPointer());
        if (node->kind == NodeKind::Release)
            return node->release.id;
    }
    return 0;
}

bool NavigatorModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int, const QModelIndex &parent) const {
    if (!change_mime::changeIds(data).isEmpty())
        return m_changeDrop && dropTargetRelease(parent) != 0;
    return m_dropper && package_mime::carriesItems(data) && dropTargetPackage(parent) != 0;
}

bool NavigatorModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &parent) {
    if (action == Qt::IgnoreAction)
        return false;
    if (const QList<Id> changes = change_mime::changeIds(data); !changes.isEmpty())
        return m_changeDrop && dropTargetRelease(parent) != 0 && m_changeDrop(changes, dropTargetRelease(parent));
    if (!m_dropper)
        return false;
    return m_dropper->drop(data, dropTargetPackage(parent), action);
}

Qt::DropActions NavigatorModel::supportedDropActions() const {
    return Qt::MoveAction | Qt::CopyAction;
}

Qt::DropActions NavigatorModel::supportedDragActions() const {
    return Qt::MoveAction | Qt::CopyAction;
}

QVariant NavigatorModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Releases");
    return {};
}

} // namespace relm

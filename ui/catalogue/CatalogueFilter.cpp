#include "CatalogueFilter.h"

#include "catalogue/CatalogueModel.h"
#include "domain/VersionNumber.h"

namespace relm {

CatalogueFilter::CatalogueFilter(QObject *parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(CatalogueModel::SortRole);
}

void CatalogueFilter::setKind(std::optional<int> kind) {
    m_kind = kind;
    invalidateRowsFilter();
}

void CatalogueFilter::setOwner(const QString &login) {
    m_owner = login;
    invalidateRowsFilter();
}

void CatalogueFilter::setText(const QString &text) {
    m_text = text.trimmed();
    invalidateRowsFilter();
}

bool CatalogueFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    if (sourceParent.isValid())
        return true; // versions follow their component
    const QModelIndex index = sourceModel()->index(sourceRow, 0);
    if (m_kind && index.data(CatalogueModel::KindRole).toInt() != *m_kind)
        return false;
    if (!m_owner.isEmpty() && index.data(CatalogueModel::OwnerRole).toString() != m_owner)
        return false;
    return m_text.isEmpty() || index.data(CatalogueModel::FilterRole).toString().contains(m_text, Qt::CaseInsensitive);
}

bool CatalogueFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const {
    if (left.parent().isValid() && left.column() == CatalogueModel::NameColumn)
        return VersionNumber(left.data(CatalogueModel::SortRole).toString()) <
               VersionNumber(right.data(CatalogueModel::SortRole).toString());
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace relm

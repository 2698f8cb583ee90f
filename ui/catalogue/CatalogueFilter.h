#pragma once

#include <QSortFilterProxyModel>

#include <optional>

namespace relm {

/// Filters catalogue components by kind, owner and free text (versions follow their component),
/// and sorts versions in version order rather than as text.
class CatalogueFilter final : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit CatalogueFilter(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(CatalogueFilter)

    void setKind(std::optional<int> kind);
    void setOwner(const QString &login);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    std::optional<int> m_kind;
    QString m_owner;
    QString m_text;
};

} // namespace relm

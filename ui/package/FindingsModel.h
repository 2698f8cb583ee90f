#pragma once

#include "changes/ChangeNotice.h"
#include "checks/Finding.h"

#include <QAbstractTableModel>

namespace relm {

class Workspace;

/// The package checker's findings for one release, kept current as the release, the catalogue
/// or the environments change.
class FindingsModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { MessageColumn, FixColumn, ColumnCount };
    enum Roles { KindRole = Qt::UserRole + 1, VersionIdsRole };

    explicit FindingsModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(FindingsModel)

    void setRelease(Workspace *workspace, Id releaseId);
    Id releaseId() const { return m_releaseId; }
    const QList<Finding> &findings() const { return m_findings; }
    /// Runs the checker again now.
    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void refreshed();

private:
    void onChanged(const ChangeNotice &notice);

    Workspace *m_workspace = nullptr;
    Id m_releaseId = 0;
    QList<Finding> m_findings;
};

} // namespace relm

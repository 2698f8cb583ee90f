#pragma once

#include "changes/ChangeNotice.h"
#include "checks/Finding.h"
#include "domain/Waiver.h"

#include <QAbstractTableModel>

namespace relm {

class Workspace;

/// The package checker's findings for one release with their waivers, kept current as the
/// release, the catalogue or the environments change.
class FindingsModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { MessageColumn, FixColumn, WaiverColumn, ColumnCount };
    enum Roles { KindRole = Qt::UserRole + 1, VersionIdsRole, KeyRole, WaivedRole, ErrorRole };

    explicit FindingsModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(FindingsModel)

    void setRelease(Workspace *workspace, Id releaseId);
    Id releaseId() const { return m_releaseId; }
    const QList<Finding> &findings() const { return m_findings; }
    /// The waiver that covers a finding, or null.
    const FindingWaiver *waiverOf(const Finding &finding) const;
    /// Whether clashes on the change calendar are listed too (the Findings dock), or only the
    /// package checker's findings (the package page).
    void setShowsCalendarConflicts(bool shows) { m_showsCalendar = shows; }
    /// Runs the checker again now.
    void refresh();
    /// Whether the row is a clash with another release on the change calendar (fixed there).
    static bool isCalendarClash(const QModelIndex &index);
    /// How many of the rows are clashes on the change calendar (the rest are the package's).
    int calendarClashCount() const;
    /// Whether any finding shown carries a waiver.
    bool anyWaived() const;

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
    QList<FindingWaiver> m_waivers;
    bool m_showsCalendar = false;
};

} // namespace relm

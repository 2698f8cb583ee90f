#include "FindingsModel.h"

#include "calendar/ConflictFinder.h"
#include "i18n/ShownDates.h"
#include "signing/AssuranceSources.h"

#include "changes/Workspace.h"
#include "checks/ReleaseChecks.h"
#include "storage/AcceptanceStore.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>

#include <algorithm>

namespace relm {

FindingsModel::FindingsModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void FindingsModel::setRelease(Workspace *workspace, Id releaseId) {
    if (m_workspace != workspace) {
        if (m_workspace)
            disconnect(m_workspace, nullptr, this, nullptr);
        m_workspace = workspace;
        if (m_workspace)
            connect(m_workspace, &Workspace::changed, this, &FindingsModel::onChanged);
    }
    m_releaseId = releaseId;
    refresh();
}

void FindingsModel::onChanged(const ChangeNotice &notice) {
    const bool affects = notice.releaseId == m_releaseId || notice.entity == Entity::Component ||
                         notice.entity == Entity::ComponentVersion || notice.entity == Entity::EnvironmentInventory;
    if (affects && notice.entity != Entity::ChangeRequest && notice.entity != Entity::Build)
        refresh();
}

void FindingsModel::refresh() {
    beginResetModel();
    m_findings.clear();
    m_waivers.clear();
    if (m_workspace && m_releaseId) {
        if (auto findings = release_checks::run(*m_workspace, m_releaseId))
            m_findings = *findings;
        if (m_showsCalendar) {
            const QDateTime now = m_workspace->clock()();
            if (auto conflicts = calendarFindings(AssuranceSources::of(*m_workspace), m_releaseId, now))
                m_findings.append(*conflicts);
        }
        if (auto waivers = m_workspace->acceptance().waivers(m_releaseId))
            m_waivers = *waivers;
    }
    endResetModel();
    Q_EMIT refreshed();
}

bool FindingsModel::isCalendarClash(const QModelIndex &index) {
    static const QString clashKey = [] {
        Finding clash;
        clash.kind = Finding::Kind::CalendarConflict;
        return clash.kindKey();
    }();
    return index.data(KindRole).toString() == clashKey;
}

int FindingsModel::calendarClashCount() const {
    return int(std::count_if(m_findings.cbegin(), m_findings.cend(),
                             [](const Finding &f) { return f.kind == Finding::Kind::CalendarConflict; }));
}

bool FindingsModel::anyWaived() const {
    return std::any_of(m_findings.cbegin(), m_findings.cend(), [this](const Finding &f) { return waiverOf(f); });
}

int FindingsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

const FindingWaiver *FindingsModel::waiverOf(const Finding &finding) const {
    const QString key = finding.key();
    for (const FindingWaiver &w : m_waivers) {
        if (w.findingKey == key)
            return &w;
    }
    return nullptr;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid())
        return {};
    const Finding &f = m_findings.at(index.row());
    const FindingWaiver *waiver = waiverOf(f);
    const QString waived = waiver ? tr("Waived by %1 (%2), %3: %4")
                                        .arg(waiver->printedName, labelOf(waiver->role),
                                             shown_dates::dateTime(waiver->waivedAt), waiver->reason)
                                  : QString();
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == MessageColumn ? f.message : index.column() == FixColumn ? f.fix : waived;
    case Qt::ToolTipRole:
        return waiver ? tr("%1\n%2").arg(f.message, waived) : tr("%1\nHow to fix: %2").arg(f.message, f.fix);
    case Qt::DecorationRole:
        if (index.column() == MessageColumn)
            return QApplication::style()->standardIcon(waiver        ? QStyle::SP_MessageBoxInformation
                                                       : f.isError() ? QStyle::SP_MessageBoxCritical
                                                                     : QStyle::SP_MessageBoxWarning);
        break;
    case Qt::AccessibleTextRole:
        return waiver ? tr("Waived error: %1").arg(f.message)
                      : (f.isError() ? tr("Error: %1") : tr("Warning: %1")).arg(f.message);
    case KeyRole:
        return f.key();
    case WaivedRole:
        return waiver != nullptr;
    case ErrorRole:
        return f.isError();
    case KindRole:
        return f.kindKey();
    case VersionIdsRole: {
        QVariantList ids;
        for (Id id : f.versionIds)
            ids.append(id);
        return ids;
    }
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == MessageColumn ? tr("Finding") : section == FixColumn ? tr("How to fix") : tr("Waiver");
}

} // namespace relm

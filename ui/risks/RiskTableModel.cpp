#include "RiskTableModel.h"

#include "changes/RecordChanges.h"
#include "changes/Workspace.h"
#include "i18n/ShownDates.h"
#include "storage/DirectoryStore.h"
#include "storage/PlanStore.h"
#include "storage/RiskStore.h"
#include "undo/UndoController.h"
#include "widgets/Legible.h"

#include <QColor>
#include <QLocale>

namespace relm {

QColor riskBandColour(Risk::Band band) {
    switch (band) {
    case Risk::Band::Low:
        return QColor(0x66, 0xbb, 0x6a);
    case Risk::Band::Medium:
        return QColor(0xff, 0xca, 0x28);
    case Risk::Band::High:
        return QColor(0xff, 0x8f, 0x00);
    case Risk::Band::Extreme:
        return QColor(0xe5, 0x39, 0x35);
    }
    return Qt::gray;
}

RiskTableModel::RiskTableModel(UndoController &undo, QObject *parent)
    : QAbstractTableModel(parent)
    , m_undo(undo) {}

void RiskTableModel::setRelease(Workspace *workspace, Id releaseId) {
    if (m_workspace != workspace) {
        if (m_workspace)
            disconnect(m_workspace, nullptr, this, nullptr);
        m_workspace = workspace;
        if (m_workspace) {
            connect(m_workspace, &Workspace::changed, this, [this](const ChangeNotice &notice) {
                if (notice.entity == Entity::Risk || notice.entity == Entity::Person || notice.entity == Entity::Task)
                    reload();
            });
        }
    }
    m_releaseId = releaseId;
    reload();
}

void RiskTableModel::reload() {
    beginResetModel();
    m_risks.clear();
    m_people.clear();
    m_tasks.clear();
    if (m_workspace) {
        if (auto risks = m_workspace->risks().risks(m_releaseId))
            m_risks = *risks;
        if (auto people = m_workspace->directory().people()) {
            for (const Person &p : *people)
                m_people.insert(p.id, p.displayName);
        }
        // Only the tasks risks threaten are named: a plan may hold 100,000 others.
        for (const Risk &r : std::as_const(m_risks)) {
            if (r.taskId == 0 || m_tasks.contains(r.taskId))
                continue;
            if (auto task = m_workspace->plan().task(r.taskId))
                m_tasks.insert(r.taskId, task->name);
        }
    }
    endResetModel();
}

int RiskTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_risks.size());
}

int RiskTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RiskTableModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid())
        return {};
    const Risk &r = m_risks.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case TitleColumn:
            return r.title;
        case CategoryColumn:
            return r.category;
        case LikelihoodColumn:
            return r.likelihood;
        case ImpactColumn:
            return r.impact;
        case ExposureColumn:
            return role == Qt::EditRole ? QVariant(r.exposure())
                                        : QVariant(tr("%1 %2").arg(r.exposure()).arg(riskBandLabel(r.band())));
        case StatusColumn:
            return riskStatusLabel(r.status);
        case OwnerColumn:
            return m_people.value(r.ownerId);
        case ReviewColumn:
            if (role == Qt::EditRole)
                return r.reviewDate;
            return r.reviewOverdue(m_today) ? tr("%1 (overdue)").arg(shown_dates::date(r.reviewDate))
                                            : shown_dates::date(r.reviewDate);
        case ThreatensColumn:
            return r.taskId ? tr("%1 (+%2 d)").arg(m_tasks.value(r.taskId)).arg(double(r.expectedDelay) / 480.0)
                            : QString();
        }
        break;
    case Qt::BackgroundRole:
        if (index.column() == ExposureColumn)
            return riskBandColour(r.band());
        break;
    case Qt::ForegroundRole:
        if (index.column() == ExposureColumn)
            return legible::textOn(riskBandColour(r.band()));
        if (index.column() == ReviewColumn && r.reviewOverdue(m_today))
            return legible::onBase(QColor(0xd3, 0x2f, 0x2f));
        break;
    case Qt::ToolTipRole:
        return tr("%1\nMitigation: %2\nContingency: %3").arg(r.title, r.mitigation, r.contingency);
    case SortRole:
        switch (index.column()) {
        case ExposureColumn:
            return r.exposure();
        case ReviewColumn:
            return r.reviewDate;
        case StatusColumn:
            return int(r.status);
        default:
            return data(index, Qt::DisplayRole);
        }
    case RiskIdRole:
        return r.id;
    case LikelihoodRole:
        return r.likelihood;
    case ImpactRole:
        return r.impact;
    case BandRole:
        return int(r.band());
    case OverdueRole:
        return r.reviewOverdue(m_today);
    }
    return {};
}

bool RiskTableModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (!index.isValid() || role != Qt::EditRole)
        return false;
    const Risk before = m_risks.at(index.row());
    Risk after = before;
    switch (index.column()) {
    case TitleColumn:
        after.title = value.toString().trimmed();
        break;
    case CategoryColumn:
        after.category = value.toString().trimmed();
        break;
    case LikelihoodColumn:
        after.likelihood = value.toInt();
        break;
    case ImpactColumn:
        after.impact = value.toInt();
        break;
    case StatusColumn: {
        const auto status = value.typeId() == QMetaType::Int ? std::optional(Risk::Status(value.toInt()))
                                                             : riskStatusFromKey(value.toString());
        if (!status)
            return false;
        after.status = *status;
        break;
    }
    case ReviewColumn:
        after.reviewDate = value.toDate();
        break;
    default:
        return false;
    }
    if (after == before)
        return false;
    if (auto r = m_undo.perform(std::make_unique<EditRecord<Risk>>(before, after)); !r) {
        m_lastError = r.errorMessage();
        Q_EMIT editRefused(m_lastError);
        return false;
    }
    m_lastError.clear();
    return true;
}

QVariant RiskTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Risk");
    case CategoryColumn:
        return tr("Category");
    case LikelihoodColumn:
        return tr("Likelihood");
    case ImpactColumn:
        return tr("Impact");
    case ExposureColumn:
        return tr("Exposure");
    case StatusColumn:
        return tr("Status");
    case OwnerColumn:
        return tr("Owner");
    case ReviewColumn:
        return tr("Review");
    case ThreatensColumn:
        return tr("Threatens");
    }
    return {};
}

Qt::ItemFlags RiskTableModel::flags(const QModelIndex &index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    switch (index.column()) {
    case TitleColumn:
    case CategoryColumn:
    case LikelihoodColumn:
    case ImpactColumn:
    case StatusColumn:
    case ReviewColumn:
        flags |= Qt::ItemIsEditable;
        break;
    default:
        break;
    }
    return flags;
}

} // namespace relm

#include "AssuranceModels.h"

#include "i18n/ShownDates.h"
#include "widgets/Legible.h"

#include <QFont>

using namespace Qt::Literals::StringLiterals;

namespace relm {

QColor signatureStateColour(SignatureState state) {
    return legible::onBase(state == SignatureState::Valid ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28));
}

void CriteriaModel::setContent(QList<AcceptanceCriterion> criteria, QList<VerifiedSignOff> signOffs) {
    beginResetModel();
    m_criteria = std::move(criteria);
    m_signOffs = std::move(signOffs);
    endResetModel();
}

int CriteriaModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_criteria.size());
}

int CriteriaModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

const VerifiedSignOff *CriteriaModel::acceptanceOf(const AcceptanceCriterion &criterion) const {
    const VerifiedSignOff *found = nullptr;
    for (const VerifiedSignOff &v : m_signOffs) {
        if (v.signOff.criterionId == criterion.id && v.signOff.role == criterion.acceptorRole)
            found = &v;
    }
    return found;
}

QVariant CriteriaModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid())
        return {};
    const AcceptanceCriterion &c = m_criteria.at(index.row());
    const VerifiedSignOff *acceptance = index.column() == AcceptanceColumn ? acceptanceOf(c) : nullptr;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case IdColumn:
            return c.id;
        case DescriptionColumn:
            return c.description;
        case CategoryColumn:
            return labelOf(c.category);
        case RoleColumn:
            return labelOf(c.acceptorRole);
        case StatusColumn:
            return c.status == CriterionStatus::Waived ? tr("Waived: %1").arg(c.waiverReason) : labelOf(c.status);
        case EvidenceColumn: {
            QStringList parts;
            if (!c.evidenceFile.isEmpty())
                parts.append(tr("%1 (SHA-256 %2\u2026)").arg(c.evidenceFile, c.evidenceSha256.left(10)));
            if (!c.evidenceLink.isEmpty())
                parts.append(c.evidenceLink);
            if (!c.evidenceNote.isEmpty())
                parts.append(c.evidenceNote);
            return parts.join(u"; "_s);
        }
        case AcceptanceColumn:
            if (!acceptance)
                return tr("Not signed");
            if (acceptance->isValid())
                return tr("%1 by %2").arg(labelOf(acceptance->signOff.meaning), acceptance->signOff.printedName);
            return acceptance->state == SignatureState::ContentChanged
                       ? tr("VOID: changed after %1 signed").arg(acceptance->signOff.printedName)
                       : tr("INVALID signature by %1").arg(acceptance->signOff.printedName);
        }
    }
    if (role == Qt::ForegroundRole) {
        if (index.column() == AcceptanceColumn && acceptance)
            return signatureStateColour(acceptance->state);
        if (index.column() == StatusColumn && c.status == CriterionStatus::NotMet)
            return legible::onBase(QColor(0xc6, 0x28, 0x28));
    }
    if (role == Qt::FontRole && acceptance && !acceptance->isValid()) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ToolTipRole) {
        if (acceptance)
            return acceptance->isValid()
                       ? tr("Signed %1").arg(shown_dates::dateTime(acceptance->signOff.signedAt.toUTC()))
                       : acceptance->problem;
        if (index.column() == EvidenceColumn && !c.evidenceSha256.isEmpty())
            return tr("SHA-256 %1").arg(c.evidenceSha256);
    }
    return {};
}

QVariant CriteriaModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("#");
    case DescriptionColumn:
        return tr("Criterion");
    case CategoryColumn:
        return tr("Category");
    case RoleColumn:
        return tr("Accepted by");
    case StatusColumn:
        return tr("Status");
    case EvidenceColumn:
        return tr("Evidence");
    case AcceptanceColumn:
        return tr("Sign-off");
    }
    return {};
}

void SignOffModel::setContent(QList<VerifiedSignOff> signOffs, const QList<AcceptanceCriterion> &criteria) {
    beginResetModel();
    m_signOffs = std::move(signOffs);
    m_criterionText.clear();
    for (const AcceptanceCriterion &c : criteria)
        m_criterionText.insert(c.id, c.description);
    endResetModel();
}

int SignOffModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_signOffs.size());
}

int SignOffModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SignOffModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid())
        return {};
    const VerifiedSignOff &v = m_signOffs.at(index.row());
    const SignOff &s = v.signOff;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case SignedColumn:
            if (s.criterionId == 0)
                return tr("The release");
            return tr("Criterion #%1: %2")
                .arg(s.criterionId)
                .arg(m_criterionText.value(s.criterionId, tr("(removed)")));
        case NameColumn:
            return s.printedName;
        case RoleColumn:
            return labelOf(s.role);
        case MeaningColumn:
            return labelOf(s.meaning);
        case WhenColumn:
            return shown_dates::dateTime(s.signedAt.toUTC());
        case StateColumn:
            return signatureStateLabel(v.state);
        case CommentColumn:
            return s.comment;
        }
    }
    if (role == Qt::ForegroundRole && index.column() == StateColumn)
        return signatureStateColour(v.state);
    if (role == Qt::FontRole && !v.isValid()) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ToolTipRole) {
        QString tip = tr("Content SHA-256 %1\nAudit chain head %2").arg(s.contentHash, s.auditHead);
        if (!v.problem.isEmpty())
            tip.prepend(v.problem + u"\n"_s);
        return tip;
    }
    return {};
}

QVariant SignOffModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SignedColumn:
        return tr("Signed");
    case NameColumn:
        return tr("Printed name");
    case RoleColumn:
        return tr("Role");
    case MeaningColumn:
        return tr("Meaning");
    case WhenColumn:
        return tr("When");
    case StateColumn:
        return tr("State");
    case CommentColumn:
        return tr("Comment");
    }
    return {};
}

} // namespace relm

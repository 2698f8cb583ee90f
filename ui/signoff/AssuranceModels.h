#pragma once

#include "domain/Acceptance.h"
#include "signing/SignOffVerifier.h"

#include <QAbstractTableModel>
#include <QColor>

namespace relm {

/// The colour a signature state is shown in: green when valid, red when void or invalid; legible as
/// text on the palette's base.
QColor signatureStateColour(SignatureState state);

/// A release's acceptance criteria, with who accepted each (from the verified sign-offs). Read-only:
/// criteria are edited in the criterion dialog.
class CriteriaModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        DescriptionColumn,
        CategoryColumn,
        RoleColumn,
        StatusColumn,
        AcceptanceColumn,
        EvidenceColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setContent(QList<AcceptanceCriterion> criteria, QList<VerifiedSignOff> signOffs);
    const QList<AcceptanceCriterion> &criteria() const { return m_criteria; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    /// The newest sign-off on a criterion in its acceptor role, if any.
    const VerifiedSignOff *acceptanceOf(const AcceptanceCriterion &criterion) const;

    QList<AcceptanceCriterion> m_criteria;
    QList<VerifiedSignOff> m_signOffs;
};

/// A release's sign-offs with what checking each found, newest last.
class SignOffModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        SignedColumn,
        NameColumn,
        RoleColumn,
        MeaningColumn,
        WhenColumn,
        StateColumn,
        CommentColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setContent(QList<VerifiedSignOff> signOffs, const QList<AcceptanceCriterion> &criteria);
    const QList<VerifiedSignOff> &signOffs() const { return m_signOffs; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<VerifiedSignOff> m_signOffs;
    QHash<Id, QString> m_criterionText;
};

} // namespace relm

#pragma once

#include "changes/ChangeNotice.h"
#include "domain/Risk.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

namespace relm {

class UndoController;
class Workspace;

/// A release's risk register as an editable table. Edits become undoable changes; the model
/// follows the workspace's notices.
class RiskTableModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        TitleColumn,
        CategoryColumn,
        LikelihoodColumn,
        ImpactColumn,
        ExposureColumn,
        StatusColumn,
        OwnerColumn,
        ReviewColumn,
        ThreatensColumn,
        ColumnCount
    };
    enum Roles { SortRole = Qt::UserRole + 1, RiskIdRole, LikelihoodRole, ImpactRole, BandRole, OverdueRole };

    explicit RiskTableModel(UndoController &undo, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(RiskTableModel)

    void setRelease(Workspace *workspace, Id releaseId);
    void setToday(const QDate &today) { m_today = today; }
    const QList<Risk> &risks() const { return m_risks; }
    /// Why the last edit was refused, empty when it was not.
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    void editRefused(const QString &message);

private:
    void reload();

    UndoController &m_undo;
    Workspace *m_workspace = nullptr;
    Id m_releaseId = 0;
    QDate m_today = QDate::currentDate();
    QList<Risk> m_risks;
    QHash<Id, QString> m_people;
    QHash<Id, QString> m_tasks;
    QString m_lastError;
};

/// The colour of a risk band (always shown together with its label).
QColor riskBandColour(Risk::Band band);

} // namespace relm

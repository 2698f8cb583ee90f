#pragma once

#include "domain/Risk.h"

#include <optional>

#include <QWidget>

class QCheckBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace relm {

class ExposureChart;
class MessageBar;
class RiskFilter;
class RiskHeatMap;
class RiskTableModel;
class UndoController;
class Workspace;

/// A release's Risks page: the register as an editable table beside the heat map. Clicking a
/// heat-map cell narrows the table to the risks in that cell.
class RisksPage final : public QWidget {
    Q_OBJECT

public:
    RisksPage(Workspace &workspace, UndoController &undo, Id releaseId, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(RisksPage)

    /// Adds a risk with default scores and starts editing its title.
    void addRisk();
    /// Removes the selected risk (undoable).
    void removeSelectedRisk();
    /// Opens the selected risk in the risk dialog; saving is one undo step.
    void editSelectedRisk();

    RiskTableModel *model() const { return m_model; }
    QSortFilterProxyModel *filter() const;
    QTableView *table() const { return m_table; }
    RiskHeatMap *heatMap() const { return m_heatMap; }
    ExposureChart *exposureChart() const { return m_exposure; }
    QCheckBox *showClosedBox() const { return m_showClosed; }
    MessageBar *messageBar() const { return m_message; }

private:
    void refreshSummary();
    /// The risk behind the table's current row, or nothing (after telling the user) when none is.
    std::optional<Risk> selectedRisk();

    Workspace &m_workspace;
    UndoController &m_undo;
    Id m_releaseId;
    RiskTableModel *m_model;
    RiskFilter *m_filter;
    MessageBar *m_message;
    QTableView *m_table;
    RiskHeatMap *m_heatMap;
    ExposureChart *m_exposure;
    QCheckBox *m_showClosed;
    QLabel *m_summary;
};

} // namespace relm

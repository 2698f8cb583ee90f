#include "FindingsPanel.h"

#include "package/FindingsModel.h"
#include "package/FindingsTable.h"

#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace relm {

FindingsPanel::FindingsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new FindingsModel(this))
    , m_title(new QLabel(this))
    , m_view(new QTableView(this)) {
    m_view->setTabKeyNavigation(false);
    // A few rows are enough in the dock; its least height must leave the pages their room.
    m_view->setMinimumHeight(m_view->fontMetrics().height() * 3);
    m_view->setModel(m_model);
    setUpFindingsTable(m_view, FindingsRows::OneLine);
    m_view->setAccessibleName(tr("Findings"));
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (FindingsModel::isCalendarClash(index))
            Q_EMIT calendarRequested(m_model->releaseId());
        else
            Q_EMIT openRequested(m_model->releaseId());
    });
    m_model->setShowsCalendarConflicts(true);
    connect(m_model, &FindingsModel::refreshed, this, &FindingsPanel::updateTitle);
    // Clashes cannot be waived: without a waiver to show, the texts get the Waiver column's width.
    connect(m_model, &FindingsModel::refreshed, this,
            [this] { m_view->setColumnHidden(FindingsModel::WaiverColumn, !m_model->anyWaived()); });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_view);
    updateTitle();
}

void FindingsPanel::showRelease(Workspace *workspace, Id releaseId, const QString &releaseName) {
    m_releaseName = releaseName;
    m_model->setRelease(workspace, releaseId);
}

void FindingsPanel::updateTitle() {
    const int total = m_model->rowCount();
    const int clashes = m_model->calendarClashCount();
    const int packageFindings = total - clashes;
    if (m_model->releaseId() == 0)
        m_title->setText(tr("Select a release to see what the package checker finds."));
    else if (total == 0)
        m_title->setText(tr("%1: no findings. The package is complete and consistent.").arg(m_releaseName));
    else if (packageFindings == 0)
        m_title->setText(tr("%1: %n clash(es) with other releases on the calendar. Press Enter or double-click one to "
                            "open the calendar.",
                            nullptr, clashes)
                             .arg(m_releaseName));
    else if (clashes == 0)
        m_title->setText(tr("%1: %n package finding(s). Press Enter or double-click one to open the package.", nullptr,
                            packageFindings)
                             .arg(m_releaseName));
    else
        m_title->setText(tr("%1: %2 and %3. Press Enter or double-click one to open the package or the calendar.")
                             .arg(m_releaseName, tr("%n package finding(s)", nullptr, packageFindings),
                                  tr("%n clash(es) with other releases on the calendar", nullptr, clashes)));
    Q_EMIT findingsCounted(m_model->releaseId() == 0 ? 0 : total);
}

} // namespace relm

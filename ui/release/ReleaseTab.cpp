#include "ReleaseTab.h"

#include "release/ReleaseOverviewPage.h"

namespace relm {

ReleaseTab::ReleaseTab(Workspace &workspace, UndoController &undo, Id releaseId, QWidget *parent)
    : QTabWidget(parent)
    , m_releaseId(releaseId)
    , m_overview(new ReleaseOverviewPage(workspace, undo, releaseId, this))
{
    setDocumentMode(true);
    addTab(m_overview, tr("&Overview"));
    setAccessibleName(tr("Release pages"));
}

} // namespace relm

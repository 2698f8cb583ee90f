#include "ReleaseTab.h"

#include "builds/BuildsPage.h"
#include "changerequests/ChangesPage.h"
#include "deployments/DeploymentsPage.h"
#include "gantt/SchedulePage.h"
#include "package/PackagePage.h"
#include "release/ReleaseOverviewPage.h"
#include "risks/RisksPage.h"
#include "signoff/SignOffPage.h"

namespace relm {

ReleaseTab::ReleaseTab(Workspace &workspace, UndoController &undo, PackageDropper &dropper, Id releaseId,
                       QWidget *parent)
    : QTabWidget(parent)
    , m_releaseId(releaseId)
    , m_overview(new ReleaseOverviewPage(workspace, undo, releaseId, this))
    , m_package(new PackagePage(workspace, undo, dropper, releaseId, this))
    , m_changes(new ChangesPage(workspace, undo, releaseId, this))
    , m_builds(new BuildsPage(workspace, undo, releaseId, this))
    , m_schedule(new SchedulePage(workspace, undo, releaseId, this))
    , m_risks(new RisksPage(workspace, undo, releaseId, this))
    , m_signOff(new SignOffPage(workspace, undo, releaseId, this))
    , m_deployments(new DeploymentsPage(workspace, undo, releaseId, this)) {
    setDocumentMode(true);
    addTab(m_overview, tr("&Overview"));
    addTab(m_package, tr("&Package"));
    addTab(m_changes, tr("&Changes"));
    addTab(m_schedule, tr("&Schedule"));
    addTab(m_risks, tr("&Risks"));
    addTab(m_signOff, tr("Si&gn-off"));
    addTab(m_builds, tr("&Builds"));
    addTab(m_deployments, tr("&Deployments"));
    setAccessibleName(tr("Release pages"));
}

} // namespace relm

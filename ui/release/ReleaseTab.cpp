#include "ReleaseTab.h"

#include "builds/BuildsPage.h"
#include "changerequests/ChangesPage.h"
#include "deployments/DeploymentsPage.h"
#include "gantt/SchedulePage.h"
#include "package/PackagePage.h"
#include "release/ReleaseOverviewPage.h"
#include "risks/RisksPage.h"
#include "signoff/SignOffPage.h"
#include "widgets/FocusFirst.h"

#include <QShortcut>

using namespace Qt::Literals::StringLiterals;

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
    // The pages are reached with Alt and their number (as a browser's tabs), so that every letter is
    // left to the menus and the controls on the pages.
    const std::pair<QWidget *, QString> pages[] = {{m_overview, tr("Overview")}, {m_package, tr("Package")},
                                                   {m_changes, tr("Changes")},   {m_schedule, tr("Schedule")},
                                                   {m_risks, tr("Risks")},       {m_signOff, tr("Sign-off")},
                                                   {m_builds, tr("Builds")},     {m_deployments, tr("Deployments")}};
    for (const auto &[page, title] : pages) {
        const int index = addTab(page, title);
        const QKeySequence key(QKeyCombination(Qt::AltModifier, Qt::Key(Qt::Key_1 + index)));
        setTabToolTip(index, u"%1 (%2)"_s.arg(title, key.toString(QKeySequence::NativeText)));
        connect(new QShortcut(key, this), &QShortcut::activated, this, [this, index] {
            setCurrentIndex(index);
            focusFirstControlOf(currentWidget());
        });
    }
    setAccessibleName(tr("Release pages"));
}

} // namespace relm

#pragma once

#include "domain/Ids.h"

#include <QTabWidget>

namespace relm {

class BuildsPage;
class SchedulePage;
class PackageDropper;
class ChangesPage;
class PackagePage;
class ReleaseOverviewPage;
class RisksPage;
class SignOffPage;
class DeploymentsPage;
class UndoController;
class Workspace;

/// One open release in the workspace area: its pages (overview, package, schedule, risks, sign-off
/// and builds; release notes join as they are built).
class ReleaseTab final : public QTabWidget {
    Q_OBJECT

public:
    ReleaseTab(Workspace &workspace, UndoController &undo, PackageDropper &dropper, Id releaseId,
               QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ReleaseTab)

    Id releaseId() const { return m_releaseId; }
    ReleaseOverviewPage *overview() const { return m_overview; }
    PackagePage *packagePage() const { return m_package; }
    ChangesPage *changesPage() const { return m_changes; }
    BuildsPage *buildsPage() const { return m_builds; }
    SchedulePage *schedulePage() const { return m_schedule; }
    RisksPage *risksPage() const { return m_risks; }
    SignOffPage *signOffPage() const { return m_signOff; }
    DeploymentsPage *deploymentsPage() const { return m_deployments; }

private:
    Id m_releaseId;
    ReleaseOverviewPage *m_overview;
    PackagePage *m_package;
    ChangesPage *m_changes;
    BuildsPage *m_builds;
    SchedulePage *m_schedule;
    RisksPage *m_risks;
    SignOffPage *m_signOff;
    DeploymentsPage *m_deployments;
};

} // namespace relm

#pragma once

#include "domain/Ids.h"

#include <QTabWidget>

namespace relm {

class BuildsPage;
class SchedulePage;
class PackageDropper;
class PackagePage;
class ReleaseOverviewPage;
class UndoController;
class Workspace;

/// One open release in the workspace area: its pages (Overview now; package, schedule, risks,
/// acceptance, builds and notes join as they are built).
class ReleaseTab final : public QTabWidget {
    Q_OBJECT

public:
    ReleaseTab(Workspace &workspace, UndoController &undo, PackageDropper &dropper, Id releaseId,
               QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ReleaseTab)

    Id releaseId() const { return m_releaseId; }
    ReleaseOverviewPage *overview() const { return m_overview; }
    PackagePage *packagePage() const { return m_package; }
    BuildsPage *buildsPage() const { return m_builds; }
    SchedulePage *schedulePage() const { return m_schedule; }

private:
    Id m_releaseId;
    ReleaseOverviewPage *m_overview;
    PackagePage *m_package;
    BuildsPage *m_builds;
    SchedulePage *m_schedule;
};

} // namespace relm

#pragma once

#include "changes/ChangeNotice.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace relm {

class FindingsModel;
struct Finding;
class MessageBar;
class PackageContentsModel;
class PackageDropper;
class UndoController;
class Workspace;

/// A release's Package page: the contents of its packages (drop components here, drag them out,
/// Delete removes), the checker's findings, the baseline, and what a deployment would change.
class PackagePage final : public QWidget {
    Q_OBJECT

public:
    PackagePage(Workspace &workspace, UndoController &undo, PackageDropper &dropper, Id releaseId,
                QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(PackagePage)

    PackageContentsModel *contents() const { return m_contents; }
    FindingsModel *findings() const { return m_findings; }
    QTableView *contentsView() const { return m_contentsView; }
    QString baselineText() const;
    QString deploymentPreview() const;

    void freeze();
    void removeSelected();
    void addPackage(const QString &name);
    /// Waives the selected error finding; asks for the reason when none is given.
    void waiveSelectedFinding(const QString &reason = {});
    /// Withdraws the waiver of the selected finding.
    void withdrawSelectedWaiver();
    /// Imports a bill of materials into the package that drops go to, as one undo step.
    void importSbom(const QString &path);
    QTableView *findingsView() const { return m_findingsView; }

private:
    void addSbomActions();
    void onChanged(const ChangeNotice &notice);
    void refreshPackages();
    void refreshBaseline();
    void refreshPreview();
    void flagFindings();
    void updateWaiverButtons();
    const Finding *selectedFinding() const;

    Workspace &m_workspace;
    UndoController &m_undo;
    PackageDropper &m_dropper;
    Id m_releaseId;
    MessageBar *m_message;
    PackageContentsModel *m_contents;
    FindingsModel *m_findings;
    QComboBox *m_targetPackage;
    QTableView *m_contentsView;
    QLabel *m_emptyHint;
    QLabel *m_baseline;
    QPushButton *m_freeze;
    QComboBox *m_compareWith;
    QTextBrowser *m_preview;
    QTableView *m_findingsView;
    QPushButton *m_waive;
    QPushButton *m_withdraw;
};

} // namespace relm

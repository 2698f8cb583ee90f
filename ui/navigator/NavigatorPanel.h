#pragma once

#include <functional>

#include "domain/Ids.h"
#include "package/PackageMime.h"

#include <QModelIndex>
#include <QSet>
#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace relm {

class NavigatorModel;
class PackageDropper;
class Workspace;

/// The portfolio navigator dock's content: a filter field over the release tree.
class NavigatorPanel final : public QWidget {
    Q_OBJECT

public:
    explicit NavigatorPanel(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(NavigatorPanel)

    void setWorkspace(Workspace *workspace);
    void setDropper(PackageDropper *dropper);
    /// Links change requests dropped on a release (see NavigatorModel::setChangeDropHandler).
    void setChangeDropHandler(std::function<bool(const QList<Id> &, Id)> handler);
    /// Removes the selected component versions from their packages (Delete / Backspace).
    void removeSelectedItems();
    /// The component versions selected inside packages (release and status rows left out).
    QList<package_mime::PackageItem> selectedItems() const;
    NavigatorModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QLineEdit *filterField() const { return m_filter; }
    /// The release of the current row (a release, or a package or version inside one); 0 when none.
    Id currentReleaseId() const;
    void selectRelease(Id releaseId);

Q_SIGNALS:
    void currentReleaseChanged(relm::Id releaseId);
    void releaseActivated(relm::Id releaseId);

private:
    void expandActiveGroups();
    /// Before the tree is read again (after any change), what was open and where the cursor was;
    /// afterwards the same nodes are opened and the cursor put back, so that an edit made from the
    /// keyboard leaves the reader where they were.
    void rememberView();
    void restoreView();

    /// The first release the filter leaves in the list, in the order shown; invalid when none.
    QModelIndex firstReleaseShown(const QModelIndex &parent = {}) const;

    NavigatorModel *m_model;
    QSortFilterProxyModel *m_proxy;

    QLineEdit *m_filter;
    QTreeView *m_view;
    PackageDropper *m_dropper = nullptr;
    QSet<QString> m_expanded;
    QSet<QString> m_groups; ///< the status groups there were
    QString m_current;
    bool m_remembered = false;
};

} // namespace relm

#pragma once

#include "domain/Package.h"

#include <QWidget>

#include <optional>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;

namespace relm {

class ChangeListModel;
class MessageBar;
class UndoController;
class Workspace;

/// A release's Changes page: the change requests it delivers (what its notes say is new, improved
/// and fixed) beside every change request there is. Drag changes from the right onto the left, or
/// use Add to Release; each edit is one undo step.
class ChangesPage final : public QWidget {
    Q_OBJECT

public:
    ChangesPage(Workspace &workspace, UndoController &undo, Id releaseId, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ChangesPage)

    /// Opens a new change request in the dialog; saved, it is delivered by this release.
    void newChange();
    /// Edits the selected change (of this release, else of the list of all).
    void editSelected();
    /// Links the changes selected in the list of all to this release.
    void addSelectedToRelease();
    /// Takes the selected change out of this release (it stays in the list of all).
    void takeSelectedOut();
    /// Deletes the selected change request everywhere, after asking.
    void deleteSelected();
    /// Imports change requests from a CSV file, linking them to this release.
    void importCsv(const QString &path);
    /// Links these changes to the release in one undo step; false (after saying why) when refused.
    bool link(const QList<Id> &changeIds);

    ChangeListModel *releaseModel() const { return m_releaseModel; }
    ChangeListModel *allModel() const { return m_allModel; }
    QTableView *releaseTable() const { return m_releaseTable; }
    QTableView *allTable() const { return m_allTable; }
    QLineEdit *filterBox() const { return m_filter; }
    MessageBar *messageBar() const { return m_message; }
    QTextBrowser *detail() const { return m_detail; }

private:
    void reload();
    void showDetail(const ChangeRequest *change);
    std::optional<ChangeRequest> selectedIn(QTableView *table) const;
    void chooseCsv();

    Workspace &m_workspace;
    UndoController &m_undo;
    Id m_releaseId;
    MessageBar *m_message;
    ChangeListModel *m_releaseModel;
    ChangeListModel *m_allModel;
    QSortFilterProxyModel *m_allFilter;
    QTableView *m_releaseTable;
    QTableView *m_allTable;
    QLineEdit *m_filter;
    QTextBrowser *m_detail;
};

} // namespace relm

#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QToolButton;
class QTreeView;

namespace relm {

class CatalogueFilter;
class CatalogueModel;
class MessageBar;
class UndoController;
class Workspace;

/// The component catalogue dock: filters (kind, owner, text), the component tree that is the
/// drag source for packages, and the actions to add, edit and retire components and versions.
class CataloguePanel final : public QWidget {
    Q_OBJECT

public:
    CataloguePanel(UndoController &undo, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(CataloguePanel)

    void setWorkspace(Workspace *workspace);
    CatalogueModel *model() const { return m_model; }
    CatalogueFilter *filter() const { return m_filter; }
    QTreeView *view() const { return m_view; }
    QLineEdit *textFilter() const { return m_text; }

Q_SIGNALS:
    void message(const QString &text, bool isError);
    /// Add to Release or Package… was chosen for the selected rows of view().
    void addToPackageRequested();

private:
    void refillOwners();
    void addComponent();
    void addVersion();
    void editCurrent();
    void toggleRetired();
    void perform(std::unique_ptr<class Change> change);

    UndoController &m_undo;
    CatalogueModel *m_model;
    CatalogueFilter *m_filter;
    QComboBox *m_kind;
    QComboBox *m_owner;
    QLineEdit *m_text;
    QTreeView *m_view;
};

} // namespace relm

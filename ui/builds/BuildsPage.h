#pragma once

#include "changes/ChangeNotice.h"
#include "changes/PersonNames.h"
#include "domain/Contents.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QSpinBox;
class QTableWidget;
class QTextBrowser;

namespace relm {

class MessageBar;
class UndoController;
class Workspace;

/// A release's Builds page: record a build (number, outcome, notes) and read each build's notes,
/// computed from what changed since the build before.
class BuildsPage final : public QWidget {
    Q_OBJECT

public:
    BuildsPage(Workspace &workspace, UndoController &undo, Id releaseId, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(BuildsPage)

    /// Records a build with the values in the form.
    void recordBuild();
    QSpinBox *numberField() const { return m_number; }
    QLineEdit *notesField() const { return m_notes; }
    QTableWidget *buildsTable() const { return m_table; }
    QString shownNotes() const;
    void showBuild(int row);

    /// Build notes as HTML: what a build introduced, removed or changed compared with the one before.
    QString notesHtml(const Build &build, const Build *previous) const;

private:
    void reload();

    Workspace &m_workspace;
    UndoController &m_undo;
    Id m_releaseId;
    QList<Build> m_builds;
    MessageBar *m_message;
    QSpinBox *m_number;
    QComboBox *m_outcome;
    QLineEdit *m_notes;
    QTableWidget *m_table;
    QTextBrowser *m_notesView;
    PersonNames m_names;
};

} // namespace relm

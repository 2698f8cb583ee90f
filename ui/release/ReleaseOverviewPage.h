#pragma once

#include "changes/ChangeNotice.h"
#include "domain/Release.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QToolButton;

namespace relm {

class MessageBar;
class UndoController;
class Workspace;

/// A release's Overview page: every field, edited in place. Each committed edit is one undo step;
/// an edit that breaks a rule is shown next to the field and not saved.
class ReleaseOverviewPage final : public QWidget {
    Q_OBJECT

public:
    ReleaseOverviewPage(Workspace &workspace, UndoController &undo, Id releaseId, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ReleaseOverviewPage)

    Id releaseId() const { return m_release.id; }
    const Release &release() const { return m_release; }
    /// The message shown under the fields (validation or save error), empty when none.
    QString validationMessage() const;

    /// Moves the release to another status through the undo stack.
    /// Moves the release to a status; a gated move shows its checklist first (a GateDialog).
    void moveTo(ReleaseStatus status);

    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void performMove(ReleaseStatus status);
    void buildForm();
    void connectEditors();
    void reload();
    void showRelease();
    void onChanged(const ChangeNotice &notice);
    void commit(const QString &fieldLabel, QWidget *field, const std::function<void(Release &)> &edit);
    void markInvalid(QWidget *field, const QString &message);
    void clearInvalid();
    void fillOwners();
    void fillEnvironments();

    Workspace &m_workspace;
    UndoController &m_undo;
    Release m_release;
    bool m_updating = false;
    QWidget *m_invalidField = nullptr;

    MessageBar *m_message;
    QLabel *m_title;
    QLabel *m_statusLabel;
    QToolButton *m_statusButton;
    QLineEdit *m_name;
    QLineEdit *m_version;
    QComboBox *m_type;
    QComboBox *m_owner;
    QLineEdit *m_service;
    QDateEdit *m_start;
    QDateEdit *m_end;
    QComboBox *m_approach;
    QComboBox *m_target;
    QCheckBox *m_fingerprints;
    QPlainTextEdit *m_backout;
    QPlainTextEdit *m_description;
    QListWidget *m_changes;
};

} // namespace relm

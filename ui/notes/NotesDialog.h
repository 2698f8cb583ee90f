#pragma once

#include "notes/NotesBuilder.h"
#include "notes/NotesFormats.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QTextBrowser;

namespace relm {

class MessageBar;
class Workspace;

/// Release notes and the change board pack, or roll-up notes of an environment: choose the
/// audience (and for a roll-up the environment and the period), read the preview, then export as
/// PDF, HTML or Markdown. Writing runs off the UI thread with progress and Stop; what the author
/// should know first (changes left out, say) shows above the preview.
class NotesDialog final : public QDialog {
    Q_OBJECT

public:
    /// Notes of one release.
    NotesDialog(Workspace &workspace, Id releaseId, QWidget *parent = nullptr);
    /// Roll-up notes: what changed in an environment over a period, across releases.
    static NotesDialog *rollup(Workspace &workspace, QWidget *parent = nullptr);
    ~NotesDialog() override;
    Q_DISABLE_COPY_MOVE(NotesDialog)

    void setAudience(notes::Audience audience);
    /// Roll-ups: the environment (by name) and the period, first and last day.
    void setRollup(const QString &environment, const QDate &from, const QDate &to);
    MessageBar *warnings() const { return m_warnings; }
    /// Opens the template editor for the audience shown; the preview follows what it saves.
    void editTemplate();
    /// Writes the document shown to `path` in the format its extension names (.pdf, .html, .md).
    void exportTo(const QString &path);
    QTextBrowser *preview() const { return m_preview; }
    const NotesDocument &document() const { return m_document; }
    QString status() const;

Q_SIGNALS:
    void exported(bool ok);

private:
    NotesDialog(Workspace &workspace, Id releaseId, bool rollup, QWidget *parent);
    void rebuild();
    void chooseFile();
    Result<NotesDocument> buildDocument() const;

    Workspace &m_workspace;
    Id m_releaseId;
    bool m_isRollup;
    QComboBox *m_environment = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    MessageBar *m_warnings;
    NotesDocument m_document;
    QComboBox *m_audience;
    QTextBrowser *m_preview;
    QPushButton *m_export;
    QPushButton *m_stop;
    QProgressBar *m_progress;
    QLabel *m_status;
    QFutureWatcher<QString> m_writing;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace relm

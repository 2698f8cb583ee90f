#pragma once

#include "notes/NotesBuilder.h"
#include "notes/NotesFormats.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTextBrowser;

namespace relm {

class Workspace;

/// Release notes and the change board pack: choose the audience, read the preview, then export as
/// PDF, HTML or Markdown. Writing runs off the UI thread with progress and Stop.
class NotesDialog final : public QDialog {
    Q_OBJECT

public:
    NotesDialog(Workspace &workspace, Id releaseId, QWidget *parent = nullptr);
    ~NotesDialog() override;
    Q_DISABLE_COPY_MOVE(NotesDialog)

    void setAudience(notes::Audience audience);
    /// Writes the document shown to `path` in the format its extension names (.pdf, .html, .md).
    void exportTo(const QString &path);
    QTextBrowser *preview() const { return m_preview; }
    const NotesDocument &document() const { return m_document; }
    QString status() const;

Q_SIGNALS:
    void exported(bool ok);

private:
    void rebuild();
    void chooseFile();

    Workspace &m_workspace;
    Id m_releaseId;
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

#include "AgendaDialog.h"

#include "calendar/MeetingDocument.h"
#include "changes/Workspace.h"
#include "notes/NotesFormats.h"
#include "widgets/Legible.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::Literals::StringLiterals;

namespace relm {

AgendaDialog::AgendaDialog(Workspace &workspace, Id meetingId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_meetingId(meetingId)
    , m_preview(new QTextBrowser(this))
    , m_status(new QLabel(this))
    , m_export(new QPushButton(tr("&Export PDF\u2026"), this)) {
    setWindowTitle(tr("Change Board Agenda and Minutes"));
    m_preview->setObjectName(u"agendaPreview"_s);
    m_preview->setAccessibleName(tr("Agenda and minutes"));
    m_status->setObjectName(u"agendaStatus"_s);
    m_status->setWordWrap(true);
    m_export->setObjectName(u"agendaExport"_s);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &AgendaDialog::chooseFile);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_preview, 1);
    layout->addLayout(bottom);

    connect(&m_workspace, &Workspace::changed, this, &AgendaDialog::rebuild);
    connect(&m_writing, &QFutureWatcher<QString>::finished, this, [this] {
        m_export->setEnabled(true);
        const QString result = m_writing.future().resultCount() ? m_writing.result() : tr("!Stopped.");
        const bool ok = !result.startsWith(u'!');
        m_status->setText(ok ? tr("Saved %1.").arg(result) : result.mid(1));
        m_status->setStyleSheet(ok ? QString() : legible::problemStyle());
        Q_EMIT exported(ok);
    });
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().lineSpacing() * 38);
    rebuild();
}

AgendaDialog::~AgendaDialog() {
    m_writing.waitForFinished();
}

AgendaDialog *AgendaDialog::open(QWidget *parent, Workspace &workspace, Id meetingId) {
    auto *dialog = new AgendaDialog(workspace, meetingId, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->QDialog::open();
    return dialog;
}

QString AgendaDialog::status() const {
    return m_status->text();
}

void AgendaDialog::rebuild() {
    auto agenda = agendaOf(m_workspace, m_meetingId);
    auto look = changeBoardLook(m_workspace);
    if (!agenda || !look) {
        m_status->setText(agenda ? look.errorMessage() : agenda.errorMessage());
        m_export->setEnabled(false);
        return;
    }
    m_agenda = *agenda;
    m_document = agendaDocument(m_agenda, m_workspace.clock()().date(), *look);
    std::unique_ptr<QTextDocument> text = notes::toTextDocument(m_document);
    text->setParent(m_preview);
    m_preview->setDocument(text.release());
    m_export->setEnabled(!m_writing.isRunning());
    m_status->setStyleSheet({});
    // Each count has its own plural form: "1 release to decide on; 2 sign-offs and 1 override …".
    m_status->setText(tr("%1; %2 and %3 in the minutes.")
                          .arg(tr("%n release(s) to decide on", nullptr, int(m_agenda.items.size())),
                               tr("%n sign-off(s)", nullptr, int(m_agenda.signOffs.size())),
                               tr("%n override(s)", nullptr, int(m_agenda.overrides.size()))));
}

void AgendaDialog::chooseFile() {
    const QString suggested = tr("%1 %2.pdf")
                                  .arg(m_agenda.meeting.title, m_agenda.meeting.start.date().toString(Qt::ISODate))
                                  .replace(u'/', u'-');
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Agenda and Minutes"), suggested, tr("PDF document (*.pdf)"));
    if (!path.isEmpty())
        exportTo(path);
}

void AgendaDialog::exportTo(const QString &path) {
    m_export->setEnabled(false);
    m_status->setStyleSheet({});
    m_status->setText(tr("Writing %1\u2026").arg(QFileInfo(path).fileName()));
    m_writing.setFuture(QtConcurrent::run([document = m_document, path] {
        const Result<void> written = writeAgendaPdf(document, path);
        return written ? QFileInfo(path).absoluteFilePath() : u"!"_s + written.errorMessage();
    }));
}

} // namespace relm
